import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { CAPABILITIES } from './catalog'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { interpolateMilestones, projectScenario, roundHalfAwayFromZero } from './projection'
import { validateScenario } from './scenario'

describe('milestone series', () => {
  const milestones = [{ quarter: 2, value: 100 }, { quarter: 6, value: 500 }]

  it('holds the first value before the first milestone', () => {
    expect(interpolateMilestones(milestones, 8).slice(0, 3)).toEqual([100, 100, 100])
  })

  it('interpolates linearly between milestones', () => {
    expect(interpolateMilestones(milestones, 8).slice(2, 7)).toEqual([100, 200, 300, 400, 500])
  })

  it('holds the last value after the last milestone', () => {
    expect(interpolateMilestones(milestones, 8).slice(6)).toEqual([500, 500])
  })

  it('sorts milestones given out of order', () => {
    expect(interpolateMilestones([...milestones].reverse(), 8)).toEqual(interpolateMilestones(milestones, 8))
  })

  it('rounds headcount halves away from zero', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3)
    expect(roundHalfAwayFromZero(3.5)).toBe(4)
    expect(roundHalfAwayFromZero(2.49)).toBe(2)
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3)
    const doc = minimalScenario({ headcount: [{ quarter: 0, value: 10 }, { quarter: 2, value: 15 }] })
    expect(projectScenario(doc).quarters.map((q) => q.headcount).slice(0, 3)).toEqual([10, 13, 15])
  })

  it('keeps revenue unrounded and reports it per quarter as run-rate / 4', () => {
    const doc = minimalScenario({ revenue: [{ quarter: 0, value: 1_000_001 }, { quarter: 3, value: 2_000_000 }] })
    const q1 = projectScenario(doc).quarters[1]
    expect(q1.revenueRunRate).toBeCloseTo(1_000_001 + 999_999 / 3, 6)
    expect(q1.revenue).toBeCloseTo(q1.revenueRunRate / 4, 6)
  })
})

describe('org phase', () => {
  it('is the highest phase whose threshold is at or below the headcount', () => {
    const doc = minimalScenario({
      quarters: 6,
      headcount: [0, 49, 50, 199, 200, 5000].map((value, quarter) => ({ quarter, value }))
    })
    expect(projectScenario(doc).quarters.map((q) => q.orgPhase))
      .toEqual(['adhoc', 'adhoc', 'foundation', 'foundation', 'growth', 'worldclass'])
  })

  it('takes the reference threshold for a phase the scenario leaves out', () => {
    const doc = minimalScenario({ quarters: 2, headcount: [{ quarter: 0, value: 40 }, { quarter: 1, value: 250 }],
      phaseThresholds: { foundation: 30 } })
    expect(projectScenario(doc).quarters.map((q) => q.orgPhase)).toEqual(['foundation', 'growth'])
  })

  it('uses custom thresholds when the scenario sets them', () => {
    const doc = minimalScenario({
      quarters: 3,
      headcount: [{ quarter: 0, value: 20 }, { quarter: 1, value: 30 }, { quarter: 2, value: 100 }],
      phaseThresholds: { foundation: 30, growth: 100, optimization: 400, worldclass: 2000 }
    })
    expect(projectScenario(doc).quarters.map((q) => q.orgPhase)).toEqual(['adhoc', 'foundation', 'growth'])
  })
})

describe('budget', () => {
  it('takes the percent of the org phase in byPhase mode', () => {
    const doc = minimalScenario({
      quarters: 2,
      headcount: [{ quarter: 0, value: 60 }, { quarter: 1, value: 250 }],
      revenue: [{ quarter: 0, value: 40_000_000 }],
      budget: { mode: 'byPhase', percent: { adhoc: 2, foundation: 3, growth: 5, optimization: 6, worldclass: 8 } }
    })
    const [q0, q1] = projectScenario(doc).quarters
    expect(q0.budget).toBe(10_000_000 * 0.03)
    expect(q1.budget).toBe(10_000_000 * 0.05)
  })

  it('falls back to the reference percent for a phase the scenario leaves out', () => {
    const doc = minimalScenario({ budget: { mode: 'byPhase', percent: { foundation: 3 } } })
    expect(projectScenario(doc).quarters[0].budgetPercent).toBe(3)
    const growth = minimalScenario({ headcount: [{ quarter: 0, value: 300 }], budget: { mode: 'byPhase' } })
    expect(projectScenario(growth).quarters[0].budgetPercent).toBe(4)
  })

  it('takes the fixed percent in fixed mode', () => {
    const q0 = projectScenario(minimalScenario({ budget: { mode: 'fixed', fixedPercent: 7 } })).quarters[0]
    expect(q0.budget).toBeCloseTo(10_000_000 * 0.07, 6)
  })

  it('never drops below a quarter of the annual minimum', () => {
    const doc = minimalScenario({
      revenue: [{ quarter: 0, value: 1_000_000 }],
      budget: { mode: 'fixed', fixedPercent: 4, minimumAnnual: 800_000 }
    })
    expect(projectScenario(doc).quarters[0].budget).toBe(200_000)
  })
})

describe('people', () => {
  it('steps salaries up by the growth percent once every four quarters', () => {
    const doc = minimalScenario({
      salaryGrowthPercent: 10,
      hires: [{ role: 'security-engineer', count: 2, quarter: 0, annualCost: 200_000 }]
    })
    const people = projectScenario(doc).quarters.map((q) => q.people)
    expect(people.slice(0, 4)).toEqual([100_000, 100_000, 100_000, 100_000])
    expect(people[4]).toBeCloseTo(110_000, 6)
    expect(people[7]).toBeCloseTo(110_000, 6)
  })

  it('counts a hire from its start quarter up to, not including, its end quarter', () => {
    const doc = minimalScenario({
      hires: [{ role: 'grc-analyst', count: 3, quarter: 2, annualCost: 100_000, endQuarter: 5 }]
    })
    const rows = projectScenario(doc).quarters
    expect(rows.map((q) => q.securityFte)).toEqual([0, 0, 3, 3, 3, 0, 0, 0])
    expect(rows.map((q) => q.people)).toEqual([0, 0, 75_000, 75_000, 75_000, 0, 0, 0])
    expect(rows[2].ftePer100).toBeCloseTo(3, 9)
  })

  it('reports FTE per 100 employees as null with no employees', () => {
    const doc = minimalScenario({ headcount: [{ quarter: 0, value: 0 }] })
    expect(projectScenario(doc).quarters[0].ftePer100).toBeNull()
  })
})

describe('tools', () => {
  it('charges the chosen point plus the per-employee part, per quarter, from the start quarter', () => {
    const doc = minimalScenario({
      headcount: [{ quarter: 0, value: 100 }],
      tools: [
        { tool: 'siem', quarter: 1, low: 40_000, high: 120_000 },
        { tool: 'edr', quarter: 0, low: 4_000, high: 8_000, point: 'high', perEmployee: 40 },
        { tool: 'cspm', quarter: 0, low: 10_000, high: 20_000, point: 12_000 },
        { tool: 'soar', quarter: 0, low: 10_000, high: 20_000, point: 'low' }
      ]
    })
    const rows = projectScenario(doc).quarters
    const edr = (8_000 + 40 * 100) / 4
    expect(rows[0].tools).toBe(edr + 3_000 + 2_500)
    expect(rows[1].tools).toBe(edr + 3_000 + 2_500 + 80_000 / 4)
  })
})

describe('programs', () => {
  const rowsFor = (recurrence: 'once' | 'quarterly' | 'annual') =>
    projectScenario(minimalScenario({
      quarters: 10, programs: [{ name: 'Audit', quarter: 1, amount: 1000, recurrence }]
    })).quarters.map((q) => q.programs)

  it('charges a one-off program in its quarter only', () => {
    expect(rowsFor('once')).toEqual([0, 1000, 0, 0, 0, 0, 0, 0, 0, 0])
  })

  it('charges an annual program in its quarter and every fourth after', () => {
    expect(rowsFor('annual')).toEqual([0, 1000, 0, 0, 0, 1000, 0, 0, 0, 1000])
  })

  it('charges a quarterly program every quarter from its quarter', () => {
    expect(rowsFor('quarterly')).toEqual([0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000])
  })
})

describe('totals', () => {
  it('adds people, tools and programs, and compares them with the budget', () => {
    const q0 = projectScenario(minimalScenario({
      hires: [{ role: 'security-engineer', count: 1, quarter: 0, annualCost: 400_000 }],
      tools: [{ tool: 'siem', quarter: 0, low: 100_000, high: 100_000 }],
      programs: [{ name: 'Pen test', quarter: 0, amount: 50_000, recurrence: 'once' }]
    })).quarters[0]
    expect(q0.total).toBe(100_000 + 25_000 + 50_000)
    expect(q0.variance).toBe(q0.budget - q0.total)
    expect(q0.utilization).toBeCloseTo(q0.total / q0.budget, 12)
  })

  it('reports utilization as null when the budget is zero', () => {
    const q0 = projectScenario(minimalScenario({ revenue: [{ quarter: 0, value: 0 }] })).quarters[0]
    expect(q0.budget).toBe(0)
    expect(q0.utilization).toBeNull()
  })

  it('labels quarters from the start quarter across year ends', () => {
    const labels = projectScenario(minimalScenario({ start: '2026-Q3', quarters: 4 })).quarters.map((q) => q.label)
    expect(labels).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2'])
  })
})

describe('maturity', () => {
  const foundation = CAPABILITIES.filter((c) => c.phase === 'foundation')
  const growth = CAPABILITIES.filter((c) => c.phase === 'growth')

  it('scores a phase as the share of its catalog capabilities in place, counting from their quarter', () => {
    const doc = minimalScenario({ capabilities: foundation.slice(0, 6).map((c, i) => ({ id: c.id, quarter: i % 2 })) })
    const rows = projectScenario(doc).quarters
    expect(rows[0].phaseScores.foundation).toBeCloseTo(3 / foundation.length, 12)
    expect(rows[1].phaseScores.foundation).toBeCloseTo(6 / foundation.length, 12)
  })

  it('achieves a phase only at 80% of it and of every phase before it', () => {
    const needed = Math.ceil(0.8 * foundation.length)
    const doc = minimalScenario({
      headcount: [{ quarter: 0, value: 300 }],
      capabilities: [
        // One Foundation capability short of 80% at quarter 0, the last one at quarter 1.
        ...foundation.slice(0, needed).map((c, i) => ({ id: c.id, quarter: i === needed - 1 ? 1 : 0 })),
        ...growth.map((c) => ({ id: c.id, quarter: 0 }))
      ]
    })
    const rows = projectScenario(doc).quarters
    // All of Growth is in place at quarter 0, but Foundation is not: still Ad Hoc.
    expect(rows[0].phaseScores.growth).toBe(1)
    expect(rows[0].maturityPhase).toBe('adhoc')
    expect(rows[0].maturityGap).toBe(2)
    expect(rows[1].maturityPhase).toBe('growth')
    expect(rows[1].maturityGap).toBe(0)
  })
})

describe('the default scenario', () => {
  it('is valid and grows from 50 to 500 people in 18 months with one security person today', () => {
    expect(validateScenario(DEFAULT_SCENARIO).ok).toBe(true)
    const rows = projectScenario(DEFAULT_SCENARIO).quarters
    expect(rows[0].headcount).toBe(50)
    expect(rows[6].headcount).toBe(500)
    expect(rows[0].securityFte).toBe(1)
  })
})
