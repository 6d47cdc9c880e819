import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from './limits'
import { absoluteQuarter, labelOfAbsoluteQuarter, parseQuarter, quarterLabel, quarterRangeLabel } from './quarters'

const LAST = 9999 * 4 + 3
const anyLabel = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 4 }))
  .map(([year, quarter]) => `${String(year).padStart(4, '0')}-Q${quarter}`)

describe('quarter labels', () => {
  it('labels every year with four digits', () => {
    expect(labelOfAbsoluteQuarter(0)).toBe('0000-Q1')
    expect(labelOfAbsoluteQuarter(999 * 4 + 3)).toBe('0999-Q4')
    expect(quarterLabel('0999-Q4', 1)).toBe('1000-Q1')
    expect(quarterLabel('2026-Q1', 0)).toBe('2026-Q1')
    expect(quarterLabel('2026-Q4', 1)).toBe('2027-Q1')
    expect(quarterLabel('9999-Q1', 3)).toBe('9999-Q4')
    expect(quarterRangeLabel(`${MIN_PLAN_YEAR}-Q1`, 0, 3)).toBe('1900-Q1 – 1900-Q4')
  })

  it('refuses a quarter number that no four-digit label names', () => {
    for (const absolute of [-1, LAST + 1, 1.5, Number.NaN]) {
      expect(() => labelOfAbsoluteQuarter(absolute)).toThrow(/has no four-digit year/)
    }
    expect(() => quarterLabel('9999-Q4', 1)).toThrow(/has no four-digit year/)
  })

  it('parses a label and labels a quarter number as exact inverses (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: LAST }), (n) => absoluteQuarter(labelOfAbsoluteQuarter(n)) === n))
    fc.assert(fc.property(anyLabel, (label) => labelOfAbsoluteQuarter(absoluteQuarter(label)) === label))
  })

  it('keeps order and distance, so a plan\'s quarters count up by one (property)', () => {
    const start = fc.integer({ min: MIN_PLAN_YEAR * 4, max: MAX_PLAN_YEAR * 4 + 3 }).map(labelOfAbsoluteQuarter)
    fc.assert(fc.property(start, fc.integer({ min: 0, max: 79 }), (label, offset) => {
      const later = quarterLabel(label, offset)
      expect(absoluteQuarter(later) - absoluteQuarter(label)).toBe(offset)
      expect(parseQuarter(later)).not.toBeNull()
    }))
  })
})
