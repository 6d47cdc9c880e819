import { describe, expect, it } from 'vitest'
import { simulateScenario } from './simulation'
import type { ScenarioDoc } from './scenario'
import { toolCostQuantiles, triangularQuantile } from './toolUncertainty'

const oneTool = (tool: NonNullable<ScenarioDoc['tools']>[number]): ScenarioDoc => ({
  format: 'rampart-scenario', version: 2, name: 'One tool', start: '2026-Q1', quarters: 1,
  headcount: [{ quarter: 0, value: 0 }], revenue: [{ quarter: 0, value: 0 }],
  budget: { mode: 'fixed', fixedPercent: 4 }, tools: [tool]
})

describe('tool cost uncertainty', () => {
  it('returns the range ends at probabilities 0 and 1 and the mode at the split point', () => {
    expect(triangularQuantile(40, 80, 200, 0)).toBe(40)
    expect(triangularQuantile(40, 80, 200, 1)).toBe(200)
    // P(X <= mode) = (mode - low) / (high - low) = 0.25.
    expect(triangularQuantile(40, 80, 200, 0.25)).toBeCloseTo(80, 10)
  })

  it('gives the known median of a skewed triangle', () => {
    // Mode below the midpoint: median = high - sqrt((high - low)(high - mode) / 2).
    expect(triangularQuantile(40_000, 80_000, 200_000, 0.5))
      .toBeCloseTo(200_000 - Math.sqrt((160_000 * 120_000) / 2), 6)
  })

  it('collapses to the price when low equals high', () => {
    expect(toolCostQuantiles({ tool: 'siem', quarter: 0, low: 90_000, high: 90_000 }))
      .toEqual({ p10: 90_000, p50: 90_000, p90: 90_000 })
  })

  it('uses the chosen point as the mode, "mid" by default', () => {
    const mid = toolCostQuantiles({ tool: 'siem', quarter: 0, low: 50_000, high: 200_000 })
    // Symmetric triangle: the median is the midpoint, P10 and P90 mirror each other.
    expect(mid.p50).toBeCloseTo(125_000, 6)
    expect(mid.p90 - 125_000).toBeCloseTo(125_000 - mid.p10, 6)
    const low = toolCostQuantiles({ tool: 'siem', quarter: 0, low: 50_000, high: 200_000, point: 'low' })
    expect(low.p10).toBeLessThan(mid.p10)
    expect(low.p50).toBeLessThan(mid.p50)
  })

  it('agrees with the simulation, which samples the same distribution', () => {
    const line = { tool: 'siem', quarter: 0, low: 50_000, high: 200_000, point: 70_000 }
    const exact = toolCostQuantiles(line)
    const sampled = simulateScenario(oneTool(line), { samples: 200_000, seed: 3 }).quarters[0]
    // The simulation reports quarterly spend: a quarter of the annual cost.
    for (const key of ['p10', 'p50', 'p90'] as const) {
      expect(Math.abs(sampled[key] * 4 - exact[key]) / exact[key]).toBeLessThan(0.01)
    }
  })
})
