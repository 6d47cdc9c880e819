import { describe, expect, it } from 'vitest'
import { readQuarterCell } from './importQuarter'

describe('readQuarterCell', () => {
  it('reads calendar quarters written year first or quarter first, with any separator or none', () => {
    for (const text of ['2027-Q1', '2027 Q1', '2027Q1', '2027/q1', ' 2027_Q1 ', 'Q1 2027', 'q1-2027', 'Q1/2027', 'Q12027']) {
      expect(readQuarterCell(text, 1), text).toEqual({ ok: true, label: '2027-Q1' })
    }
    expect(readQuarterCell('Q4 1999', 1)).toEqual({ ok: true, label: '1999-Q4' })
  })

  it('ignores the fiscal year for calendar spellings', () => {
    expect(readQuarterCell('2027-Q1', 2)).toEqual({ ok: true, label: '2027-Q1' })
  })

  it('reads fiscal quarters of the year named by the calendar year it ends in', () => {
    // A fiscal year opening in calendar Q1 is the calendar year.
    expect(readQuarterCell('FY2027 Q1', 1)).toEqual({ ok: true, label: '2027-Q1' })
    // Opening in April (calendar Q2): FY2027 runs 2026-Q2 to 2027-Q1.
    expect(readQuarterCell('FY2027 Q1', 2)).toEqual({ ok: true, label: '2026-Q2' })
    expect(readQuarterCell('FY2027-Q4', 2)).toEqual({ ok: true, label: '2027-Q1' })
    // Opening in October (calendar Q4): FY27 Q2 is 2027-Q1.
    expect(readQuarterCell('Q2 FY27', 4)).toEqual({ ok: true, label: '2027-Q1' })
    expect(readQuarterCell('fy27q3', 3)).toEqual({ ok: true, label: '2027-Q1' })
  })

  it('reads a date as the calendar quarter it falls in', () => {
    expect(readQuarterCell('2027-03-31', 1)).toEqual({ ok: true, label: '2027-Q1' })
    expect(readQuarterCell('2027-04-01', 3)).toEqual({ ok: true, label: '2027-Q2' })
    expect(readQuarterCell('2027-12-31', 1)).toEqual({ ok: true, label: '2027-Q4' })
  })

  it('refuses what is not a quarter, saying how to write one', () => {
    expect(readQuarterCell('2027-02-30', 1)).toEqual({ ok: false, reason: '2027-02-30 is not a date' })
    expect(readQuarterCell('2027-13-01', 1)).toEqual({ ok: false, reason: '2027-13-01 is not a date' })
    expect(readQuarterCell('Q5 2027', 1)).toEqual({ ok: false,
      reason: '"Q5 2027" is not a quarter (write it as 2027-Q1, Q1 2027, FY2027 Q1 or a date such as 2027-03-31)' })
    expect(readQuarterCell('27-Q1', 1).ok).toBe(false)
    expect(readQuarterCell('=A1', 1).ok).toBe(false)
    expect(readQuarterCell(2027, 1)).toEqual({ ok: false, reason: '2027 is a number, not a quarter such as "2027-Q1"' })
    expect(readQuarterCell(null, 1)).toEqual({ ok: false, reason: 'is empty' })
    expect(readQuarterCell('   ', 1)).toEqual({ ok: false, reason: 'is empty' })
  })
})
