import { describe, expect, it } from 'vitest'
import { capitalised, fiscalYearCoverage, fiscalYearDisplay, formatMoney, formatMoneyCompact, formatPercent, formatRatioAsPercent, signedMoney, signedPercent } from './format'

describe('formatting', () => {
  it('formats money in whole units of the scenario currency', () => {
    expect(formatMoney(1234567.89)).toBe('$1,234,568')
    expect(formatMoney(-20050, 'USD')).toBe('-$20,050')
    expect(formatMoney(5000, 'EUR')).toBe('€5,000')
  })

  it('formats compact money without a trailing .0', () => {
    expect(formatMoneyCompact(100_000)).toBe('$100K')
    expect(formatMoneyCompact(1_250_000)).toBe('$1.3M')
  })

  it('signs a change in money, and leaves a change that shows as zero unsigned', () => {
    expect(signedMoney(1_234_567)).toBe('+$1.2M')
    expect(signedMoney(-300_000, 'EUR')).toBe('−€300K')
    expect(signedMoney(0)).toBe('$0')
    expect(signedMoney(-0)).toBe('$0')
    expect(signedMoney(0.04)).toBe('$0')
    expect(signedMoney(-0.04, 'GBP')).toBe('£0')
    expect(signedMoney(0.3)).toBe('+$0.3')
  })

  it('signs a change as a share, leaves one that shows as zero unsigned, and has n/a for no reference', () => {
    expect(signedPercent(0.1234)).toBe('+12.3%')
    expect(signedPercent(-0.094)).toBe('−9.4%')
    expect(signedPercent(0)).toBe('0.0%')
    expect(signedPercent(-0.0004)).toBe('0.0%')
    expect(signedPercent(0.0005)).toBe('+0.1%')
    expect(signedPercent(null)).toBe('n/a')
  })

  it('formats ratios and percents, with n/a for a missing ratio', () => {
    expect(formatRatioAsPercent(0.0412)).toBe('4.1%')
    expect(formatRatioAsPercent(null)).toBe('n/a')
    expect(formatPercent(4.25, 2)).toBe('4.25%')
  })

  it('names a partial fiscal year by how many of its quarters the plan covers, a full year by its label', () => {
    expect(fiscalYearDisplay({ label: 'FY2027', partial: true, quarters: ['2026-Q4'] })).toBe('FY2027 (1 of 4 quarters)')
    expect(fiscalYearDisplay({ label: 'FY2032', partial: true, quarters: ['2031-Q2', '2031-Q3', '2031-Q4'] })).toBe('FY2032 (3 of 4 quarters)')
    expect(fiscalYearDisplay({ label: 'FY2028', partial: false, quarters: ['a', 'b', 'c', 'd'] })).toBe('FY2028')
    expect(fiscalYearCoverage({ label: 'FY2032', partial: true, quarters: ['2031-Q2', '2031-Q3', '2031-Q4'] })).toBe('(3 of 4 quarters)')
    expect(fiscalYearCoverage({ label: 'FY2028', partial: false, quarters: ['a', 'b', 'c', 'd'] })).toBeNull()
  })

  it('capitalises a phrase\'s first letter only', () => {
    expect(capitalised('spend per employee')).toBe('Spend per employee')
    expect(capitalised('% of revenue')).toBe('% of revenue')
    expect(capitalised('')).toBe('')
  })
})
