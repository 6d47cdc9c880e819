// The board story in the workbook: the Summary leads with the ask and the plan by fiscal year, the
// decisions, AI risk before and after and the phase dates; Comparison bridges each what-if to the
// base; a scenario with recorded quarters gets an Actuals sheet. Every number against the engine.
import type ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  compareScenarios, formatMoneyCompact, phaseName, planVersusActual, projectScenario, riskTimelines, type ScenarioDoc
} from '../../src/core'
import { ACTUAL_CATEGORY_NAMES, lineVariance, plannedLines } from '../../src/core/actualLines'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { buildBoardPack, SHEET_NAMES } from '../../src/boardpack'
import { minimalScenario } from '../fixtures/scenarios'
import {
  RECORDED, formulaOf, GENERATED_AT, leanScenario, readWorkbook, resultOf, rowWith, SAMPLES, SEED, sheet, sheetPart, unzip
} from './helpers'

let book: ExcelJS.Workbook
let parts: Map<string, string>
beforeAll(async () => {
  const pack = await buildBoardPack([LEGACY_DATAFLOW, leanScenario()], {
    generatedAt: GENERATED_AT, seed: SEED, samples: SAMPLES, actuals: [RECORDED]
  })
  book = await readWorkbook(pack)
  parts = await unzip(pack)
})

const valueOf = (cell: ExcelJS.Cell) => resultOf(cell) ?? 0

describe('the Summary', () => {
  let ws: ExcelJS.Worksheet
  beforeAll(() => { ws = sheet(book, SHEET_NAMES.summary) })
  const projection = projectScenario(LEGACY_DATAFLOW)

  it('names every fiscal year with its budget, spend, over or under budget, team and phases', () => {
    const header = rowWith(ws, 'Fiscal year')
    expect(projection.fiscalYears.map((y) => y.label)).toEqual(['FY2027', 'FY2028', 'FY2029', 'FY2030', 'FY2031'])
    projection.fiscalYears.forEach((year, i) => {
      const row = header + 1 + i
      expect(ws.getCell(row, 1).value).toBe(year.label)
      expect([2, 3, 4, 5, 6].map((c) => ws.getCell(row, c).value)).toEqual([year.budget, year.people, year.tools, year.programs, year.total])
      expect(ws.getCell(row, 7).value).toBe(year.total - year.budget)
      expect(ws.getCell(row, 8).value).toBe(year.utilization)
      expect(ws.getCell(row, 9).value).toBe(year.total / year.revenue)
      expect([ws.getCell(row, 10).value, ws.getCell(row, 11).value]).toEqual([year.headcount, year.securityFte])
      expect([ws.getCell(row, 12).value, ws.getCell(row, 13).value]).toEqual([phaseName(year.orgPhase), phaseName(year.maturityPhase)])
    })
    // Money in thousands; over budget signed (and red when over).
    expect(ws.getCell(header + 1, 2).numFmt).toBe('"$"#,##0,"K";[Red]-"$"#,##0,"K"')
    expect(ws.getCell(header + 1, 7).numFmt).toBe('+"$"#,##0,"K";-"$"#,##0,"K";"$"0')
    const total = header + 1 + projection.fiscalYears.length
    expect(ws.getCell(total, 1).value).toBe('Horizon')
    expect(formulaOf(ws.getCell(total, 6))).toBe(`SUM(F${header + 1}:F${total - 1})`)
    expect(valueOf(ws.getCell(total, 6))).toBeCloseTo(projection.quarters.reduce((s, q) => s + q.total, 0), 4)
  })

  it('states the first full fiscal year\'s request as a sentence, with its provenance below the table', () => {
    const fy = projection.fiscalYears[0]
    const money = (v: number) => formatMoneyCompact(v, 'USD')
    expect(ws.getCell(rowWith(ws, 'The ask: FY2027') + 1, 1).value).toBe(
      `For FY2027 (2027-Q1 – 2027-Q4), security asks for ${money(fy.total)}: ${money(fy.people)} for people ` +
      `(${fy.securityFte} security FTE by year end), ${money(fy.tools)} for tools and ${money(fy.programs)} for programs; ` +
      `${(fy.total / fy.revenue * 100).toFixed(1)}% of revenue, ${Math.round(fy.utilization! * 100)}% of the ${money(fy.budget)} budget. ` +
      `By year end security maturity reaches ${phaseName(fy.maturityPhase)} (the organisation is in ${phaseName(fy.orgPhase)}), ` +
      'and the average residual AI risk score falls from 8.0 to 6.8 (Training-data poisoning: 6.0 to 3.3).')
    const texts = allText(ws)
    expect(texts).toContain('Provenance: derived (Rampart\'s projection of this scenario\'s inputs: headcount, revenue, hires, tools and ' +
      'programs); 5 of 8 tool price ranges are illustrative catalog placeholders to replace with quotes (see Assumptions).')
    expect(texts).toContain('the blueprint\'s 2–8% band is reference')
  })

  it('lists the decisions: no year over budget here, so quarters over budget are cash timing, for information', () => {
    const first = rowWith(ws, 'Decisions needed') + 1
    expect([ws.getCell(first, 1).value, ws.getCell(first, 2).value, ws.getCell(first, 4).value]).toEqual([
      'Note', 'FY2028', 'Cash timing: 2028-Q3 spends above the quarter\'s budget, but the year stays within its budget.'])
    expect(ws.getCell(first + 1, 2).value).toBe('FY2029')
  })

  it('shows each AI risk inherent, at the start, at the end of the ask\'s year and at the end of the plan', () => {
    const header = rowWith(ws, 'Risk')
    expect([4, 5, 6, 7].map((c) => ws.getCell(header, c).value)).toEqual(['Inherent', 'Start 2027-Q1', 'End of FY2027', 'End 2031-Q4'])
    riskTimelines(LEGACY_DATAFLOW).forEach((t, i) => {
      const row = header + 1 + i
      expect(ws.getCell(row, 1).value).toBe(t.risk.name)
      expect([4, 5, 6, 7].map((c) => ws.getCell(row, c).value))
        .toEqual([t.inherentScore, t.quarters[0].score, t.quarters[3].score, t.quarters[19].score])
    })
  })

  it('dates each phase for the organisation and for security maturity', () => {
    const header = rowWith(ws, 'Risk')
    const kpis = compareScenarios([LEGACY_DATAFLOW], { samples: 10 }).scenarios[0].kpis
    ;(['foundation', 'growth', 'optimization', 'worldclass'] as const).forEach((id, i) => {
      const row = header + 1 + i
      expect(ws.getCell(row, 8).value).toBe(phaseName(id))
      expect(ws.getCell(row, 10).value).toBe(kpis.orgPhaseReached[id] ?? 'not in the plan')
      expect(ws.getCell(row, 12).value).toBe(kpis.maturityPhaseReached[id] ?? 'not in the plan')
    })
  })

  it('names the compared scenarios and fits its first page on the paper, the charts on the next', () => {
    expect(ws.getCell('A3').value).toBe('This pack compares 2 scenarios: DataFlow AI - Base (this summary) with DataFlow AI - Lean. ' +
      'See Comparison, the next sheet.')
    const breaks = [...sheetPart(parts, book, SHEET_NAMES.summary).matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))
    expect(breaks).toHaveLength(1)
    let height = 0
    for (let r = 1; r <= breaks[0]; r++) height += ws.getRow(r).height ?? 15
    // A4 landscape inside the margins is 494 pt tall.
    expect(height * (ws.pageSetup.scale! / 100)).toBeLessThanOrEqual(494)
    expect(rowWith(ws, 'Residual AI risk (score 1–12)')).toBeLessThan(breaks[0])
  })
})

describe('the Summary\'s decisions', () => {
  it('name a fiscal year over budget, critical above 110%, and a deadline at risk', async () => {
    const doc: ScenarioDoc = minimalScenario({
      quarters: 8, budget: { mode: 'fixed', fixedPercent: 1 },
      hires: [{ role: 'ciso', count: 2, quarter: 4, annualCost: 500_000 }],
      capabilities: [{ id: 'siem', quarter: 6 }],
      deadlines: [{ name: 'SOC 2 <report>', quarter: 5, capabilities: ['siem', 'soc2-iso27001'], hard: true }]
    })
    const ws = sheet(await readWorkbook(await buildBoardPack([doc], { samples: 50 })), SHEET_NAMES.summary)
    const first = rowWith(ws, 'Decisions needed') + 1
    const year = projectScenario(doc).fiscalYears[1]
    expect(year.total / year.budget).toBeGreaterThan(1.1)
    expect([ws.getCell(first, 1).value, ws.getCell(first, 2).value]).toEqual(['Critical', 'FY2027'])
    expect(ws.getCell(first, 4).value).toBe(`Spend of ${formatMoneyCompact(year.total)} is ${formatMoneyCompact(year.total - year.budget)} ` +
      `(${Math.round((year.total - year.budget) / year.budget * 100)}%) over the ${formatMoneyCompact(year.budget)} budget: ` +
      'approve the difference, or cut or defer spend in this year.')
    expect([ws.getCell(first + 1, 1).value, ws.getCell(first + 1, 2).value, ws.getCell(first + 1, 4).value]).toEqual([
      'Critical', 'SOC 2 <report>',
      'Hard deadline 2027-Q2 is at risk: SIEM, SOC 2 / ISO 27001 certification are not in place by then (met in 0% of simulated outcomes).'])
  })
})

describe('the Comparison', () => {
  let ws: ExcelJS.Worksheet
  beforeAll(() => { ws = sheet(book, SHEET_NAMES.comparison) })
  const base = projectScenario(LEGACY_DATAFLOW)
  const lean = projectScenario(leanScenario())

  it('tables total spend by fiscal year with the difference from the first scenario, live', () => {
    const header = rowWith(ws, 'Fiscal year')
    expect([2, 3, 4, 5].map((c) => ws.getCell(header, c).value)).toEqual([
      'Budget, DataFlow AI - Base', 'Total, DataFlow AI - Base', 'Total, DataFlow AI - Lean', 'Δ total vs first'])
    base.fiscalYears.forEach((year, i) => {
      const row = header + 1 + i
      expect(ws.getCell(row, 1).value).toBe(year.label)
      expect([ws.getCell(row, 2).value, ws.getCell(row, 3).value, ws.getCell(row, 4).value])
        .toEqual([year.budget, year.total, lean.fiscalYears[i].total])
      expect(formulaOf(ws.getCell(row, 5))).toBe(`D${row}-C${row}`)
      expect(valueOf(ws.getCell(row, 5))).toBe(lean.fiscalYears[i].total - year.total)
    })
  })

  it('bridges the what-if\'s total to the first\'s: people timing and pay, fees, tools and programs', () => {
    const header = rowWith(ws, 'Bridge')
    expect(ws.getCell(header, 4).value).toBe('DataFlow AI - Lean')
    const line = (label: string) => ws.getCell(rowWith(ws, label), 4)
    const sum = (rows: typeof base.quarters, pick: (q: (typeof rows)[number]) => number) => rows.reduce((s, q) => s + pick(q), 0)
    expect(line('Total spend, first scenario').value as number).toBeCloseTo(sum(base.quarters, (q) => q.total), 4)
    // Lean drops the CISO (fewer person-years) and buys tools at the low end; programs are the same.
    expect(line('People: timing (person-years in post)').value).toBeLessThan(0)
    expect(line('Recruiting fees').value).toBe(0)
    expect(line('Tools').value as number).toBeCloseTo(sum(lean.quarters, (q) => q.tools) - sum(base.quarters, (q) => q.tools), 4)
    expect(line('Programs').value).toBe(0)
    const total = rowWith(ws, 'Total spend, this scenario')
    expect(formulaOf(ws.getCell(total, 4))).toBe(`D${header + 1}+SUM(D${header + 2}:D${total - 1})`)
    expect(valueOf(ws.getCell(total, 4))).toBeCloseTo(sum(lean.quarters, (q) => q.total), 4)
    const parts = ['People: timing (person-years in post)', 'People: pay (cost per person-year)', 'Recruiting fees', 'Tools', 'Programs']
      .reduce((s, label) => s + (line(label).value as number), 0)
    expect((line('Total spend, first scenario').value as number) + parts).toBeCloseTo(sum(lean.quarters, (q) => q.total), 4)
  })
})

describe('the Actuals sheet', () => {
  let ws: ExcelJS.Worksheet
  beforeAll(() => { ws = sheet(book, SHEET_NAMES.actuals) })
  const plan = planVersusActual(LEGACY_DATAFLOW, RECORDED)

  it('comes after Summary and Comparison, for the scenario that carries actuals', () => {
    expect(book.worksheets.map((w) => w.name).slice(0, 4)).toEqual(['Summary', 'Comparison', 'Actuals', 'Analysis'])
    expect(ws.getCell('A4').value).toBe('DataFlow AI - Base: 3 recorded quarters')
  })

  it('holds the recorded amounts and the difference from plan, over plan positive and red, with %', () => {
    const header = rowWith(ws, 'Quarter')
    RECORDED.forEach((actual, i) => {
      const row = header + 1 + i
      const planned = plan[actual.quarter].planned
      expect(ws.getCell(row, 1).value).toBe(plan[actual.quarter].label)
      expect([ws.getCell(row, 2).value, ws.getCell(row, 3).value, ws.getCell(row, 4).value]).toEqual([actual.people, actual.tools, actual.programs])
      const total = actual.people + actual.tools + actual.programs
      expect(formulaOf(ws.getCell(row, 5))).toBe(`SUM(B${row}:D${row})`)
      expect(valueOf(ws.getCell(row, 5))).toBe(total)
      expect(ws.getCell(row, 6).value).toBe(planned.total)
      expect(formulaOf(ws.getCell(row, 7))).toBe(`E${row}-F${row}`)
      expect(valueOf(ws.getCell(row, 7))).toBe(total - planned.total)
      expect(formulaOf(ws.getCell(row, 8))).toBe(`IF(F${row}=0,"",G${row}/F${row})`)
      expect(valueOf(ws.getCell(row, 8))).toBe((total - planned.total) / planned.total)
      expect(ws.getCell(row, 9).value).toBe(actual.people - planned.people)
    })
    expect(ws.getCell(header + 1, 7).numFmt).toBe('[Red]+"$"#,##0;-"$"#,##0;"$"0')
    expect(ws.getCell(header + 1, 8).numFmt).toBe('[Red]+0.0%;-0.0%;0.0%')
  })

  it('sums each fiscal year to date against the plan for the same quarters', () => {
    const header = rowWith(ws, 'Fiscal year')
    const actual = RECORDED.reduce((s, a) => s + a.people + a.tools + a.programs, 0)
    const planned = RECORDED.reduce((s, a) => s + plan[a.quarter].planned.total, 0)
    expect(ws.getCell(header + 1, 1).value).toBe('FY2027')
    expect(ws.getCell(header + 1, 2).value).toBe('2027-Q1, 2027-Q2, 2027-Q3')
    expect(ws.getCell(header + 1, 3).value).toBeCloseTo(planned, 6)
    expect(ws.getCell(header + 1, 4).value).toBeCloseTo(actual, 6)
    expect(ws.getCell(header + 1, 5).value).toBeCloseTo(actual - planned, 6)
    expect(ws.getCell(header + 1, 10).value).toBe(projectScenario(LEGACY_DATAFLOW).fiscalYears[0].total)
  })

  it('shows each category\'s lines under its total, with what they leave not itemised, as core\'s lineVariance has them', () => {
    const header = rowWith(ws, 'Spend by line: each category\'s total, then its lines') + 1
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getCell(header, c).value)).toEqual(['Quarter', 'Category and line', 'Plan (USD/quarter)',
      'Actual (USD/quarter)', 'Over (+) / under (−) plan (USD/quarter)', 'Over plan (% of plan)'])
    const withLines = RECORDED.filter((a) => a.lines)
    expect(withLines.map((a) => a.quarter)).toEqual([0, 2])
    const projection = projectScenario(LEGACY_DATAFLOW)
    const expected = withLines.flatMap((recorded) => {
      const row = plan[recorded.quarter]
      const planned = plannedLines(LEGACY_DATAFLOW, recorded.quarter, projection.quarters[recorded.quarter].headcount)
      return lineVariance(planned, row.planned, row.actual!, recorded.lines!).flatMap((category) => [
        [row.label, `${ACTUAL_CATEGORY_NAMES[category.category]}${category.itemised ? '' : ' (no lines recorded)'}`, category.planned, category.actual,
          category.actual - category.planned, category.planned === 0 ? '' : (category.actual - category.planned) / category.planned],
        ...category.lines.map((line) => [row.label, line.name, line.planned ?? '—', line.actual ?? 'not itemised',
          line.planned === null || line.actual === null ? 'n/a' : line.actual - line.planned,
          line.planned === null || line.actual === null || line.planned === 0 ? '' : (line.actual - line.planned) / line.planned])
      ])
    })
    const written = expected.map((_, i) => [1, 2, 3, 4, 5, 6].map((c) => resultOf(ws.getCell(header + 1 + i, c)) ?? ''))
    // exceljs reads a formula's cached 0 back as no result: those differences are 0.
    expect(written).toEqual(expected.map((r) => r.map((v, c) => (c >= 4 && v === 0 ? '' : v))))
    expect(ws.getCell(header + 1 + expected.length, 1).value).toMatch(/^Lines are detail inside their category's total/)
    // Long enough to fill much of a page: it starts one, rather than split after the chart.
    expect([...sheetPart(parts, book, SHEET_NAMES.actuals).matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([header - 2])

    // The cases by hand, in the first quarter: part of people itemised, tools and programs not at all.
    const q1 = header + 1
    expect(written.slice(0, 3)).toEqual([
      ['2027-Q1', 'People', plan[0].planned.people, 80_000, 80_000 - plan[0].planned.people, (80_000 - plan[0].planned.people) / plan[0].planned.people],
      ['2027-Q1', 'Senior security engineer (AI experience)', 62_500, 60_000, -2_500, -0.04],
      ['2027-Q1', 'Not itemised', '—', 20_000, 'n/a', '']
    ])
    expect(written[3].slice(0, 4)).toEqual(['2027-Q1', 'Tools and services (no lines recorded)', 0, 1_000])
    expect(formulaOf(ws.getCell(q1 + 1, 5))).toBe(`D${q1 + 1}-C${q1 + 1}`)
    expect(formulaOf(ws.getCell(q1 + 1, 6))).toBe(`IF(C${q1 + 1}=0,"",E${q1 + 1}/C${q1 + 1})`)
    expect(ws.getCell(q1 + 1, 5).numFmt).toBe('[Red]+"$"#,##0;-"$"#,##0;"$"0')
    expect(ws.getCell(q1, 2).font?.bold).toBe(true)
    expect(ws.getCell(q1 + 1, 2).alignment?.indent).toBe(2)
    // In the third quarter: a planned role left not itemised, an unplanned program, a planned one at nothing.
    const third = written.filter((r) => r[0] === '2027-Q3')
    expect(third.find((r) => r[1] === 'Bug bounty pilot')).toEqual(['2027-Q3', 'Bug bounty pilot', 0, 8_000.5, 8_000.5, ''])
    expect(third.find((r) => r[1] === 'Security awareness and champions programme')?.slice(3, 6)).toEqual([0, -8_000, -1])
    expect(third.filter((r) => r[1] === 'Not itemised').map((r) => r[3])).toEqual([7_500])
    expect(third.filter((r) => r[3] === 'not itemised').length).toBeGreaterThan(0)
    // Each itemised category's lines add up to its total (all three are itemised in that quarter).
    const added: string[] = []
    for (const [i, r] of written.entries()) {
      if (r[0] !== '2027-Q3' || typeof r[3] !== 'number' || !['People', 'Tools and services', 'Programs'].includes(String(r[1]))) continue
      let sum = 0
      for (let j = i + 1; j < written.length && !['People', 'Tools and services', 'Programs'].includes(String(written[j][1])); j++) {
        sum += typeof written[j][3] === 'number' ? Number(written[j][3]) : 0
      }
      expect(sum, String(r[1])).toBeCloseTo(r[3], 6)
      added.push(String(r[1]))
    }
    expect(added).toEqual(['People', 'Tools and services', 'Programs'])
  })

  it('keeps a short by-line table under the chart rather than on a mostly empty page', async () => {
    const recorded = { ...RECORDED[0], lines: [{ category: 'people' as const, line: 'security-engineer', amount: 60_000 }] }
    const pack = await buildBoardPack([LEGACY_DATAFLOW], { generatedAt: GENERATED_AT, seed: SEED, samples: 100, actuals: [[recorded]] })
    const short = await readWorkbook(pack)
    const lines = sheet(short, SHEET_NAMES.actuals)
    expect(lines.getCell(rowWith(lines, 'Spend by line: each category\'s total, then its lines') + 3, 2).value).toBe('Senior security engineer (AI experience)')
    expect(sheetPart(await unzip(pack), short, SHEET_NAMES.actuals)).not.toContain('<brk ')
  })

  it('compares hires and capabilities to date with the plan, and keeps the notes as text', () => {
    const header = rowWith(ws, 'Quarter', 1)
    const team = [...Array(ws.rowCount).keys()].map((r) => r + 1).filter((r) => ws.getCell(r, 1).value === 'Quarter')[1]
    expect(team).toBeGreaterThan(header)
    RECORDED.forEach((recorded, i) => {
      const row = team + 1 + i
      expect([ws.getCell(row, 2).value, ws.getCell(row, 3).value])
        .toEqual([plan[recorded.quarter].plannedHiresToDate, plan[recorded.quarter].hiredToDate])
      expect(ws.getCell(row, 5).value).toBe(recorded.capabilities.length)
      expect(ws.getCell(row, 8).value).toBe(recorded.note)
    })
  })
})

function allText(worksheet: ExcelJS.Worksheet): string {
  const texts: string[] = []
  worksheet.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'string') texts.push(cell.value) }))
  return texts.join('\n')
}
