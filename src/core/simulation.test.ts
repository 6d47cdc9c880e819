import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { projectScenario } from './projection'
import versionOne from '../../test/fixtures/v1-simulation.json'
import type { ScenarioDoc } from './scenario'
import { simulateScenario, type SimulationResult } from './simulation'

const siem = { tool: 'siem', quarter: 0, low: 40_000, high: 200_000, point: 80_000 }

describe('simulation', () => {
  it('has no spread when every tool has a single price', () => {
    const doc = minimalScenario({ tools: [{ tool: 'siem', quarter: 0, low: 100_000, high: 100_000 }] })
    const plan = projectScenario(doc).quarters
    for (const [i, q] of simulateScenario(doc, { samples: 500 }).quarters.entries()) {
      expect([q.p10, q.p50, q.p90]).toEqual([plan[i].total, plan[i].total, plan[i].total])
    }
  })

  it('draws from a triangular distribution with its mode at the chosen point', () => {
    const doc = minimalScenario({ quarters: 1, tools: [siem] })
    const q = simulateScenario(doc, { samples: 200_000, seed: 11 }).quarters[0]
    // Mean of a triangular distribution is (low + mode + high) / 3, per quarter / 4.
    // 150 is about six standard errors at this sample size.
    expect(Math.abs(q.mean - (40_000 + 80_000 + 200_000) / 3 / 4)).toBeLessThan(150)
    // Median: high - sqrt((high-low)(high-mode)/2) since the mode is below the midpoint.
    const median = 200_000 - Math.sqrt((160_000 * 120_000) / 2)
    expect(Math.abs(q.p50 - median / 4)).toBeLessThan(150)
  })

  it('reports the probability that spend exceeds the budget', () => {
    // Revenue 40M a year, 10M a quarter; 0.25% is a budget of 25,000 a quarter; the SIEM costs 10,000 to 50,000 a quarter.
    const doc = minimalScenario({ quarters: 1, budget: { mode: 'fixed', fixedPercent: 0.25 }, tools: [siem] })
    const q = simulateScenario(doc, { samples: 100_000, seed: 5 }).quarters[0]
    // P(annual cost > 100,000) for triangular(40k, 80k, 200k) = (200-100)^2 / ((200-40)(200-80)).
    expect(q.overrunProbability).toBeCloseTo(100 ** 2 / (160 * 120), 2)
  })

  it('uses common random numbers: an unrelated change shifts every sample by the same amount', () => {
    const base = minimalScenario({ tools: [siem, { tool: 'cspm', quarter: 2, low: 10_000, high: 90_000 }] })
    const withAudit = { ...base, programs: [{ name: 'Audit', quarter: 0, amount: 7_000, recurrence: 'quarterly' as const }] }
    const a = simulateScenario(base, { samples: 2_000, seed: 9 }).quarters
    const b = simulateScenario(withAudit, { samples: 2_000, seed: 9 }).quarters
    a.forEach((q, i) => {
      expect(b[i].p10 - q.p10).toBeCloseTo(7_000, 6)
      expect(b[i].p90 - q.p90).toBeCloseTo(7_000, 6)
    })
  })

  it('gives a tool the same draws in two scenarios even when other tools are added before it', () => {
    const a = minimalScenario({ quarters: 1, tools: [siem] })
    const b = minimalScenario({ quarters: 1, tools: [{ tool: 'edr', quarter: 0, low: 0, high: 0 }, siem] })
    expect(simulateScenario(b, { samples: 1000, seed: 4 }).quarters[0].p50)
      .toBe(simulateScenario(a, { samples: 1000, seed: 4 }).quarters[0].p50)
  })

  it('changes the draws with the seed', () => {
    const doc = minimalScenario({ tools: [siem] })
    expect(simulateScenario(doc, { samples: 1000, seed: 1 }).quarters[0].p50)
      .not.toBe(simulateScenario(doc, { samples: 1000, seed: 2 }).quarters[0].p50)
  })

  it('refuses a sample count outside 1 to a million, or not whole', () => {
    for (const samples of [0, 1_000_001, 1.5]) {
      expect(() => simulateScenario(minimalScenario(), { samples })).toThrow(/samples/)
    }
    expect(simulateScenario(minimalScenario({ quarters: 1 }), { samples: 1 }).samples).toBe(1)
  })
})

describe('version 1 results', () => {
  // Plans and results recorded from version 1 (tool prices only) before the whole plan became uncertain.
  const plans = versionOne.plans as unknown as { doc: ScenarioDoc; samples: number; seed: number; every: number; horizon: unknown; quarters: unknown[] }[]
  const pick = (result: SimulationResult, every: number) => ({
    horizon: result.horizon,
    quarters: result.quarters.filter((_, i) => i % every === 0)
      .map(({ quarter, p10, p50, p90, mean, overrunProbability }) => ({ quarter, p10, p50, p90, mean, overrunProbability }))
  })

  it('are reproduced number for number when every uncertainty field has its default', () => {
    for (const { doc, samples, seed, every, horizon, quarters } of plans) {
      expect(pick(simulateScenario(doc, { samples, seed }), every)).toEqual({ horizon, quarters })
    }
  })

  it('are reproduced when the uncertainty block states every default', () => {
    const { doc, samples, seed, every, horizon, quarters } = plans[0]
    const stated = { ...doc, uncertainty: { salaryPercent: 0, revenuePercent: 0, hiringSlip: [1], attritionPercent: 0 } }
    expect(pick(simulateScenario(stated, { samples, seed }), every)).toEqual({ horizon, quarters })
  })
})
