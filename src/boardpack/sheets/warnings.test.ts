import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Pitfall } from '../../core'
import { byImportance, severityLabel, warningText, writeWarningTable } from './warnings'

// A kind the writer has never heard of, as a newer engine may report.
const understaffed = {
  kind: 'understaffed', severity: 'warning', title: 'Understaffed for the phase', fromQuarter: 4, toQuarter: 7,
  quarters: '2028-Q1 – 2028-Q4', detail: '0.8 security FTE per 100 employees against 1.5 for Growth.',
  why: 'Too few people to run what the plan buys.', field: 'hires'
} as unknown as Pitfall

describe('the warnings table', () => {
  it('shows a pitfall of any kind from its title, quarters, detail and why', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('Summary')
    for (let c = 1; c <= 14; c++) ws.getColumn(c).width = 12
    const next = writeWarningTable(ws, 1, [understaffed], 14)
    expect(next).toBe(3)
    expect([1, 2, 4, 6].map((c) => ws.getCell(2, c).value)).toEqual([
      'Warning', 'Understaffed for the phase', '2028-Q1 – 2028-Q4',
      '0.8 security FTE per 100 employees against 1.5 for Growth. Too few people to run what the plan buys.'
    ])
  })

  it('joins detail and why with one full stop, whether or not the detail ends with one', () => {
    expect(warningText({ detail: 'Spend is 104% of budget', why: 'Ask the board.' })).toBe('Spend is 104% of budget. Ask the board.')
    expect(warningText({ detail: 'Spend is 104% of budget.', why: 'Ask the board.' })).toBe('Spend is 104% of budget. Ask the board.')
    expect(warningText({ detail: 'Spend is 104% of budget', why: '' })).toBe('Spend is 104% of budget')
  })

  it('names severities it does not know by themselves, and puts critical ones first', () => {
    expect(severityLabel('critical')).toBe('Critical')
    expect(severityLabel('info')).toBe('Info')
    const critical = { ...understaffed, severity: 'critical', fromQuarter: 9 } as Pitfall
    expect(byImportance([understaffed, critical])).toEqual([critical, understaffed])
  })
})
