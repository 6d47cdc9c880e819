import { describe, expect, it } from 'vitest'
import { bandCoversText, chanceText, deadlineChanceText, fteRangeText, moneyRangeText, phaseRangeText, phaseWhenText, pointsText } from './simulatedText'

const phase = (p50: string | null, p90: string | null, reachedProbability: number) => ({
  phase: 'growth' as const, p10: p50, p50, p90, quarters: { p10: null, p50: null, p90: null }, reachedProbability
})

describe('the simulation in words', () => {
  it('never rounds a chance to certainty', () => {
    expect([1, 0.996, 0.994, 0.5, 0.125, 0.004, 0].map(chanceText)).toEqual(['100%', 'over 99%', '99%', '50%', '13%', 'under 1%', '0%'])
  })

  it('says what the band covers', () => {
    expect(bandCoversText({ toolPrices: true, pay: true, hiringDates: true, attrition: true, revenue: true }))
      .toBe('P10–P90 band: tool prices, pay, hiring dates, attrition and revenue growth')
    expect(bandCoversText({ toolPrices: true, pay: false, hiringDates: false, attrition: false, revenue: false }))
      .toBe('P10–P90 band: tool prices')
    expect(bandCoversText({ toolPrices: false, pay: false, hiringDates: false, attrition: false, revenue: false }))
      .toBe('P10–P90 band: nothing in this plan is uncertain, so it is the plan itself')
  })

  it('gives a phase date as a range, with its chance within the plan when that is short of certain', () => {
    expect(phaseRangeText(phase('2028-Q2', '2028-Q4', 1))).toBe('Growth: 2028-Q2, 90% by 2028-Q4')
    expect(phaseRangeText(phase('2028-Q2', '2028-Q2', 1))).toBe('Growth: 2028-Q2')
    expect(phaseRangeText(phase('2028-Q2', '2028-Q4', 0.95))).toBe('Growth: 2028-Q2, 90% by 2028-Q4 (95% within the plan)')
    expect(phaseRangeText(phase('2028-Q2', null, 0.72))).toBe('Growth: 2028-Q2, 72% within the plan')
    expect(phaseRangeText(phase(null, null, 0.23))).toBe('Growth: beyond the plan (23% within it)')
    expect(phaseRangeText(phase(null, null, 0))).toBe('Growth: not within the plan')
    expect(phaseWhenText(phase('2028-Q2', '2028-Q4', 0.95))).toBe('2028-Q2, 90% by 2028-Q4 (95% within the plan)')
  })

  it('gives each deadline its chance of being met', () => {
    expect(deadlineChanceText({ name: 'SOC 2 Type II report', quarter: 11, label: '2028-Q4', hard: true, metProbability: 0.8734 }))
      .toBe('SOC 2 Type II report, 2028-Q4 (hard): 87% chance of being met')
    expect(deadlineChanceText({ name: 'ISO 27001', quarter: 3, label: '2026-Q4', hard: false, metProbability: 1 }))
      .toBe('ISO 27001, 2026-Q4: 100% chance of being met')
  })

  it('gives ranges of people and money', () => {
    expect(fteRangeText({ p10: 4, p90: 6 })).toBe('4–6')
    expect(fteRangeText({ p10: 5, p90: 5 })).toBe('5')
    expect(moneyRangeText({ p10: 41_230_000, p90: 45_910_000 }, 'USD')).toBe('$41.2M–$45.9M')
    expect(moneyRangeText({ p10: 1_000_000, p90: 1_020_000 }, 'EUR')).toBe('€1M')
    expect([0.14, 0.005, 0.0042, 0.00004].map(pointsText)).toEqual(['14 pts', '1 pt', '0.4 pts', '0.004 pts'])
  })
})
