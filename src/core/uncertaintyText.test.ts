import { describe, expect, it } from 'vitest'
import { phaseDateText, uncertaintySourcesText } from './uncertaintyText'

describe('uncertainty in words', () => {
  const none = { toolPrices: false, pay: false, hiringDates: false, attrition: false, revenue: false }

  it('lists what a band is uncertain about', () => {
    expect(uncertaintySourcesText(none)).toBe('nothing')
    expect(uncertaintySourcesText({ ...none, toolPrices: true })).toBe('tool prices')
    expect(uncertaintySourcesText({ ...none, toolPrices: true, hiringDates: true })).toBe('tool prices and hiring dates')
    expect(uncertaintySourcesText({ toolPrices: true, pay: true, hiringDates: true, attrition: true, revenue: true }))
      .toBe('tool prices, pay, hiring dates, attrition and revenue growth')
  })

  it('gives a phase date as a range', () => {
    expect(phaseDateText({ p50: '2028-Q2', p90: '2028-Q2', reachedProbability: 1 })).toBe('2028-Q2')
    expect(phaseDateText({ p50: '2028-Q2', p90: '2028-Q4', reachedProbability: 1 })).toBe('2028-Q2, 90% by 2028-Q4')
    expect(phaseDateText({ p50: '2028-Q2', p90: null, reachedProbability: 0.72 })).toBe('2028-Q2, 72% within the plan')
    expect(phaseDateText({ p50: null, p90: null, reachedProbability: 0.23 })).toBe('beyond the plan (23% within it)')
    expect(phaseDateText({ p50: null, p90: null, reachedProbability: 0 })).toBe('not within the plan')
  })
})
