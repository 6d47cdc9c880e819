// The whole plan as uncertain: each draw against its analytic distribution, within sampling error.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryUncertainScenario } from '../../test/fixtures/arbitraries'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { CAPABILITIES, phaseIndex } from './catalog'
import { projectScenario } from './projection'
import { validateScenario, type Hire, type ScenarioDoc } from './scenario'
import { simulateScenario, type SimulationResult } from './simulation'
import { triangularQuantile } from './toolUncertainty'

const SAMPLES = 40_000

/** Four standard errors of a share p estimated from n samples: a wrong model fails, noise does not. */
const shareTolerance = (p: number, n = SAMPLES) => 4 * Math.sqrt((p * (1 - p)) / n) + 1e-12

/** P(X ≤ x) for the triangular distribution on [low, high] with the given mode. */
function triangularCdf(low: number, mode: number, high: number, x: number): number {
  if (x <= low) return 0
  if (x >= high) return 1
  return x <= mode
    ? (x - low) ** 2 / ((high - low) * (mode - low))
    : 1 - (high - x) ** 2 / ((high - low) * (high - mode))
}

/** The sample at sorted index floor(p (N − 1)) of N draws is, for large N, the smallest x with CDF(x) > p. */
function binomialQuantile(n: number, q: number, p: number): number {
  let cdf = 0
  for (let k = 0; k <= n; k++) {
    cdf += binomial(n, k) * q ** k * (1 - q) ** (n - k)
    if (cdf > p) return k
  }
  return n
}

function binomial(n: number, k: number): number {
  let value = 1
  for (let i = 1; i <= k; i++) value = (value * (n - k + i)) / i
  return value
}

function hire(overrides: Partial<Hire> = {}): Hire {
  return { role: 'security-engineer', count: 1, quarter: 2, annualCost: 200_000, ...overrides }
}

function valid(doc: ScenarioDoc): ScenarioDoc {
  const result = validateScenario(doc)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.scenario
}

describe('start slips', () => {
  const slip = [0.2, 0.5, 0.3]

  it('make a planned hire active in each quarter with the analytic probability', () => {
    const doc = valid(minimalScenario({ hires: [hire()], uncertainty: { hiringSlip: slip } }))
    const { quarters } = simulateScenario(doc, { samples: SAMPLES, seed: 1 })
    // Active at q when the slip is at most q − 2.
    const active = [0, 0, 0.2, 0.7, 1, 1, 1, 1]
    quarters.forEach((q, i) => expect(Math.abs(q.fte.mean - active[i])).toBeLessThanOrEqual(shareTolerance(active[i])))
    // One person: the FTE quantiles are 0 or 1, never a fraction.
    expect(quarters[3].fte).toMatchObject({ p10: 0, p50: 1, p90: 1 })
  })

  it('move the recruiting fee with the start, keep the end, and drop a line pushed past its end', () => {
    const doc = valid(minimalScenario({
      hires: [hire({ endQuarter: 4 })], peopleCosts: { recruitingFeePercent: 20 }, uncertainty: { hiringSlip: slip }
    }))
    const { quarters } = simulateScenario(doc, { samples: SAMPLES, seed: 2 })
    const pay = 200_000 / 4
    const fee = 200_000 * 0.2
    // Starts at 2 (0.2), at 3 (0.5), or at 4, its end, and so never (0.3).
    const expected = [0, 0, 0.2 * (pay + fee), 0.2 * pay + 0.5 * (pay + fee), 0, 0, 0, 0]
    quarters.forEach((q, i) => expect(Math.abs(q.mean - expected[i])).toBeLessThanOrEqual(4 * (pay + fee) * Math.sqrt(0.25 / SAMPLES)))
    expect(quarters[3].fte.mean).toBeCloseTo(0.7, 1)
    expect(quarters[4].fte).toEqual({ p10: 0, p50: 0, p90: 0, mean: 0 })
  })

  it('never move a hire already in post', () => {
    const doc = valid(minimalScenario({ hires: [hire({ existing: true })], uncertainty: { hiringSlip: [0, 1] } }))
    const { quarters, sources } = simulateScenario(doc, { samples: 500, seed: 3 })
    expect(sources.hiringDates).toBe(false)
    expect(quarters.map((q) => q.fte.p50)).toEqual([0, 0, 1, 1, 1, 1, 1, 1])
  })
})

describe('pay spread', () => {
  it('gives the triangular distribution\'s quantiles, loaded with overhead and growing with salaries', () => {
    const doc = valid(minimalScenario({
      hires: [hire({ quarter: 0 })], salaryGrowthPercent: 10, peopleCosts: { overheadPercent: 25 },
      uncertainty: { salaryPercent: 20 }
    }))
    const { quarters } = simulateScenario(doc, { samples: SAMPLES, seed: 4 })
    for (const q of [0, 5]) {
      const scale = (200_000 * 1.25 * 1.1 ** Math.floor(q / 4)) / 4
      for (const [key, p] of [['p10', 0.1], ['p50', 0.5], ['p90', 0.9]] as const) {
        const exact = triangularQuantile(0.8, 1, 1.2, p)
        // Standard error of a sample quantile: sqrt(p (1 − p) / N) / density at the quantile.
        const density = exact < 1 ? (2 * (exact - 0.8)) / (0.4 * 0.2) : (2 * (1.2 - exact)) / (0.4 * 0.2)
        const error = (4 * Math.sqrt((p * (1 - p)) / SAMPLES)) / density
        expect(Math.abs(quarters[q][key] / scale - exact)).toBeLessThanOrEqual(error)
      }
    }
  })

  it('is one draw per line for the whole plan, its fee included', () => {
    const doc = valid(minimalScenario({
      hires: [hire({ quarter: 1 })], peopleCosts: { recruitingFeePercent: 50 }, uncertainty: { salaryPercent: 30 }
    }))
    const { quarters } = simulateScenario(doc, { samples: 2000, seed: 5 })
    // The start quarter pays a quarter's pay and half a year's pay as its fee: three times a later quarter.
    for (const key of ['p10', 'p50', 'p90'] as const) expect(quarters[1][key]).toBeCloseTo(3 * quarters[2][key], 6)
  })
})

describe('attrition', () => {
  const seats = 20
  // 40% a year: each filled seat empties with probability 0.1 at the start of each quarter.
  const leave = 0.1

  it.each([true, false])('leaves the binomial number of seats filled in the first quarter after the start (in post: %s)', (existing) => {
    const doc = valid(minimalScenario({
      hires: [hire({ quarter: 0, count: seats, existing })], uncertainty: { attritionPercent: 40 }
    }))
    const { quarters } = simulateScenario(doc, { samples: SAMPLES, seed: 6 })
    expect(quarters[0].fte).toEqual({ p10: seats, p50: seats, p90: seats, mean: seats })
    // Seats filled = seats − leavers, leavers ~ Binomial(20, 0.1): the P10 of seats is 20 − the leavers' P90.
    const fte = quarters[1].fte
    expect(fte.p10).toBe(seats - binomialQuantile(seats, leave, 0.9))
    expect(fte.p50).toBe(seats - binomialQuantile(seats, leave, 0.5))
    expect(fte.p90).toBe(seats - binomialQuantile(seats, leave, 0.1))
    expect(Math.abs(fte.mean - seats * (1 - leave))).toBeLessThanOrEqual(4 * Math.sqrt((seats * leave * (1 - leave)) / SAMPLES))
  })

  it('leaves a seat empty for one quarter plus a slip, then refills it with a recruiting fee', () => {
    const doc = valid(minimalScenario({
      quarters: 4, hires: [hire({ quarter: 0, existing: true })], peopleCosts: { recruitingFeePercent: 20 },
      uncertainty: { attritionPercent: 40, hiringSlip: [0, 1] }
    }))
    const { quarters } = simulateScenario(doc, { samples: SAMPLES, seed: 7 })
    // Leaves at the start of 1 (0.1): empty in 1 and 2, refilled in 3. Or leaves at 2 (0.9 × 0.1): empty in 2 and 3.
    const filled = [1, 0.9, 0.9 * 0.9, 0.1 + 0.9 * 0.9 * 0.9]
    quarters.forEach((q, i) => expect(Math.abs(q.fte.mean - filled[i])).toBeLessThanOrEqual(shareTolerance(filled[i])))
    // Quarter 3: pay while filled, plus the fee of a refill (0.1 of samples).
    const expected = filled[3] * 50_000 + 0.1 * 40_000
    expect(Math.abs(quarters[3].mean - expected)).toBeLessThanOrEqual(4 * 90_000 * Math.sqrt(0.25 / SAMPLES))
  })
})

describe('revenue spread', () => {
  // Run-rate 40M now, 100M in quarter 3; the budget is 4% of revenue; spend is 650,000 a quarter.
  const doc = valid(minimalScenario({
    quarters: 4,
    revenue: [{ quarter: 0, value: 40_000_000 }, { quarter: 3, value: 100_000_000 }],
    programs: [{ name: 'Managed service', quarter: 0, amount: 650_000, recurrence: 'quarterly' }],
    uncertainty: { revenuePercent: 50 }
  }))
  const below = (m: number) => triangularCdf(0.5, 1, 1.5, m)

  it('gives the analytic probability that the budget falls below spend, per quarter and per fiscal year', () => {
    const result = simulateScenario(doc, { samples: SAMPLES, seed: 8 })
    // Budget in quarter q: (40M + 20M q m) / 4 × 4% = 400k + 200k q m, below 650k when m < 1.25 / q.
    const expected = [1, below(1.25), below(0.625), below(1.25 / 3)]
    result.quarters.forEach((q, i) => expect(Math.abs(q.overrunProbability - expected[i])).toBeLessThanOrEqual(shareTolerance(expected[i])))
    // The year: 1.6M + 1.2M m against 2.6M, over when m < 5/6.
    const [year] = result.fiscalYears
    expect(year).toMatchObject({ label: 'FY2026', partial: false, quarters: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'] })
    expect(Math.abs(year.overrunProbability - below(5 / 6))).toBeLessThanOrEqual(shareTolerance(below(5 / 6)))
    expect(result.sources.revenue).toBe(true)
  })

  it('does not move an approved budget', () => {
    const approved = valid({ ...doc, budget: { mode: 'amounts', amounts: [{ fiscalYear: 2026, amount: 2_000_000 }] } })
    const result = simulateScenario(approved, { samples: 1000, seed: 9 })
    expect(result.sources.revenue).toBe(false)
    expect(result.quarters.map((q) => q.overrunProbability)).toEqual([1, 1, 1, 1])
  })
})

describe('capabilities that wait for a role', () => {
  const foundation = CAPABILITIES.filter((c) => c.phase === 'foundation')
  const plan = (slip: number[], quarters = 10) => valid(minimalScenario({
    quarters,
    hires: [hire({ quarter: 2 })],
    capabilities: foundation.map((c) => ({ id: c.id, quarter: 0, needs: ['role:security-engineer'] })),
    deadlines: [{ name: 'Foundation audit', quarter: 3, capabilities: [foundation[0].id], hard: true }],
    uncertainty: { hiringSlip: slip }
  }))
  const foundationOf = (result: SimulationResult) => result.phases.find((p) => p.phase === 'foundation')!

  it('move the phase date by exactly the slip', () => {
    expect(projectScenario(plan([1])).quarters.findIndex((q) => q.maturityPhase !== 'adhoc')).toBe(2)
    const result = simulateScenario(plan([0, 0, 0, 1]), { samples: 500, seed: 10 })
    expect(foundationOf(result)).toMatchObject({
      p10: '2027-Q2', p50: '2027-Q2', p90: '2027-Q2', quarters: { p10: 5, p50: 5, p90: 5 }, reachedProbability: 1
    })
    expect(result.deadlines).toEqual([{ name: 'Foundation audit', quarter: 3, label: '2026-Q4', hard: true, metProbability: 0 }])
  })

  it('give the phase date the slip distribution, and null beyond the plan', () => {
    const slip = [0.3, 0.4, 0.3]
    expect(foundationOf(simulateScenario(plan(slip), { samples: SAMPLES, seed: 11 }))).toMatchObject({
      p10: '2026-Q3', p50: '2026-Q4', p90: '2027-Q1', reachedProbability: 1
    })
    const short = simulateScenario(plan(slip, 4), { samples: SAMPLES, seed: 11 })
    expect(foundationOf(short)).toMatchObject({ p10: '2026-Q3', p50: '2026-Q4', p90: null, quarters: { p90: null } })
    expect(Math.abs(foundationOf(short).reachedProbability - 0.7)).toBeLessThanOrEqual(shareTolerance(0.7))
    // The deadline in quarter 3 is met when the hire slips at most one quarter.
    expect(Math.abs(short.deadlines[0].metProbability - 0.7)).toBeLessThanOrEqual(shareTolerance(0.7))
  })

  it('are the plan\'s own dates when starts do not slip', () => {
    const result = simulateScenario(plan([1]), { samples: 100, seed: 12 })
    expect(foundationOf(result)).toMatchObject({ p10: '2026-Q3', p50: '2026-Q3', p90: '2026-Q3', reachedProbability: 1 })
    expect(result.deadlines[0].metProbability).toBe(1)
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
