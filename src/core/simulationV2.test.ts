import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ANALYTIC_CHECKS, waitingForAHire } from '../../test/fixtures/analyticChecks'
import { arbitraryUncertainScenario } from '../../test/fixtures/arbitraries'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { phaseIndex } from './catalog'
import { projectScenario } from './projection'
import { validateScenario, type ScenarioDoc } from './scenario'
import { simulateScenario, type SimulationResult } from './simulation'

describe('each draw against its analytic distribution', () => {
  for (const { title, doc, samples, seed, verify } of ANALYTIC_CHECKS) {
    it(title, () => verify(simulateScenario(doc, { samples, seed })))
  }
})

const hire = { role: 'security-engineer', count: 1, quarter: 2, annualCost: 200_000 }

describe('start slips', () => {
  it('never move a hire already in post', () => {
    const doc = minimalScenario({ hires: [{ ...hire, existing: true }], uncertainty: { hiringSlip: [0, 1] } })
    const { quarters, sources } = simulateScenario(doc, { samples: 500, seed: 3 })
    expect(sources.hiringDates).toBe(false)
    expect(quarters.map((q) => q.fte.p50)).toEqual([0, 0, 1, 1, 1, 1, 1, 1])
  })
})

describe('attrition', () => {
  it('leaves a quarter with nobody in post costing exactly nothing', () => {
    // No revenue, so no budget: a quarter is over budget exactly when someone is paid in it.
    const doc = minimalScenario({
      quarters: 12, revenue: [{ quarter: 0, value: 0 }],
      hires: [{ ...hire, quarter: 0, endQuarter: 2, annualCost: 3_521 }, { ...hire, role: 'ciso', quarter: 2, annualCost: 110_774 }],
      uncertainty: { salaryPercent: 50, attritionPercent: 60 }
    })
    const { quarters } = simulateScenario(doc, { samples: 2000, seed: 17 })
    for (const q of quarters) expect(q.overrunProbability).toBe(q.fte.mean)
  })
})

describe('pay spread', () => {
  it('is one draw per line for the whole plan, its fee included', () => {
    const doc = minimalScenario({
      hires: [{ ...hire, quarter: 1 }], peopleCosts: { recruitingFeePercent: 50 }, uncertainty: { salaryPercent: 30 }
    })
    const { quarters } = simulateScenario(doc, { samples: 2000, seed: 5 })
    // The start quarter pays a quarter's pay and half a year's pay as its fee: three times a later quarter.
    for (const key of ['p10', 'p50', 'p90'] as const) expect(quarters[1][key]).toBeCloseTo(3 * quarters[2][key], 6)
  })
})

describe('revenue spread', () => {
  it('does not move an approved budget', () => {
    const approved = minimalScenario({
      quarters: 4,
      revenue: [{ quarter: 0, value: 40_000_000 }, { quarter: 3, value: 100_000_000 }],
      budget: { mode: 'amounts', amounts: [{ fiscalYear: 2026, amount: 2_000_000 }] },
      programs: [{ name: 'Managed service', quarter: 0, amount: 650_000, recurrence: 'quarterly' }],
      uncertainty: { revenuePercent: 50 }
    })
    const result = simulateScenario(approved, { samples: 1000, seed: 9 })
    expect(result.sources.revenue).toBe(false)
    expect(result.quarters.map((q) => q.overrunProbability)).toEqual([1, 1, 1, 1])
  })
})

describe('capabilities that wait for a role', () => {
  const foundationOf = (result: SimulationResult) => result.phases.find((p) => p.phase === 'foundation')!

  it('are in place when the plan says when starts do not slip, as in the projection', () => {
    const doc = waitingForAHire([1], 10)
    expect(projectScenario(doc).quarters.findIndex((q) => q.maturityPhase !== 'adhoc')).toBe(2)
    const result = simulateScenario(doc, { samples: 100, seed: 12 })
    expect(foundationOf(result)).toMatchObject({ p10: '2026-Q3', p50: '2026-Q3', p90: '2026-Q3', reachedProbability: 1 })
    expect(result.deadlines).toEqual([{ name: 'Foundation audit', quarter: 3, label: '2026-Q4', hard: true, metProbability: 1 }])
  })

  it('give each phase-date quantile as a label and a plan quarter', () => {
    const result = simulateScenario(waitingForAHire([0.3, 0.4, 0.3], 10), { samples: 20_000, seed: 11 })
    expect(foundationOf(result)).toMatchObject({
      p10: '2026-Q3', p50: '2026-Q4', p90: '2027-Q1', quarters: { p10: 2, p50: 3, p90: 4 }, reachedProbability: 1
    })
  })
})

describe('whole-plan properties', () => {
  const runs = { numRuns: 40 }

  it('generates only valid scenarios', () => {
    fc.assert(fc.property(arbitraryUncertainScenario, (doc) => validateScenario(doc).ok), runs)
  })

  it('gives the same result whatever the order of the lines', () => {
    fc.assert(fc.property(arbitraryUncertainScenario, (doc) => {
      const a = simulateScenario(doc, { samples: 300, seed: 13 })
      const b = simulateScenario(reordered(doc), { samples: 300, seed: 13 })
      // Sums in another order may differ in the last bits; nothing else may.
      const money = (r: SimulationResult) => [...r.quarters, ...r.fiscalYears, r.horizon].flatMap((x) => [x.p10, x.p50, x.p90, x.mean])
      money(b).forEach((value, i) => expect(value).toBeCloseTo(money(a)[i], 4))
      const rest = (r: SimulationResult) => ({
        fte: r.quarters.map((q) => q.fte), overrun: r.quarters.map((q) => q.overrunProbability),
        years: r.fiscalYears.map((y) => y.overrunProbability), phases: r.phases, deadlines: r.deadlines, sources: r.sources
      })
      expect(rest(b)).toEqual(rest(a))
    }), runs)
  })

  it('gives the projection\'s own phase dates, deadlines, FTE and fiscal-year budgets when no start slips', () => {
    fc.assert(fc.property(arbitraryUncertainScenario, (uncertain) => {
      const doc = { ...uncertain, uncertainty: { ...uncertain.uncertainty, hiringSlip: [1], attritionPercent: 0 } }
      const projection = projectScenario(doc)
      const result = simulateScenario(doc, { samples: 50, seed: 16 })
      for (const phase of result.phases) {
        const reached = projection.quarters.find((q) => phaseIndex(q.maturityPhase) >= phaseIndex(phase.phase))?.label ?? null
        expect([phase.p10, phase.p50, phase.p90]).toEqual([reached, reached, reached])
        expect(phase.reachedProbability).toBe(reached === null ? 0 : 1)
      }
      expect(result.deadlines.map((d) => d.metProbability)).toEqual(projection.deadlines.map((d) => (d.met ? 1 : 0)))
      result.quarters.forEach((q, i) => expect(q.fte).toEqual({
        p10: projection.quarters[i].securityFte, p50: projection.quarters[i].securityFte,
        p90: projection.quarters[i].securityFte, mean: projection.quarters[i].securityFte
      }))
      expect(result.fiscalYears.map((y) => y.budget)).toEqual(projection.fiscalYears.map((y) => y.budget))
    }), runs)
  })

  it('keeps P10 ≤ P50 ≤ P90 and every probability in 0…1', () => {
    fc.assert(fc.property(arbitraryUncertainScenario, (doc) => {
      const result = simulateScenario(doc, { samples: 200, seed: 14 })
      for (const q of [...result.quarters, ...result.fiscalYears]) {
        expect(q.p10).toBeLessThanOrEqual(q.p50)
        expect(q.p50).toBeLessThanOrEqual(q.p90)
        expect(q.overrunProbability).toBeGreaterThanOrEqual(0)
        expect(q.overrunProbability).toBeLessThanOrEqual(1)
      }
      for (const { fte } of result.quarters) expect(fte.p10 <= fte.p50 && fte.p50 <= fte.p90 && Number.isInteger(fte.p50)).toBe(true)
      for (const p of result.phases) {
        const [a, b, c] = [p.quarters.p10, p.quarters.p50, p.quarters.p90].map((q) => q ?? Infinity)
        expect(a <= b && b <= c).toBe(true)
      }
    }), runs)
  })

  it('shares random numbers: a program added elsewhere moves every sample by its amount and nothing else', () => {
    fc.assert(fc.property(arbitraryUncertainScenario, (doc) => {
      const withAudit = { ...doc, programs: [...(doc.programs ?? []), { name: 'Audit', quarter: 0, amount: 7_000, recurrence: 'quarterly' as const }] }
      const a = simulateScenario(doc, { samples: 300, seed: 15 })
      const b = simulateScenario(withAudit, { samples: 300, seed: 15 })
      a.quarters.forEach((q, i) => {
        expect(b.quarters[i].p50 - q.p50).toBeCloseTo(7_000, 4)
        expect(b.quarters[i].fte).toEqual(q.fte)
      })
      expect(b.phases).toEqual(a.phases)
    }), runs)
  })
})

function reordered(doc: ScenarioDoc): ScenarioDoc {
  const rotate = <T>(items: T[] | undefined) => (items && items.length > 1 ? [...items.slice(1), items[0]] : items)
  return {
    ...doc,
    hires: rotate(doc.hires),
    tools: [...(doc.tools ?? [])].reverse(),
    programs: rotate(doc.programs),
    capabilities: [...(doc.capabilities ?? [])].reverse()
  }
}
