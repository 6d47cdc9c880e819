import { describe, expect, it } from 'vitest'
import type { BandEffects } from '../../../compute/bandEffects'
import { bandEffectText } from './bandEffectText'

const effects: BandEffects = {
  samples: 2000, seed: 1,
  sources: { toolPrices: true, pay: true, hiringDates: false, attrition: false, revenue: true },
  current: { p10: 41_230_000, p50: 43_000_000, p90: 45_910_000, worstYear: { label: 'FY2029', overrunProbability: 0.12 } },
  without: {
    pay: { p10: 42_000_000, p50: 43_000_000, p90: 44_100_000, worstYear: { label: 'FY2029', overrunProbability: 0.031 } },
    revenue: { p10: 41_230_000, p50: 43_000_000, p90: 45_910_000, worstYear: { label: 'FY2030', overrunProbability: 0.004 } },
    toolPrices: { p10: 41_230_000, p50: 43_000_000, p90: 45_910_000, worstYear: null }
  }
}

describe('bandEffectText', () => {
  it('gives the band with and without a setting that moves spend', () => {
    expect(bandEffectText(effects, 'pay', 'USD')).toBe(
      'Spend over the plan, P10–P90: $41.2M–$45.9M ($4.7M wide) with it, $42M–$44.1M ($2.1M wide) without it. ' +
      'Worst fiscal year\'s chance of going over budget: 12% (FY2029) with it, 3% (FY2029) without it.')
  })

  it('says when a setting leaves spend alone and moves only the budget', () => {
    expect(bandEffectText(effects, 'revenue', 'USD')).toBe(
      'It does not move spend (over the plan, P10–P90: $41.2M–$45.9M ($4.7M wide)). ' +
      'Worst fiscal year\'s chance of going over budget: 12% (FY2029) with it, under 1% (FY2030) without it.')
  })

  it('says a setting that is off adds nothing, and a plan without fiscal years has no overrun chance', () => {
    expect(bandEffectText(effects, 'attrition', 'USD')).toBe('Off: it adds nothing to the band.')
    expect(bandEffectText(effects, 'toolPrices', 'EUR')).toContain('with it, n/a without it.')
  })
})
