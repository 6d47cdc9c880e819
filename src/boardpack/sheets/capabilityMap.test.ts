import { describe, expect, it } from 'vitest'
import { mapPeriods } from './capabilityMap'

describe('the capability map\'s columns', () => {
  it('are the quarters of a plan up to ten years long', () => {
    expect(mapPeriods('2027-Q3', 3)).toEqual([
      { label: '2027-Q3', quarter: 0 }, { label: '2027-Q4', quarter: 1 }, { label: '2028-Q1', quarter: 2 }
    ])
    expect(mapPeriods('2027-Q1', 40)).toHaveLength(40)
  })

  it('are plan years on longer plans, each showing its last quarter, the last year possibly short', () => {
    const years = mapPeriods('2027-Q1', 42)
    expect(years).toHaveLength(11)
    expect(years[0]).toEqual({ label: 'Year 1 (to 2027-Q4)', quarter: 3 })
    expect(years[10]).toEqual({ label: 'Year 11 (to 2037-Q2)', quarter: 41 })
  })
})
