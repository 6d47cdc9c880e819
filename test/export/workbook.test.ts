// The single-scenario board pack read back with exceljs: every number against the engine, the
// live formulas, formats, frozen headers, tables, print setup, properties and hostile text.
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  BENCHMARKS, CAPABILITIES, compareScenarios, findPitfalls, phaseIndex, projectScenario, riskTimelines, sensitivity,
  simulateScenario, type Projection, type SimulationResult
} from '../../src/core'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { toolCostQuantiles } from '../../src/core/toolUncertainty'
import { buildBoardPack, SHEET_NAMES } from '../../src/boardpack'
import {
  columnWith, formulaOf, GENERATED_AT, hostileScenario, MALICIOUS_NAME, readWorkbook, resultOf, rowWith,
  SAMPLES, SEED, sheet, sheetPart, unzip
} from './helpers'

const HEADER_ROW = 4
/** A4 landscape inside the margins, in points. */
const A4_LANDSCAPE_WIDTH = 841.89 - 0.8 * 72
const letter = (column: number) => String.fromCharCode(64 + column)

let pack: Buffer
let workbook: ExcelJS.Workbook
let projection: Projection
let simulation: SimulationResult
const progress: [number, string][] = []

beforeAll(async () => {
  pack = await buildBoardPack([LEGACY_DATAFLOW], {
    generatedAt: GENERATED_AT, seed: SEED, samples: SAMPLES,
    onProgress: (fraction, stage) => progress.push([fraction, stage])
  })
  workbook = await readWorkbook(pack)
  projection = projectScenario(LEGACY_DATAFLOW)
  simulation = simulateScenario(LEGACY_DATAFLOW, { seed: SEED, samples: SAMPLES })
})

describe('the board pack for one scenario', () => {
  it('has the sheets people and scripts look for, in order, without Comparison or Actuals', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(
      ['Summary', 'Analysis', 'Benchmarks', 'Quarterly Plan', 'Hiring', 'Tools', 'Maturity', 'Capability Plan', 'Capability Map', 'Risks', 'Assumptions'])
  })

  it('reports progress from simulating to a finished workbook', () => {
    expect(progress[0]).toEqual([0, 'simulating'])
    expect(progress.at(-1)).toEqual([1, 'writing'])
    const fractions = progress.map(([f]) => f)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
  })

  it('carries document properties', () => {
    expect(workbook.creator).toBe('Rampart')
    expect(workbook.title).toBe('Security board pack: DataFlow AI - Base')
    expect(workbook.created.toISOString()).toBe(GENERATED_AT.toISOString())
  })
})

describe('the Quarterly Plan sheet', () => {
  let ws: ExcelJS.Worksheet
  const col: Record<string, number> = {}
  beforeAll(() => {
    ws = sheet(workbook, SHEET_NAMES.plan)
    for (const [key, header] of Object.entries({
      quarter: 'Quarter', year: 'Plan year (#)', headcount: 'Headcount (employees)', orgPhase: 'Org phase',
      revenue: 'Revenue (USD/quarter)',
      percent: 'Budget (% of revenue)', budget: 'Budget (USD/quarter)', people: 'People (USD/quarter)',
      tools: 'Tools (USD/quarter)', programs: 'Programs (USD/quarter)', total: 'Total (USD/quarter)',
      variance: 'Variance (USD/quarter)', utilization: 'Utilization (% of budget)',
      fte: 'Security FTE (people)', per100: 'FTE per 100 employees', gap: 'Maturity gap (phases)', p10: 'P10 total (USD/quarter)',
      p50: 'P50 total (USD/quarter)', p90: 'P90 total (USD/quarter)', range: 'P10–P90 range (USD/quarter)',
      overrun: 'P(overrun) (% chance)'
    })) col[key] = columnWith(ws, HEADER_ROW, header)
  })

  it('has a row per quarter whose numbers are the engine\'s', () => {
    for (const q of projection.quarters) {
      const row = HEADER_ROW + 1 + q.quarter
      const cell = (key: string) => ws.getCell(row, col[key])
      expect(cell('quarter').value).toBe(q.label)
      expect(cell('headcount').value).toBe(q.headcount)
      expect(cell('year').value).toBe(Math.floor(q.quarter / 4) + 1)
      expect(cell('revenue').value).toBe(q.revenue)
      expect(resultOf(cell('percent'))).toBe(q.budgetPercent / 100)
      expect(resultOf(cell('budget'))).toBe(q.budget)
      expect(resultOf(cell('people')) ?? 0).toBe(q.people)
      expect(resultOf(cell('tools')) ?? 0).toBe(q.tools)
      expect(cell('programs').value).toBe(q.programs)
      expect(resultOf(cell('total'))).toBe(q.total)
      expect(resultOf(cell('variance'))).toBe(q.variance)
      expect(resultOf(cell('utilization'))).toBe(q.utilization ?? '')
      expect(resultOf(cell('fte'))).toBe(q.securityFte)
      expect(cell('gap').value).toBe(q.maturityGap)
      const u = simulation.quarters[q.quarter]
      expect([cell('p10').value, cell('p50').value, cell('p90').value, cell('overrun').value])
        .toEqual([u.p10, u.p50, u.p90, u.overrunProbability])
      // The width of the band the budget chart shades, live over the P10 and P90 cells.
      expect(formulaOf(cell('range'))).toBe(`${letter(col.p90)}${row}-${letter(col.p10)}${row}`)
      // exceljs reads a cached 0 back as no result.
      expect((cell('range').value as { result?: number }).result ?? 0).toBe(u.p90 - u.p10)
    }
  })

  it('computes budget %, budget, people, tools, total, variance, utilization and FTE with live formulas', () => {
    const assumptions = sheet(workbook, SHEET_NAMES.assumptions)
    const inputRow = (input: string) => rowWith(assumptions, input, 2)
    const minimum = `Assumptions!$C$${inputRow('Minimum annual budget')}`
    const growth = `Assumptions!$C$${inputRow('Salary growth')}`
    const budgetRows = `Assumptions!$B$${inputRow('Budget in Ad Hoc')}:$C$${inputRow('Budget in World-Class')}`
    const hires = LEGACY_DATAFLOW.hires!.length
    const hiring = (column: string) => `Hiring!$${column}$5:$${column}$${4 + hires}`
    const tools = (column: string) => `Tools!$${column}$5:$${column}$${4 + LEGACY_DATAFLOW.tools!.length}`
    for (const q of projection.quarters) {
      const r = HEADER_ROW + 1 + q.quarter
      const L = (key: string) => `${letter(col[key])}${r}`
      expect(formulaOf(ws.getCell(r, col.percent))).toBe(`VLOOKUP("Budget in "&${L('orgPhase')},${budgetRows},2,FALSE)`)
      expect(formulaOf(ws.getCell(r, col.budget))).toBe(`MAX(${L('revenue')}*${L('percent')},${minimum}/4)`)
      const onTeam = `(${hiring('D')}<=${L('quarter')})*((${hiring('E')}="")+(${hiring('E')}>${L('quarter')}))`
      expect(formulaOf(ws.getCell(r, col.people)))
        .toBe(`SUMPRODUCT(${hiring('G')}*${onTeam})/4*(1+${growth})^(${L('year')}-1)`)
      expect(formulaOf(ws.getCell(r, col.fte))).toBe(`SUMPRODUCT(${hiring('C')}*${onTeam})`)
      expect(formulaOf(ws.getCell(r, col.tools)))
        .toBe(`SUMPRODUCT((${tools('B')}<=${L('quarter')})*(${tools('F')}+${tools('G')}*${L('headcount')}))/4`)
      expect(formulaOf(ws.getCell(r, col.total))).toBe(`SUM(${L('people')}:${L('programs')})`)
      expect(formulaOf(ws.getCell(r, col.variance))).toBe(`${L('budget')}-${L('total')}`)
      expect(formulaOf(ws.getCell(r, col.utilization))).toBe(`IF(${L('budget')}=0,"",${L('total')}/${L('budget')})`)
      expect(formulaOf(ws.getCell(r, col.per100))).toBe(`IF(${L('headcount')}=0,"",${L('fte')}/${L('headcount')}*100)`)
      // Evaluated by hand from the cells they name, the simple formulas give the cached values
      // (the LibreOffice test recalculates them all).
      const value = (key: string) => (resultOf(ws.getCell(r, col[key])) ?? 0) as number
      const budget = Math.max(ws.getCell(r, col.revenue).value as number * value('percent'),
        (assumptions.getCell(minimum.split('$').slice(-2).join('')).value as number) / 4)
      expect(budget).toBeCloseTo(q.budget, 6)
      expect(value('people') + value('tools') + value('programs')).toBeCloseTo(q.total, 6)
    }
  })

  it('styles inputs, formulas and computed values apart, with a legend that says which is which', () => {
    const r = HEADER_ROW + 1
    const color = (key: string) => ws.getCell(r, col[key]).font?.color?.argb
    for (const key of ['headcount', 'revenue', 'programs', 'p10', 'overrun']) expect(color(key), key).toBe('FF808080')
    for (const key of ['percent', 'budget', 'people', 'total', 'variance']) expect(color(key), key).not.toBe('FF808080')
    const legend = (ws.getCell('B3').value as { richText: { text: string }[] }).richText.map((t) => t.text).join('')
    expect(legend).toBe('Inputs (blue) are on Assumptions, Hiring and Tools: edit them there · Formulas (black): recalculate · ' +
      'Values (grey): computed by Rampart, do not recalculate')
    const assumptions = sheet(workbook, SHEET_NAMES.assumptions)
    const growth = assumptions.getCell(rowWith(assumptions, 'Salary growth', 2), 3)
    expect(growth.font?.color?.argb).toBe('FF0000FF')
    expect((growth.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFF2CC')
    const hiring = sheet(workbook, SHEET_NAMES.hiring)
    const cost = hiring.getCell(HEADER_ROW + 1, columnWith(hiring, HEADER_ROW, 'Annual cost per person (USD/year)'))
    expect(cost.font).toEqual(growth.font)
    expect(cost.fill).toEqual(growth.fill)
  })

  it('totals the horizon below the table with formulas', () => {
    const totals = rowWith(ws, 'Horizon')
    expect(totals).toBe(HEADER_ROW + projection.quarters.length + 1)
    const sum = (pick: (q: Projection['quarters'][number]) => number) =>
      projection.quarters.reduce((s, q) => s + pick(q), 0)
    expect(formulaOf(ws.getCell(totals, col.total))).toBe(`SUM(${letter(col.total)}5:${letter(col.total)}${totals - 1})`)
    expect(resultOf(ws.getCell(totals, col.total))).toBeCloseTo(sum((q) => q.total), 4)
    expect(resultOf(ws.getCell(totals, col.budget))).toBeCloseTo(sum((q) => q.budget), 4)
  })

  it('formats money in the scenario currency and ratios as percentages, with units in headers', () => {
    const r = HEADER_ROW + 1
    for (const key of ['revenue', 'budget', 'people', 'tools', 'programs', 'total', 'variance', 'p10', 'p90', 'range']) {
      expect(ws.getCell(r, col[key]).numFmt).toBe('"$"#,##0;[Red]-"$"#,##0')
    }
    expect(ws.getCell(r, col.percent).numFmt).toBe('0.0%')
    expect(ws.getCell(r, col.utilization).numFmt).toBe('0%')
    expect(ws.getCell(r, col.overrun).numFmt).toBe('0%')
    const headers = (ws.getRow(HEADER_ROW).values as unknown[]).filter((v) => typeof v === 'string') as string[]
    const unitless = headers.filter((h) => !/\(.+\)/.test(h))
    expect(unitless).toEqual(['Quarter', 'Org phase', 'FTE per 100 employees', 'Achieved maturity phase'])
  })

  it('freezes the header rows and the quarter column', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW })
  })

  it('highlights overrun quarters with conditional formatting on the variance', async () => {
    const parts = await unzip(pack)
    const xml = sheetPart(parts, workbook, SHEET_NAMES.plan)
    expect(xml).toContain(`<conditionalFormatting sqref="A5:V${HEADER_ROW + projection.quarters.length}">`)
    expect(xml).toContain(`<formula>$${letter(col.variance)}5&lt;0</formula>`)
    const overruns = projection.quarters.filter((q) => q.variance < 0)
    expect(overruns.length).toBeGreaterThan(0)
  })

  it('prints across pages at a readable size, each with the header row and the quarter column', async () => {
    // Twenty-two columns: three A4 pages across at over 85%, where one page would print at under half size.
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 3, fitToHeight: 0, pageOrder: 'overThenDown',
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`, printTitlesColumn: 'A:A'
    })
    const width = ws.columns.reduce((sum, column) => sum + (column.width ?? 9), 0) * 7
    expect((3 * A4_LANDSCAPE_WIDTH) / (width + 2 * 7 * (ws.getColumn(1).width ?? 9))).toBeGreaterThan(0.85)
    expect(ws.headerFooter.oddHeader).toContain('DataFlow AI - Base')
    expect(ws.headerFooter.oddFooter).toContain('Generated 2026-11-27')
    expect(ws.headerFooter.oddFooter).toContain('Page &P of &N')
    const workbookXml = (await unzip(pack)).get('xl/workbook.xml')!
    const index = workbook.worksheets.findIndex((sheet) => sheet.name === SHEET_NAMES.plan)
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">` +
      "&apos;Quarterly Plan&apos;!$A:$A,&apos;Quarterly Plan&apos;!$4:$4</definedName>")
  })

  it('keeps the title, subtitle and legend out of the quarter column, which prints on every page, and within the first page', () => {
    for (let row = 1; row < HEADER_ROW; row++) expect(ws.getCell(row, 1).value, `A${row}`).toBeNull()
    expect(ws.getCell('B1').value).toBe('Quarterly plan: DataFlow AI - Base')
    expect(ws.getCell('B2').value).toContain('simulated samples (seed 424242)')
    // Wrapped within the columns of the first third of the sheet, which the first of three pages prints.
    const widths = ws.columns.map((column) => column.width ?? 9)
    const share = widths.reduce((a, b) => a + b, 0) / (ws.pageSetup.fitToWidth ?? 1)
    const lastOnFirstPage = widths.findIndex((_, i) => widths.slice(0, i + 1).reduce((a, b) => a + b, 0) > share)
    expect(lastOnFirstPage).toBeGreaterThan(5)
    for (const row of [2, 3]) {
      expect(ws.getCell(row, lastOnFirstPage).isMerged, `row ${row}`).toBe(true)
      expect(ws.getCell(row, lastOnFirstPage + 1).isMerged, `row ${row}`).toBe(false)
      expect(ws.getCell(row, 2).alignment).toMatchObject({ wrapText: true })
    }
  })
})

describe('every sheet', () => {
  it('prints on A4 by default, fitted to the width or at a set scale, within a print area, with a header and footer, and data sheets freeze their headers', () => {
    for (const ws of workbook.worksheets) {
      const pagesAcross = ws.name === SHEET_NAMES.plan ? 3 : ws.name === SHEET_NAMES.tools ? 2 : 1
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, orientation: 'landscape' })
      // Fitted to the width, or, where a first page must fit (Summary) or manual page breaks must be
      // kept while a short last page is avoided, at a fixed scale.
      if (ws.name === SHEET_NAMES.summary || !ws.pageSetup.fitToPage) {
        expect(ws.pageSetup, ws.name).toMatchObject({ fitToPage: false })
        expect(ws.pageSetup.scale, ws.name).toBeGreaterThanOrEqual(65)
      } else {
        expect(ws.pageSetup, ws.name).toMatchObject({ fitToWidth: pagesAcross })
      }
      expect(ws.pageSetup.printArea, ws.name).toMatch(/^A1:[A-Z]+\d+$/)
      expect(ws.headerFooter.oddFooter, ws.name).toContain('&P')
      if (ws.name !== SHEET_NAMES.summary && ws.name !== SHEET_NAMES.analysis) expect(ws.views[0]?.state, ws.name).toBe('frozen')
    }
  })

  it('print on US Letter when asked', async () => {
    const letter = await readWorkbook(await buildBoardPack([LEGACY_DATAFLOW], { samples: 100, paper: 'letter' }))
    for (const ws of letter.worksheets) expect(ws.pageSetup.paperSize, ws.name).toBe(1)
  })

  it('holds data in Excel tables with filter buttons', async () => {
    const parts = await unzip(pack)
    const tables = [...parts.entries()].filter(([path]) => path.startsWith('xl/tables/'))
    const names = tables.map(([, xml]) => /name="([^"]+)"/.exec(xml)![1])
    expect(names.sort()).toEqual(['AssumptionList', 'CapabilityPlan', 'HiringPlan', 'MaturityByQuarter',
      'QuarterlyPlan', 'ResidualRiskByQuarter', 'RiskRegister', 'ToolPlan'])
    for (const [, xml] of tables) expect(xml).toContain('<autoFilter ref=')
  })
})

describe('the Summary sheet', () => {
  const comparison = () => compareScenarios([LEGACY_DATAFLOW], { seed: SEED, samples: SAMPLES })
  const tileValue = (ws: ExcelJS.Worksheet, label: string) => {
    for (let c = 1; c <= 14; c++) if (ws.getCell(5, c).value === label) return ws.getCell(6, c)
    throw new Error(`no tile ${label}`)
  }

  it('names the scenario, the horizon and the date', () => {
    const ws = sheet(workbook, SHEET_NAMES.summary)
    expect(ws.getCell('A1').value).toBe('Security plan: DataFlow AI - Base')
    expect(ws.getCell('A2').value).toContain('2027-Q1 – 2031-Q4 (20 quarters)')
    expect(ws.getCell('A2').value).toContain('generated 2026-11-27')
  })

  it('shows the KPI tiles with the engine\'s values, totals as formulas over the plan, money in millions', () => {
    const ws = sheet(workbook, SHEET_NAMES.summary)
    const kpis = comparison().scenarios[0].kpis
    const plan = sheet(workbook, SHEET_NAMES.plan)
    const range = (header: string) => {
      const column = letter(columnWith(plan, HEADER_ROW, header))
      return `'Quarterly Plan'!$${column}$5:$${column}$24`
    }
    const total = tileValue(ws, 'Total spend over the horizon')
    expect(formulaOf(total)).toBe(`SUM(${range('Total (USD/quarter)')})`)
    expect(resultOf(total)).toBe(kpis.totalSpend)
    // $17.9M in the tile; the exact amount under it, as in the tables.
    expect(total.numFmt).toBe('[>=1000000]"$"0.0,,"M";[>=1000]"$"0,"K";"$"0')
    expect(ws.getCell(7, 1).value).toBe(`$${Math.round(kpis.totalSpend).toLocaleString('en-US')} over 20 quarters`)
    const used = tileValue(ws, 'Budget used over the horizon')
    expect(formulaOf(used)).toBe(`IF(SUM(${range('Budget (USD/quarter)')})=0,"",SUM(${range('Total (USD/quarter)')})/SUM(${range('Budget (USD/quarter)')}))`)
    expect(resultOf(used)).toBeCloseTo(kpis.totalSpend / kpis.totalBudget, 12)
    expect(used.numFmt).toBe('0%')
    expect(ws.getCell(7, 3).value).toMatch(/^The plan uses \$17\.9M of a \$31\.1M budget; most in 2029-Q1 \(104%\)$/)
    const percent = tileValue(ws, 'Average % of revenue')
    expect(resultOf(percent)).toBeCloseTo(kpis.averagePercentOfRevenue! / 100, 12)
    expect(percent.numFmt).toBe('0.00%')
    expect(resultOf(tileValue(ws, 'Quarters over budget'))).toBe(kpis.quartersOverBudget)
    expect(formulaOf(tileValue(ws, 'Quarters over budget'))).toBe(`COUNTIF(${range('Variance (USD/quarter)')},"<0")`)
    expect(tileValue(ws, 'Peak maturity gap (phases)').value).toBe(kpis.peakMaturityGap)
    expect(tileValue(ws, 'Peak P(overrun)').value).toBe(kpis.peakOverrunProbability)
    const reached = ws.getCell(7, 7).value as string
    expect(reached).toContain(`Foundation ${kpis.maturityPhaseReached.foundation}`)
    expect(reached).toContain(`Growth ${kpis.maturityPhaseReached.growth}`)
  })

  it('names each step of the budget line under the chart', () => {
    const ws = sheet(workbook, SHEET_NAMES.summary)
    const note = allText(ws).split('\n').find((text) => text.startsWith('Budget envelope'))
    // The default plan steps from Foundation's 3% to Growth's 4% to Optimization's 6%.
    expect(note).toBe('Budget envelope steps with the org phase: 3% of revenue (Foundation) from 2027-Q1; ' +
      '2027-Q3 → 4% (Growth); 2030-Q3 → 6% (Optimization).')
  })

  it('shows what drives spend on Analysis: the top ten drivers with a chart after', () => {
    const ws = sheet(workbook, SHEET_NAMES.analysis)
    const result = sensitivity(LEGACY_DATAFLOW)
    const top = result.drivers.filter((d) => d.swing > 0).slice(0, 10)
    const full = rowWith(ws, 'What drives spend') + 3
    expect(ws.getCell(full - 1, 1).value).toBe('Driver')
    for (const [start, count] of [[full, 10]]) {
      top.slice(0, count).forEach((d, i) => {
        const row = start + i
        expect(ws.getCell(row, 1).value).toBe(d.label)
        expect(ws.getCell(row, 5).value).toBe(d.lowSetting)
        // The change in headroom (budget − total), so revenue, which moves the budget, is not a 0.
        expect(ws.getCell(row, 7).value).toBe(d.lowHeadroomChange)
        expect(ws.getCell(row, 9).value).toBe(d.highSetting)
        expect(ws.getCell(row, 11).value).toBe(d.highHeadroomChange)
        expect(formulaOf(ws.getCell(row, 13))).toBe(`ABS(K${row}-G${row})`)
        expect(resultOf(ws.getCell(row, 13))).toBe(d.swing)
      })
      expect(ws.getCell(start + count, 1).value).not.toBe(top[count]?.label ?? 'none')
    }
  })
  it('sets the average % of revenue against the 2–8% band and the cited peer benchmarks on Analysis', () => {
    const ws = sheet(workbook, SHEET_NAMES.analysis)
    const texts = allText(ws)
    expect(texts).toContain('2.00% – 8.00%')
    for (const b of BENCHMARKS.filter((x) => x.metric === 'percentOfRevenue')) {
      const row = rowWith(ws, b.label)
      expect(ws.getCell(row, 7).value).toBe(b.value / 100)
      expect(ws.getCell(row, 9).value).toBe(b.source)
      expect(ws.getCell(row, 14).value).toBe(b.year)
    }
  })

  it('lists the top warnings on Analysis with their quarters, critical first', () => {
    const ws = sheet(workbook, SHEET_NAMES.analysis)
    const pitfalls = findPitfalls(LEGACY_DATAFLOW, projection)
    const first = rowWith(ws, 'Severity') + 1
    const critical = pitfalls.find((p) => p.severity === 'critical')!
    expect(ws.getCell(first, 1).value).toBe('Critical')
    expect(ws.getCell(first, 2).value).toBe(critical.title)
    expect(ws.getCell(first, 4).value).toBe(critical.quarters)
    for (const p of pitfalls.slice(0, 5)) expect(allText(ws)).toContain(p.quarters)
  })
})

describe('the Analysis of a plan with more warnings than the top list holds', () => {
  // Every phase's budget below the 2–8% band: a warning for each, on top of the plan's own.
  const underfunded = {
    ...LEGACY_DATAFLOW,
    budget: { mode: 'byPhase' as const, percent: { adhoc: 1, foundation: 1, growth: 1.5, optimization: 1.5, worldclass: 1.5 } }
  }
  let ws: ExcelJS.Worksheet
  let summaryXml: string
  let pitfalls: ReturnType<typeof findPitfalls>
  beforeAll(async () => {
    const buffer = await buildBoardPack([underfunded], { generatedAt: GENERATED_AT, samples: 100 })
    const book = await readWorkbook(buffer)
    ws = sheet(book, SHEET_NAMES.analysis)
    summaryXml = sheetPart(await unzip(buffer), book, SHEET_NAMES.analysis)
    pitfalls = findPitfalls(underfunded, projectScenario(underfunded))
  })

  it('says how many more warnings there are and where they are listed', () => {
    expect(pitfalls.length).toBeGreaterThan(8)
    const more = pitfalls.length - 8
    const note = allText(ws).split('\n').find((text) => text.startsWith('The 8 most important'))
    expect(note).toBe(`The 8 most important of ${pitfalls.length} warnings. The other ${more} ${more === 1 ? 'is' : 'are'} ` +
      'listed under "Other warnings" at the end of this sheet, on its last printed page.')
    expect(rowWith(ws, `Other warnings (${more} more)`)).toBeGreaterThan(rowWith(ws, 'Top warnings'))
  })

  it('lists every warning once, between the top list and the rest, the rest on a page of its own', () => {
    const listed: string[] = []
    ws.eachRow((row) => {
      const severity = row.getCell(1).value
      if (severity === 'Critical' || severity === 'Warning') listed.push(`${row.getCell(2).value} ${row.getCell(4).value}`)
    })
    expect(listed.sort()).toEqual(pitfalls.map((p) => `${p.title} ${p.quarters}`).sort())
    // A page break after the row before the section: it starts the last printed page.
    const other = rowWith(ws, `Other warnings (${pitfalls.length - 8} more)`)
    const breaks = [...summaryXml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))
    expect(breaks.at(-1)).toBe(other - 1)
  })
})

describe('the Analysis of a plan with few warnings', () => {
  it('lists them all, without a note about more', () => {
    const ws = sheet(workbook, SHEET_NAMES.analysis)
    const count = findPitfalls(LEGACY_DATAFLOW, projection).length
    expect(count).toBeLessThanOrEqual(8)
    expect(allText(ws)).not.toContain('Other warnings')
    expect(allText(ws)).not.toContain('most important of')
  })
})

describe('the detail sheets', () => {
  it('Hiring costs add up to the people line of the projection, each hire\'s cost a formula over the plan\'s quarters', () => {
    const ws = sheet(workbook, SHEET_NAMES.hiring)
    const totals = rowWith(ws, 'Total')
    const cost = columnWith(ws, HEADER_ROW, 'Cost over the plan (USD, with salary growth)')
    expect(resultOf(ws.getCell(totals, cost)))
      .toBeCloseTo(projection.quarters.reduce((s, q) => s + q.people, 0), 4)
    expect(totals - HEADER_ROW - 1).toBe(LEGACY_DATAFLOW.hires!.length)
    const growth = `Assumptions!$C$${rowWith(sheet(workbook, SHEET_NAMES.assumptions), 'Salary growth', 2)}`
    const quarters = "'Quarterly Plan'!$A$5:$A$24"
    expect(formulaOf(ws.getCell(HEADER_ROW + 1, cost))).toBe(
      `SUMPRODUCT((${quarters}>=D5)*((${quarters}<E5)+(E5=""))*(1+${growth})^('Quarterly Plan'!$B$5:$B$24-1))*G5/4`)
  })

  it('Hiring keeps one line a hire and lists what each helps deliver below the table', () => {
    const ws = sheet(workbook, SHEET_NAMES.hiring)
    const totals = rowWith(ws, 'Total')
    for (let r = HEADER_ROW + 1; r < totals; r++) expect(ws.getRow(r).height, `row ${r}`).toBeUndefined()
    const section = rowWith(ws, 'Capabilities each hire helps deliver (planned quarter)')
    expect(section).toBeGreaterThan(totals)
    const header = section + 2
    expect(ws.getCell(header, 3).value).toBe('Capabilities it helps deliver (planned quarter)')
    expect(ws.getCell(header + 1, 1).value).toBe(1)
    expect(ws.getCell(header + 1, 3).value).toContain('First security hire (2027-Q1)')
    // Wide enough to print at a readable size: the whole sheet is at most about a page wide at 100%.
    const width = ws.columns.reduce((sum, column) => sum + (column.width ?? 9), 0)
    expect(width).toBeLessThan(190)
    // One page: no title rows, which would also head the capabilities on a page of their own.
    expect(ws.pageSetup.printTitlesRow).toBeUndefined()
  })

  it('Tools shows each line\'s P10/P50/P90 and costs that add up to the tools line', () => {
    const ws = sheet(workbook, SHEET_NAMES.tools)
    const p10 = columnWith(ws, HEADER_ROW, 'P10 (USD/year)')
    const category = columnWith(ws, HEADER_ROW, 'Category')
    const siem = LEGACY_DATAFLOW.tools!.find((t) => t.tool === 'siem')!
    const row = rowWith(ws, 'SIEM', category)
    const q = toolCostQuantiles(siem)
    expect([ws.getCell(row, p10).value, ws.getCell(row, p10 + 1).value, ws.getCell(row, p10 + 2).value])
      .toEqual([q.p10, q.p50, q.p90])
    const totals = rowWith(ws, 'Total')
    const cost = columnWith(ws, HEADER_ROW, 'Cost over the plan (USD)')
    expect(resultOf(ws.getCell(totals, cost))).toBeCloseTo(projection.quarters.reduce((s, x) => s + x.tools, 0), 4)
  })

  it('Tools says when the plan counts on the low end of a range whose median is higher', () => {
    const ws = sheet(workbook, SHEET_NAMES.tools)
    const note = columnWith(ws, HEADER_ROW, 'Chosen point against the median')
    const category = columnWith(ws, HEADER_ROW, 'Category')
    const line = LEGACY_DATAFLOW.tools!.find((t) => t.tool === 'compliance-automation')!
    expect(line.point).toBe('low')
    const median = toolCostQuantiles(line).p50
    expect(ws.getCell(rowWith(ws, 'Compliance automation', category), note).value)
      .toBe(`Plan uses the low end; median $${Math.round(median / 1000)}K`)
    // A mid point of a symmetric range is the median: nothing to say.
    expect(ws.getCell(rowWith(ws, 'SIEM', category), note).value).toBe('')
  })

  it('Maturity shows phase scores, org phase and achieved phase per quarter', () => {
    const ws = sheet(workbook, SHEET_NAMES.maturity)
    const growth = columnWith(ws, HEADER_ROW, 'Growth (% of 21 in place)')
    const org = columnWith(ws, HEADER_ROW, 'Org phase index (0–4)')
    const achieved = columnWith(ws, HEADER_ROW, 'Achieved phase index (0–4)')
    for (const q of projection.quarters) {
      const row = HEADER_ROW + 1 + q.quarter
      expect(ws.getCell(row, growth).value).toBe(q.phaseScores.growth)
      expect(ws.getCell(row, org).value).toBe(phaseIndex(q.orgPhase))
      expect(ws.getCell(row, achieved).value).toBe(phaseIndex(q.maturityPhase))
    }
  })

  it('Maturity greys the phases not yet due at the organisation\'s size and colours only the due ones', async () => {
    const ws = sheet(workbook, SHEET_NAMES.maturity)
    const phases = ['foundation', 'growth', 'optimization', 'worldclass'] as const
    const columns = ['Foundation (% of 14 in place)', 'Growth (% of 21 in place)', 'Optimization (% of 6 in place)',
      'World-Class (% of 7 in place)'].map((header) => columnWith(ws, HEADER_ROW, header))
    const due = new Set<string>()
    for (const q of projection.quarters) {
      const row = HEADER_ROW + 1 + q.quarter
      phases.forEach((id, k) => {
        const isDue = phaseIndex(q.orgPhase) >= phaseIndex(id)
        const fill = ws.getCell(row, columns[k]).fill as { fgColor?: { argb?: string } } | undefined
        expect(fill?.fgColor?.argb, `${id} in ${q.label}`).toBe(isDue ? undefined : 'FFE7E6E6')
        if (isDue) due.add(`${letter(columns[k])}${row}`)
      })
    }
    // World-Class is never due for a 1,400-person company; Foundation is due from the first quarter.
    expect([...due].some((cell) => cell.startsWith(letter(columns[3])))).toBe(false)
    expect(due.has(`${letter(columns[0])}${HEADER_ROW + 1}`)).toBe(true)
    const xml = sheetPart(await unzip(pack), workbook, SHEET_NAMES.maturity)
    const sqref = /<conditionalFormatting sqref="([^"]+)"><cfRule type="colorScale"/.exec(xml)![1]
    expect(new Set(sqref.split(' ').flatMap(cellsOfRange))).toEqual(due)
    const note = rowWith(ws, 'Quarter') + projection.quarters.length + 1
    expect(ws.getCell(note, 1).value).toContain('Grey: a phase above the organisation\'s phase in that quarter, not yet due')
  })

  it('Capability Plan lists every catalog capability with when it is in place and its prerequisites, its header on every page', () => {
    const ws = sheet(workbook, SHEET_NAMES.capabilityPlan)
    expect(ws.getCell(HEADER_ROW, 1).value).toBe('Capability')
    expect(ws.pageSetup.printTitlesRow).toBe(`${HEADER_ROW}:${HEADER_ROW}`)
    const planned = new Map(LEGACY_DATAFLOW.capabilities!.map((c) => [c.id, c.quarter]))
    CAPABILITIES.forEach((capability, i) => {
      const row = HEADER_ROW + 1 + i
      expect(ws.getCell(row, 1).value).toBe(capability.name)
      const when = planned.get(capability.id)
      expect(ws.getCell(row, 4).value).toBe(when === undefined ? 'not planned' : projection.quarters[when].label)
    })
    // The Maturity sheet keeps the quarters alone, and says where the plan went.
    const maturity = sheet(workbook, SHEET_NAMES.maturity)
    expect(allText(maturity)).toContain('Every capability with its prerequisites: Capability Plan.')
  })

  it('Capability Map shows every capability by phase against the quarters: in place, missing where due, or not yet due', () => {
    const ws = sheet(workbook, SHEET_NAMES.capabilityMap)
    const quarters = projection.quarters
    expect(ws.getCell(HEADER_ROW, 3).value).toBe('2027-Q1')
    expect(ws.getCell(HEADER_ROW, 2 + quarters.length).value).toBe('2031-Q4')
    const planned = new Map(LEGACY_DATAFLOW.capabilities!.map((c) => [c.id, c.quarter]))
    const fillOf = (row: number, q: number) =>
      (ws.getCell(row, 3 + q).fill as { fgColor?: { argb?: string } }).fgColor?.argb
    let checked = 0
    for (const capability of CAPABILITIES) {
      const row = rowWith(ws, capability.name)
      expect(ws.getCell(row, 2).value).toBe(planned.has(capability.id)
        ? quarters[planned.get(capability.id)!].label : 'not planned')
      for (const q of quarters) {
        const inPlace = (planned.get(capability.id) ?? Infinity) <= q.quarter
        const due = phaseIndex(q.orgPhase) >= phaseIndex(capability.phase)
        expect(fillOf(row, q.quarter), `${capability.name} in ${q.label}`)
          .toBe(inPlace ? 'FF63BE7B' : due ? 'FFF8696B' : 'FFF2F2F2')
        checked++
      }
    }
    expect(checked).toBe(CAPABILITIES.length * quarters.length)
    // Grouped by phase: each group's row comes before its capabilities.
    expect(rowWith(ws, 'First security hire')).toBeGreaterThan(rowWith(ws, 'Foundation: 13 of 14 planned; due from 2027-Q1, when the organisation reaches it'))
    // One page wide, the quarters' header printed again on each page it runs on to.
    expect(ws.pageSetup).toMatchObject({ fitToWidth: 1, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` })
  })

  it('Risks shows the register and the residual risk by quarter', () => {
    const ws = sheet(workbook, SHEET_NAMES.risks)
    const timelines = riskTimelines(LEGACY_DATAFLOW)
    expect(ws.getCell(HEADER_ROW + 1, 1).value).toBe('Model theft / IP loss')
    expect(ws.getCell(HEADER_ROW + 1, 2).value).toBe('high')
    expect(ws.getCell(HEADER_ROW + 1, 3).value).toBe('critical')
    const header = rowWith(ws, 'Quarter')
    timelines.forEach((t, i) => {
      expect(ws.getCell(header, i + 2).value).toBe(t.risk.name)
      for (const q of t.quarters) expect(ws.getCell(header + 1 + q.quarter, i + 2).value).toBe(q.score)
    })
  })

  it('Assumptions lists every input with reference, derived or illustrative provenance and sources', () => {
    const ws = sheet(workbook, SHEET_NAMES.assumptions)
    const rows = (ws.getSheetValues() as unknown[][]).slice(HEADER_ROW + 1).filter(Boolean)
      .map((r) => ({ section: r[1], input: r[2], value: r[3], provenance: r[5], source: r[6] }))
    const find = (input: string) => rows.find((r) => r.input === input)
    expect(find('SIEM from 2027-Q4: low')).toMatchObject({ value: 50000, provenance: 'reference' })
    expect(find('EDR from 2027-Q2: per employee')).toMatchObject({ value: 60, provenance: 'illustrative' })
    // The per-phase percents are Rampart's reading of the blueprint's bands, not the blueprint's own.
    expect(find('Budget in Growth')).toMatchObject({ value: 0.04, provenance: 'derived' })
    // The catalog's CISO pay is base pay now, so the plan's fully loaded figure is its own input.
    expect(find('CISO ×1 from 2028-Q1')).toMatchObject({ value: 420000, provenance: 'scenario input' })
    // The default plan's price for a program of that name is its illustrative placeholder.
    expect(find('SOC 2 Type II audit (annual from 2028-Q1)')).toMatchObject({ value: 60000, provenance: 'illustrative' })
    expect(find('Penetration test (annual from 2027-Q3)')).toMatchObject({ value: 45000, provenance: 'scenario input' })
    const benchmark = rows.find((r) => r.section === 'Peer benchmarks' && r.value === 0.0069)
    expect(benchmark?.source).toBe('IANS/Artico Security Budget Benchmark 2024 (750+ CISOs), 2024')
    expect(rows.filter((r) => r.section === 'Capabilities')).toHaveLength(LEGACY_DATAFLOW.capabilities!.length)
  })
})

describe('user text', () => {
  let hostile: Buffer
  let book: ExcelJS.Workbook
  beforeAll(async () => {
    hostile = await buildBoardPack([hostileScenario()], { generatedAt: GENERATED_AT, seed: SEED, samples: 200 })
    book = await readWorkbook(hostile)
  })

  it('never becomes a formula or a link', async () => {
    expect(book.getWorksheet(SHEET_NAMES.summary)!.getCell('A1').value).toBe(`Security plan: ${MALICIOUS_NAME}`)
    const nameCell = findCell(book, MALICIOUS_NAME)!
    expect(nameCell.type).toBe(ExcelJS.ValueType.String)
    // Program names lead their Assumptions row, where a spreadsheet would evaluate them.
    for (const text of ['=1+1', '@SUM(A1:A2)', "+cmd|' /C calc'!A0"]) {
      expect(findCell(book, text)?.type, text).toBe(ExcelJS.ValueType.String)
    }
    for (const ws of book.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        expect(formulaOf(cell) ?? '').not.toMatch(/HYPERLINK|1\+1|cmd|@SUM/)
        expect(cell.type).not.toBe(ExcelJS.ValueType.Hyperlink)
      }))
    }
    const parts = await unzip(hostile)
    for (const [path, xml] of parts) {
      expect(xml, path).not.toContain('<hyperlink')
      expect(xml, path).not.toMatch(/<f>[^<]*HYPERLINK/)
    }
  })

  it('cannot inject control codes into print headers', () => {
    for (const ws of book.worksheets) {
      const header = ws.headerFooter.oddHeader!
      expect(header.startsWith('&L&"Calibri,Bold"')).toBe(true)
      const name = header.slice('&L&"Calibri,Bold"'.length, header.lastIndexOf('&R&A'))
      // Every ampersand from the name is doubled, so none starts a control code.
      expect(name.replace(/&&/g, '')).not.toContain('&')
      expect(name.replace(/&&/g, '&')).toBe(MALICIOUS_NAME)
    }
  })

  it('is formatted in the scenario currency', () => {
    const ws = book.getWorksheet(SHEET_NAMES.plan)!
    expect(ws.getCell(HEADER_ROW + 1, 7).numFmt).toBe('"€"#,##0;[Red]-"€"#,##0')
    expect(ws.getCell(HEADER_ROW, 7).value).toBe('Budget (EUR/quarter)')
  })

  it('uses a currency-code format for currencies without a known symbol', async () => {
    const chf = await readWorkbook(await buildBoardPack([{ ...LEGACY_DATAFLOW, currency: 'CHF' }], { samples: 100 }))
    expect(chf.getWorksheet(SHEET_NAMES.plan)!.getCell(HEADER_ROW + 1, 7).numFmt).toBe('[$CHF] #,##0;[Red]-[$CHF] #,##0')
  })
})

describe('reproducibility', () => {
  it('gives the same numbers for the same seed', async () => {
    const again = await readWorkbook(await buildBoardPack([LEGACY_DATAFLOW], { generatedAt: GENERATED_AT, seed: SEED, samples: SAMPLES }))
    const p50 = (book: ExcelJS.Workbook) => sheet(book, SHEET_NAMES.plan).getColumn(18).values
    expect(p50(again)).toEqual(p50(workbook))
  })
})

/** `H5:H7` -> H5, H6, H7 (one column). */
function cellsOfRange(range: string): string[] {
  const [, column, first, last] = /^([A-Z]+)(\d+):\1(\d+)$/.exec(range)!
  return Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) => `${column}${Number(first) + i}`)
}

function allText(ws: ExcelJS.Worksheet): string {
  const texts: string[] = []
  ws.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'string') texts.push(cell.value) }))
  return texts.join('\n')
}

/** The first cell whose text starts with `text`. */
function findCell(book: ExcelJS.Workbook, text: string): ExcelJS.Cell | undefined {
  let found: ExcelJS.Cell | undefined
  for (const ws of book.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      if (!found && typeof cell.value === 'string' && cell.value.startsWith(text)) found = cell
    }))
  }
  return found
}

describe('a bare scenario', () => {
  it('still makes a complete pack: one quarter, no revenue, no hires, tools, programs or capabilities', async () => {
    const bare = {
      format: 'rampart-scenario' as const, version: 2 as const, name: 'Bare', start: '2026-Q4', quarters: 1,
      headcount: [{ quarter: 0, value: 10 }], revenue: [{ quarter: 0, value: 0 }], budget: { mode: 'fixed' as const, fixedPercent: 4 }
    }
    const buffer = await buildBoardPack([bare], { samples: 50 })
    const book = await readWorkbook(buffer)
    expect(book.worksheets).toHaveLength(11)
    // exceljs reads a cached 0 or empty text back as no result, so look at the cells as written.
    const plan = sheetPart(await unzip(buffer), book, SHEET_NAMES.plan)
    expect(plan).toMatch(/<f>MAX\(E5\*F5,Assumptions!\$C\$\d+\/4\)<\/f><v>0<\/v>/)
    expect(plan).toMatch(/<c r="M5" s="\d+" t="str"><f>IF\(G5=0,&quot;&quot;,K5\/G5\)<\/f><v><\/v><\/c>/)
    // With no hires or tools, people, tools and security FTE are plain zeros, not formulas over nothing.
    expect(plan).toMatch(/<c r="H5" s="\d+"><v>0<\/v><\/c>/)
    expect(sheet(book, SHEET_NAMES.hiring).getCell(HEADER_ROW, 1).value).toBe('The scenario plans no hires.')
    expect(sheet(book, SHEET_NAMES.tools).getCell(HEADER_ROW, 1).value).toBe('The scenario plans no tools.')
    expect(sheet(book, SHEET_NAMES.summary).getCell('A2').value).toContain('2026-Q4 (1 quarters)')
  })
})

describe('a version 2 plan the formulas cannot follow', () => {
  it('holds the engine\'s budget % and people as values where the budget glides and pay carries overhead and fees', async () => {
    const doc = {
      ...LEGACY_DATAFLOW, budget: { mode: 'glide' as const }, peopleCosts: { overheadPercent: 25, recruitingFeePercent: 20 }
    }
    const book = await readWorkbook(await buildBoardPack([doc], { samples: 100 }))
    const ws = sheet(book, SHEET_NAMES.plan)
    const percent = columnWith(ws, HEADER_ROW, 'Budget (% of revenue)')
    const people = columnWith(ws, HEADER_ROW, 'People (USD/quarter)')
    const tools = columnWith(ws, HEADER_ROW, 'Tools (USD/quarter)')
    projectScenario(doc).quarters.forEach((q, i) => {
      expect(ws.getCell(HEADER_ROW + 1 + i, percent).value).toBe(q.budgetPercent / 100)
      expect(ws.getCell(HEADER_ROW + 1 + i, people).value).toBe(q.people)
      // Tools still follow their inputs.
      expect(formulaOf(ws.getCell(HEADER_ROW + 1 + i, tools))).toBeDefined()
    })
    const assumptions = sheet(book, SHEET_NAMES.assumptions)
    expect(assumptions.getCell(rowWith(assumptions, 'Overhead on pay (benefits, payroll tax, equity)', 2), 3).value).toBe(0.25)
    expect(assumptions.getCell(rowWith(assumptions, 'Budget mode', 2), 3).value).toBe('% of revenue gliding with headcount between phases')
  })
})
