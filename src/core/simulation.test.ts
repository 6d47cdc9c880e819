import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { projectScenario } from './projection'
import { quantiles, simulateScenario, toolStreamKeys } from './simulation'

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

  it('names tool streams by tool and rank, not by position', () => {
    const cheap = { ...siem, high: 100_000 }
    expect(toolStreamKeys([siem, cheap])).toEqual(['siem#1', 'siem#0'])
    expect(toolStreamKeys([cheap, siem])).toEqual(['siem#0', 'siem#1'])
  })

  it('refuses a sample count outside 1 to a million, or not whole', () => {
    for (const samples of [0, 1_000_001, 1.5]) {
      expect(() => simulateScenario(minimalScenario(), { samples })).toThrow(/samples/)
    }
    expect(simulateScenario(minimalScenario({ quarters: 1 }), { samples: 1 }).samples).toBe(1)
  })
})

describe('quantiles', () => {
  it('interpolates between order statistics', () => {
    const values = Float64Array.from([5, 1, 4, 2, 3])
    expect(quantiles(values, [0, 0.1, 0.5, 0.9, 1])).toEqual([1, 1.4, 3, 4.6, 5])
  })

  it('matches a full sort on random data, between order statistics too', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i * 7.3) * 1000)
    const sorted = [...values].sort((a, b) => a - b)
    // Positions 99.9, 499.5 and 899.1 fall between order statistics.
    const between = (position: number) => {
      const lower = Math.floor(position)
      return sorted[lower] + (sorted[lower + 1] - sorted[lower]) * (position - lower)
    }
    const [p10, p50, p90] = quantiles(values, [0.1, 0.5, 0.9])
    expect(p10).toBeCloseTo(between(99.9), 9)
    expect(p50).toBeCloseTo(between(499.5), 9)
    expect(p90).toBeCloseTo(between(899.1), 9)
  })
})
