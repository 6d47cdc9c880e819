// Several scenarios: the first scenario's sheets plus Comparison, with KPIs side by side, live
// deltas against the first, and the quarterly totals of all of them on one calendar.
import type ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareScenarios, PHASE_IDS, phaseName, projectScenario } from '../../src/core'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { buildBoardPack, SHEET_NAMES } from '../../src/boardpack'
import {
  formulaOf, GENERATED_AT, hostileScenario, leanScenario, MALICIOUS_NAME, readWorkbook, resultOf, rowWith,
  SAMPLES, SEED, sheet
} from './helpers'

const docs = [LEGACY_DATAFLOW, leanScenario(), hostileScenario()]
let workbook: ExcelJS.Workbook
let ws: ExcelJS.Worksheet

beforeAll(async () => {
  workbook = await readWorkbook(await buildBoardPack(docs, { generatedAt: GENERATED_AT, seed: SEED, samples: SAMPLES }))
  ws = sheet(workbook, SHEET_NAMES.comparison)
})

describe('the board pack for several scenarios', () => {
  it('puts the Comparison sheet right after Summary', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      ['Summary', 'Comparison', 'Analysis', 'Benchmarks', 'Quarterly Plan', 'Hiring', 'Tools', 'Maturity', 'Capability Plan', 'Capability Map', 'Risks', 'Assumptions'])
    expect(sheet(workbook, SHEET_NAMES.summary).getCell('A1').value).toBe('Security plan: DataFlow AI - Base')
  })

  it('puts the scenarios side by side with deltas against the first, from one seed', () => {
    const comparison = compareScenarios(docs, { seed: SEED, samples: SAMPLES })
    const header = 4
    expect([3, 4, 5, 6, 7].map((c) => ws.getCell(header, c).value)).toEqual([
      'DataFlow AI - Base', 'DataFlow AI - Lean', 'Δ DataFlow AI - Lean vs first', MALICIOUS_NAME, `Δ ${MALICIOUS_NAME} vs first`
    ])
    const spend = rowWith(ws, 'Total spend over the horizon')
    comparison.scenarios.forEach((s, i) => {
      const column = i === 0 ? 3 : 2 + 2 * i
      expect(ws.getCell(spend, column).value).toBe(s.kpis.totalSpend)
      expect(ws.getCell(rowWith(ws, 'Peak P(overrun)'), column).value).toBe(s.kpis.peakOverrunProbability)
      expect(ws.getCell(rowWith(ws, 'Quarters over budget'), column).value).toBe(s.kpis.quartersOverBudget)
    })
    // Lean is in the same currency: its deltas are live formulas cached with the engine's deltas.
    const lean = comparison.deltas[1].values
    expect(formulaOf(ws.getCell(spend, 5))).toBe(`D${spend}-C${spend}`)
    expect(resultOf(ws.getCell(spend, 5))).toBe(lean.totalSpend)
    expect(ws.getCell(spend, 5).numFmt).toBe('+"$"#,##0;-"$"#,##0;"$"0')
    const growth = rowWith(ws, `Security maturity reaches ${phaseName('growth')}`)
    expect(ws.getCell(growth, 3).value).toBe(comparison.scenarios[0].kpis.maturityPhaseReached.growth)
    expect(ws.getCell(growth, 7).value).toBe(comparison.deltas[2].maturityPhaseReached.growth)
    expect(PHASE_IDS.slice(1).every((id) => rowWith(ws, `Security maturity reaches ${phaseName(id)}`) > 0)).toBe(true)
  })

  it('gives differences of percentages in percentage points, as live formulas', () => {
    const comparison = compareScenarios(docs, { seed: SEED, samples: SAMPLES })
    const lean = comparison.deltas[1].values
    const percent = rowWith(ws, 'Average % of revenue')
    expect(formulaOf(ws.getCell(percent, 5))).toBe(`(D${percent}-C${percent})*100`)
    // The engine's average is in percent, so its delta is already in points.
    expect(resultOf(ws.getCell(percent, 5))).toBeCloseTo(lean.averagePercentOfRevenue!, 12)
    expect(resultOf(ws.getCell(percent, 5))).toBeCloseTo(
      ((ws.getCell(percent, 4).value as number) - (ws.getCell(percent, 3).value as number)) * 100, 12)
    expect(ws.getCell(percent, 5).numFmt).toBe('+0.00" pts";-0.00" pts";0" pts"')
    const overrun = rowWith(ws, 'Peak P(overrun)')
    expect(formulaOf(ws.getCell(overrun, 5))).toBe(`(D${overrun}-C${overrun})*100`)
    expect(resultOf(ws.getCell(overrun, 5))).toBeCloseTo(lean.peakOverrunProbability! * 100, 10)
    expect(ws.getCell(overrun, 5).numFmt).toBe('+0" pts";-0" pts";0" pts"')
    // Across currencies a percentage is still comparable.
    expect(resultOf(ws.getCell(percent, 7))).toBeCloseTo(comparison.deltas[2].values.averagePercentOfRevenue!, 12)
  })

  it('shows no money delta between scenarios in different currencies', () => {
    const spend = rowWith(ws, 'Total spend over the horizon')
    expect(ws.getCell(spend, 7).value).toBe('n/a')
    expect(ws.getCell(rowWith(ws, 'Total budget over the horizon'), 7).value).toBe('n/a')
    expect(ws.getCell(spend, 6).numFmt).toBe('"€"#,##0;[Red]-"€"#,##0')
    expect(ws.getCell(rowWith(ws, 'Quarters over budget'), 7).value).not.toBe('n/a')
  })

  it('tables the quarterly spend and budget of every scenario on one calendar, with deltas and totals', () => {
    const group = rowWith(ws, 'Quarter')
    const header = group + 1
    const first = header + 1
    expect([2, 4, 7].map((c) => ws.getCell(group, c).value)).toEqual(['DataFlow AI - Base', 'DataFlow AI - Lean', MALICIOUS_NAME])
    expect([2, 3, 4, 5, 6, 7, 8, 9].map((c) => ws.getCell(header, c).value)).toEqual([
      'Spend (USD/quarter)', 'Budget (USD/quarter)', 'Spend (USD/quarter)', 'Budget (USD/quarter)',
      'Δ spend vs first (USD/quarter)', 'Spend (EUR/quarter)', 'Budget (EUR/quarter)', 'Δ spend vs first (EUR/quarter)'
    ])
    // The hostile scenario starts two quarters later, so the calendar runs two quarters longer.
    const base = projectScenario(LEGACY_DATAFLOW).quarters
    const lean = projectScenario(leanScenario()).quarters
    const later = projectScenario(hostileScenario()).quarters
    expect(ws.getCell(first, 1).value).toBe('2027-Q1')
    expect(ws.getCell(first + 21, 1).value).toBe('2032-Q2')
    base.forEach((q, i) => {
      const row = first + i
      expect([ws.getCell(row, 2).value, ws.getCell(row, 3).value]).toEqual([q.total, q.budget])
      expect(ws.getCell(row, 4).value).toBe(lean[i].total)
      expect(formulaOf(ws.getCell(row, 6))).toBe(`D${row}-B${row}`)
      expect(resultOf(ws.getCell(row, 6)) ?? 0).toBe(lean[i].total - q.total)
    })
    expect(ws.getCell(first, 7).value).toBeNull()
    later.forEach((q, i) => expect(ws.getCell(first + 2 + i, 7).value).toBe(q.total))
    // No money difference across currencies.
    expect(ws.getCell(first + 2, 9).value).toBe('n/a')
    const totals = first + 22
    expect(ws.getCell(totals, 1).value).toBe('Total')
    expect(formulaOf(ws.getCell(totals, 3))).toBe(`SUM(C${first}:C${totals - 1})`)
    expect(resultOf(ws.getCell(totals, 3))).toBeCloseTo(base.reduce((s, q) => s + q.budget, 0), 4)
    expect(resultOf(ws.getCell(totals, 6))).toBeCloseTo(lean.reduce((s, q, i) => s + q.total - base[i].total, 0), 4)
    expect(resultOf(ws.getCell(totals, 7))).toBeCloseTo(later.reduce((s, q) => s + q.total, 0), 4)
    // Its two header rows head every page a long table runs on to.
    expect(ws.pageSetup.printTitlesRow).toBe(`${group}:${header}`)
  })

  it('says when scenarios cover different periods or use different currencies', () => {
    const text = notes(ws)
    expect(text).toContain('The scenarios cover different periods, so their totals over the horizon do too: ' +
      `DataFlow AI - Base 2027-Q1 – 2031-Q4 (20 quarters); DataFlow AI - Lean 2027-Q1 – 2031-Q4 (20 quarters); ` +
      `${MALICIOUS_NAME} 2027-Q3 – 2032-Q2 (20 quarters).`)
    expect(text).toContain(`Not charted: ${MALICIOUS_NAME} (EUR).`)
  })
})

describe('scenarios over the same period in one currency', () => {
  it('need no caveats', async () => {
    const same = sheet(await readWorkbook(await buildBoardPack([LEGACY_DATAFLOW, leanScenario()], { samples: 100 })),
      SHEET_NAMES.comparison)
    expect(notes(same)).not.toMatch(/different (periods|currencies)/)
  })
})

function notes(worksheet: ExcelJS.Worksheet): string {
  const texts: string[] = []
  worksheet.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'string') texts.push(cell.value) }))
  return texts.join('\n')
}

describe('a what-if with fiscal years the first scenario does not have', () => {
  it('marks its own year over its own budget in red, though the first has no such year', async () => {
    // Two years later and on a 0.5% budget: over budget every year, the last two after the first's plan ends.
    const later = { ...leanScenario(), name: 'Later, lean budget', start: '2029-Q1', budget: { mode: 'fixed' as const, fixedPercent: 0.005 } }
    const pack = sheet(await readWorkbook(await buildBoardPack([LEGACY_DATAFLOW, later], { samples: 100 })), SHEET_NAMES.comparison)
    const header = rowWith(pack, 'Fiscal year')
    const years = projectScenario(later).fiscalYears
    const ownYears = years.filter((y) => !projectScenario(LEGACY_DATAFLOW).fiscalYears.some((b) => b.label === y.label))
    expect(ownYears.map((y) => y.label)).toEqual(['FY2032', 'FY2033'])
    for (const year of years) {
      expect(year.total).toBeGreaterThan(year.budget)
      const row = [...Array(12).keys()].map((k) => header + 1 + k).find((r) => pack.getCell(r, 1).value === year.label)!
      expect(pack.getCell(row, 4).value).toBe(year.total)
      expect(pack.getCell(row, 4).font?.color?.argb).toBe('FFC00000')
    }
  })
})
