// Comparison (several scenarios): KPIs side by side with live deltas against the first scenario,
// and the quarterly totals of all scenarios in one table and one chart.
import type { Cell, Worksheet } from 'exceljs'
import {
  absoluteQuarter, PHASE_IDS, phaseName, quarterRangeLabel, type Bridge, type NumericKpi, type PhaseId
} from '../../core'
import { CHART_TITLES, SCENARIO_COLORS } from '../charts/boardCharts'
import type { CellRange, PlacedChart } from '../charts/chartTypes'
import { fiscalYearShortDisplay } from '../fiscalYears'
import {
  columnLetter, freeze, pagesAcross, printableSize, printedWidth, setUpPrinting, writeNote, writeSection, writeTitle
} from '../layout'
import type { BoardPackModel, ScenarioReport } from '../model'
import { SHEET_NAMES } from '../sheetNames'
import {
  argb, COLORS, currencyAxisFormat, font, HEADER_ALIGNMENT, HEADER_FILL, HEADER_FONT, numberFormats, pointsFormat,
  signedCurrencyFormat, THIN_BORDER
} from '../styles'
import { pageBasics, type SheetContext } from '../sheetContext'

const NAME_WRAP = 18

interface KpiRow {
  label: string
  unit: (currency: string) => string
  /** The value as the cell holds it (percentages as fractions), or text. */
  value: (r: ScenarioReport) => number | string | null
  /** The engine's delta against the first scenario, in the delta cell's units. */
  delta: (i: number) => number | null
  numFmt: (currency: string) => string
  deltaNumFmt?: (currency: string) => string
  /** A percentage: its delta is a difference in percentage points, not a percentage. */
  points?: boolean
}

export function writeComparisonSheet(ws: Worksheet, ctx: SheetContext): PlacedChart[] {
  const { model } = ctx
  const reports = model.reports
  const base = reports[0]
  const kpiRows = comparisonKpis(model)

  writeTitle(ws, `Comparison: ${reports.length} scenarios against ${base.doc.name}`,
    `Deltas are each scenario minus the first (live formulas). All simulations share seed ${model.seed} ` +
    `and ${model.samples.toLocaleString('en-US')} samples, so differences come from the scenarios, not sampling noise.`)

  // Columns: KPI, unit, first scenario, then value and delta for each other scenario.
  const headerRow = 4
  const valueColumn = (i: number) => (i === 0 ? 3 : 2 + 2 * i)
  const headers: [number, string][] = [[1, 'Indicator'], [2, 'Unit']]
  reports.forEach((r, i) => {
    headers.push([valueColumn(i), r.doc.name])
    if (i > 0) headers.push([valueColumn(i) + 1, `Δ ${r.doc.name} vs first`])
  })
  writeHeaders(ws, headerRow, headers)

  kpiRows.forEach((kpi, k) => {
    const row = headerRow + 1 + k
    styleRow(ws, row, 1, valueColumn(reports.length - 1) + 1)
    ws.getCell(row, 1).value = kpi.label
    ws.getCell(row, 2).value = kpi.unit(base.currency)
    reports.forEach((r, i) => {
      const cell = ws.getCell(row, valueColumn(i))
      cell.value = kpi.value(r) ?? 'n/a'
      cell.numFmt = kpi.numFmt(r.currency)
      cell.alignment = { horizontal: 'right' }
      if (i === 0) return
      const deltaCell = ws.getCell(row, valueColumn(i) + 1)
      const delta = kpi.delta(i)
      deltaCell.alignment = { horizontal: 'right' }
      // The engine gives no money delta between currencies (compareScenarios), so null covers it.
      if (delta === null) {
        deltaCell.value = 'n/a'
      } else if (typeof kpi.value(r) === 'number' && typeof kpi.value(base) === 'number') {
        const difference = `${columnLetter(valueColumn(i))}${row}-${columnLetter(valueColumn(0))}${row}`
        deltaCell.value = { formula: kpi.points ? `(${difference})*100` : difference, result: delta }
        deltaCell.numFmt = (kpi.deltaNumFmt ?? kpi.numFmt)(r.currency)
      } else {
        // Quarter labels: the delta is a count of quarters, not a difference of cells.
        deltaCell.value = delta
        deltaCell.numFmt = '+0" quarters";-0" quarters";"same quarter"'
      }
    })
  })

  // Column widths: indicator, unit, then scenario values and deltas.
  const lastColumn = valueColumn(reports.length - 1) + 1
  ws.getColumn(1).width = Math.max(...kpiRows.map((k) => k.label.length)) + 3
  ws.getColumn(2).width = Math.max(8, ...kpiRows.map((k) => k.unit(base.currency).length)) + 3
  for (let c = 3; c <= lastColumn; c++) ws.getColumn(c).width = NAME_WRAP + 3

  // Page 1: the KPIs and their caveats, the fiscal years side by side, and the bridge from the
  // first scenario's total to each other one's.
  const notes = comparisonNotes(model)
  notes.forEach((note, i) => writeNote(ws, headerRow + kpiRows.length + 1 + i, note, 1, lastColumn))
  let row = headerRow + kpiRows.length + notes.length + 2
  row = writeFiscalYearDeltas(ws, row, model, valueColumn) + 2
  row = writeBridges(ws, row, model, valueColumn) + 1
  ws.getRow(row).addPageBreak()

  // Page 2: spend and budget of every scenario by quarter, as tall as the page allows. Page 3 on:
  // the quarterly table behind it.
  const pages = pagesAcross(ws, model.paper, 'landscape', lastColumn, 2)
  const scale = Math.min(1, (pages * printableSize(model.paper, 'landscape').width) /
    (printedWidth(ws, 1, lastColumn) + (pages - 1) * printedWidth(ws, 1, 2)))
  const chartTop = row + 1
  const chartRows = Math.floor(printableSize(model.paper, 'landscape').height / scale / 15) - 2
  const totalsSection = chartTop + chartRows
  ws.getRow(totalsSection - 1).addPageBreak()
  const nameCells = reports.map((_, i) => ({
    sheet: SHEET_NAMES.comparison, ref: `$${columnLetter(valueColumn(i))}$${headerRow}`
  }))
  const { charts, headerRows } = writeQuarterlyTotals(ws, model, totalsSection, chartTop, chartRows, nameCells)
  freeze(ws, headerRow + 1, 2)
  // The quarterly table's two header rows head every page it runs on to (title rows repeat only
  // from the page they are on, so the KPIs above keep their own); with many scenarios the sheet
  // splits across pages, the indicator and unit printed again on each.
  setUpPrinting(ws, {
    ...pageBasics(ctx), orientation: 'landscape', repeatRows: headerRows,
    ...(pages > 1 ? { pagesWide: { pages, repeatColumns: 2 } } : {})
  })
  return charts
}

/**
 * Total spend per fiscal year for every scenario, on the KPI table's columns: the first
 * scenario's budget and total, then each other scenario's total and its difference from the
 * first's (a live formula; none between currencies). Returns the last row written.
 */
function writeFiscalYearDeltas(
  ws: Worksheet, top: number, model: BoardPackModel, valueColumn: (i: number) => number
): number {
  const reports = model.reports
  const base = reports[0]
  writeSection(ws, top, 'Total spend by fiscal year')
  const headerRow = top + 1
  writeHeaders(ws, headerRow, [
    [1, 'Fiscal year'], [2, `Budget, ${base.doc.name}`],
    ...reports.flatMap((r, i): [number, string][] => [
      [valueColumn(i), `Total, ${r.doc.name}`], ...(i > 0 ? [[valueColumn(i) + 1, `Δ total vs first`] as [number, string]] : [])
    ])
  ])
  const labels = [...new Set(reports.flatMap((r) => r.fiscalYears.map((y) => y.label)))].sort()
  const byLabel = reports.map((r) => new Map(r.fiscalYears.map((y) => [y.label, y])))
  labels.forEach((label, k) => {
    const row = headerRow + 1 + k
    styleRow(ws, row, 1, valueColumn(reports.length - 1) + 1)
    const baseYear = byLabel[0].get(label)
    ws.getCell(row, 1).value = baseYear ? fiscalYearShortDisplay(baseYear) : label
    const budget = ws.getCell(row, 2)
    budget.value = baseYear?.budget ?? null
    budget.numFmt = numberFormats(base.currency).money
    reports.forEach((r, i) => {
      const year = byLabel[i].get(label)
      const cell = ws.getCell(row, valueColumn(i))
      cell.value = year?.total ?? null
      cell.numFmt = numberFormats(r.currency).money
      if (year && year.total > year.budget) cell.font = font({ color: argb(COLORS.red) })
      if (i === 0) return
      const delta = ws.getCell(row, valueColumn(i) + 1)
      delta.alignment = { horizontal: 'right' }
      if (r.currency !== base.currency) {
        delta.value = 'n/a'
      } else if (year && baseYear) {
        delta.value = {
          formula: `${columnLetter(valueColumn(i))}${row}-${columnLetter(valueColumn(0))}${row}`, result: year.total - baseYear.total
        }
        delta.numFmt = signedCurrencyFormat(r.currency)
      }
    })
  })
  const last = headerRow + labels.length
  writeNote(ws, last + 1, 'Totals in red exceed that scenario\'s budget for the year. Fiscal years are matched by name. ' +
    'Provenance: derived (Rampart\'s projection of each scenario).', 1, valueColumn(reports.length - 1) + 1)
  return last + 1
}

/**
 * The bridge from the first scenario's total spend over the horizon to each other one's, in the
 * KPI table's columns: people (timing: person-years in post; pay: cost per person-year),
 * recruiting fees, tools and programs. Each what-if's total is a live formula over the first's
 * total and the parts. Returns the last row written.
 */
function writeBridges(ws: Worksheet, top: number, model: BoardPackModel, valueColumn: (i: number) => number): number {
  const reports = model.reports
  writeSection(ws, top, 'Bridge: where each scenario\'s total differs from the first\'s')
  const headerRow = top + 1
  writeHeaders(ws, headerRow, [[1, 'Bridge'], [2, 'Unit'],
    ...reports.slice(1).map((r, i): [number, string] => [valueColumn(i + 1), r.doc.name])])
  const lines: [string, (b: Bridge) => number | null][] = [
    ['Total spend, first scenario', (b) => b.baseTotal],
    ['People: timing (person-years in post)', (b) => b.peopleTiming],
    ['People: pay (cost per person-year)', (b) => b.peoplePay],
    ['Recruiting fees', (b) => b.fees],
    ['Tools', (b) => b.tools],
    ['Programs', (b) => b.programs],
    ['Total spend, this scenario', () => null]
  ]
  const first = headerRow + 1
  const last = first + lines.length - 1
  lines.forEach(([label, pick], k) => {
    const row = first + k
    styleRow(ws, row, 1, valueColumn(reports.length - 1))
    ws.getCell(row, 1).value = label
    ws.getCell(row, 2).value = reports[0].currency
    reports.slice(1).forEach((report, i) => {
      const bridge = model.bridges[i + 1]
      const column = valueColumn(i + 1)
      const cell = ws.getCell(row, column)
      cell.alignment = { horizontal: 'right' }
      if (!bridge) {
        cell.value = 'n/a'
        return
      }
      const letter = columnLetter(column)
      const value = pick(bridge)
      cell.value = value ?? { formula: `${letter}${first}+SUM(${letter}${first + 1}:${letter}${last - 1})`, result: bridge.total }
      cell.numFmt = k === 0 || k === lines.length - 1 ? numberFormats(report.currency).money : signedCurrencyFormat(report.currency)
    })
  })
  const skipped = model.bridges.slice(1).filter((b) => b === null).length
  writeNote(ws, last + 1, 'Timing prices the change in person-years in post at the first scenario\'s cost per person-year; pay ' +
    'prices the change in cost per person-year over this scenario\'s person-years. The parts add up to the difference. ' +
    (skipped > 0 ? `${skipped} scenario${skipped === 1 ? ' is' : 's are'} in another currency: no exchange rate is assumed. ` : '') +
    'Provenance: derived.', 1, valueColumn(reports.length - 1) + 1)
  return last + 1
}

function comparisonKpis(model: BoardPackModel): KpiRow[] {
  const { deltas } = model.comparison
  const money = (c: string) => numberFormats(c).money
  const moneyDelta = { numFmt: money, deltaNumFmt: signedCurrencyFormat }
  const mixed = model.reports.some((r) => r.currency !== model.reports[0].currency)
  const currencyUnit = (c: string) => (mixed ? 'scenario currency' : c)
  const numeric = (key: NumericKpi, scale = 1) => (i: number) => {
    const d = deltas[i].values[key]
    return d === null ? null : d * scale
  }
  const rows: KpiRow[] = [
    { label: 'Total spend over the horizon', unit: currencyUnit, ...moneyDelta,
      value: (r) => r.kpis.totalSpend, delta: numeric('totalSpend') },
    { label: 'Total budget over the horizon', unit: currencyUnit, ...moneyDelta,
      value: (r) => r.kpis.totalBudget, delta: numeric('totalBudget') },
    { label: 'Total revenue over the horizon', unit: currencyUnit, ...moneyDelta,
      value: (r) => r.kpis.totalRevenue, delta: numeric('totalRevenue') },
    // The engine gives this one in percent, so its delta is already in points.
    { label: 'Average % of revenue', unit: () => '% of revenue', numFmt: () => '0.00%',
      points: true, deltaNumFmt: () => pointsFormat(2),
      value: (r) => r.kpis.averagePercentOfRevenue === null ? null : r.kpis.averagePercentOfRevenue / 100,
      delta: numeric('averagePercentOfRevenue') },
    { label: 'Quarters over budget', unit: () => 'quarters', numFmt: () => '0', deltaNumFmt: () => '+0;-0;0',
      value: (r) => r.kpis.quartersOverBudget, delta: numeric('quartersOverBudget') },
    { label: 'Peak maturity gap', unit: () => 'phases', numFmt: () => '0', deltaNumFmt: () => '+0;-0;0',
      value: (r) => r.kpis.peakMaturityGap, delta: numeric('peakMaturityGap') },
    // A probability from 0 to 1: times 100 for points.
    { label: 'Peak P(overrun)', unit: () => '% chance', numFmt: () => '0%',
      points: true, deltaNumFmt: () => pointsFormat(0),
      value: (r) => r.kpis.peakOverrunProbability, delta: numeric('peakOverrunProbability', 100) },
    { label: 'Headcount at the end', unit: () => 'employees', numFmt: () => '#,##0', deltaNumFmt: () => '+#,##0;-#,##0;0',
      value: (r) => r.kpis.endHeadcount, delta: numeric('endHeadcount') },
    { label: 'Security FTE at the end', unit: () => 'people', numFmt: () => '#,##0', deltaNumFmt: () => '+#,##0;-#,##0;0',
      value: (r) => r.kpis.endSecurityFte, delta: numeric('endSecurityFte') }
  ]
  for (const id of PHASE_IDS.slice(1) as PhaseId[]) {
    rows.push({
      label: `Security maturity reaches ${phaseName(id)}`, unit: () => 'quarter', numFmt: () => '@',
      value: (r) => r.kpis.maturityPhaseReached[id] ?? 'not reached',
      delta: (i) => deltas[i].maturityPhaseReached[id]
    })
  }
  return rows
}

/**
 * What a reader must know before comparing totals: scenarios in other currencies (no money deltas,
 * left out of the chart) and scenarios over other periods (their totals cover other quarters).
 */
function comparisonNotes(model: BoardPackModel): string[] {
  const reports = model.reports
  const base = reports[0]
  const notes: string[] = []
  const otherCurrency = reports.filter((r) => r.currency !== base.currency)
  if (otherCurrency.length > 0) {
    notes.push(`The scenarios use different currencies: money deltas are shown only between scenarios in the same currency, and ` +
      `the chart shows only those in ${base.currency}, the first scenario's. Not charted: ` +
      `${otherCurrency.map((r) => `${r.doc.name} (${r.currency})`).join('; ')}.`)
  }
  const period = (r: ScenarioReport) => `${quarterRangeLabel(r.doc.start, 0, r.doc.quarters - 1)} (${r.doc.quarters} quarters)`
  if (reports.some((r) => r.doc.start !== base.doc.start || r.doc.quarters !== base.doc.quarters)) {
    notes.push(`The scenarios cover different periods, so their totals over the horizon do too: ` +
      `${reports.map((r) => `${r.doc.name} ${period(r)}`).join('; ')}. Compare quarter by quarter below.`)
  }
  return notes
}

interface ScenarioColumns {
  spend: number
  budget: number
  /** Spend minus the first scenario's spend, where both are in the same currency. */
  delta: number | null
}

function writeQuarterlyTotals(
  ws: Worksheet, model: BoardPackModel, sectionRow: number, chartTop: number, chartRows: number, nameCells: readonly CellRange[]
): { charts: PlacedChart[]; headerRows: { from: number; to: number } } {
  const reports = model.reports
  const base = reports[0]
  writeSection(ws, sectionRow, 'Total spend and budget per quarter')
  const groupRow = sectionRow + 1
  const headerRow = sectionRow + 2

  // A group of columns per scenario: spend, budget and, after the first, the difference in spend.
  let next = 2
  const columns: ScenarioColumns[] = reports.map((r, i) => {
    const spend = next
    const delta = i > 0 && r.currency === base.currency ? spend + 2 : null
    next = spend + (i > 0 ? 3 : 2)
    return { spend, budget: spend + 1, delta }
  })
  ws.mergeCells(groupRow, 1, headerRow, 1)
  reports.forEach((_, i) => ws.mergeCells(groupRow, columns[i].spend, groupRow, columns[i].spend + (i > 0 ? 2 : 1)))
  writeHeaders(ws, groupRow, [[1, 'Quarter'], ...reports.map((r, i): [number, string] => [columns[i].spend, r.doc.name])])
  writeHeaders(ws, headerRow, reports.flatMap((r, i): [number, string][] => {
    const perQuarter = `${r.currency}/quarter`
    return [
      [columns[i].spend, `Spend (${perQuarter})`], [columns[i].budget, `Budget (${perQuarter})`],
      ...(i > 0 ? [[columns[i].spend + 2, `Δ spend vs first (${perQuarter})`] as [number, string]] : [])
    ]
  }))

  // Scenarios may start at different quarters: one row per calendar quarter any of them covers.
  const labels = [...new Set(reports.flatMap((r) => r.projection.quarters.map((q) => q.label)))]
    .sort((a, b) => absoluteQuarter(a) - absoluteQuarter(b))
  const byLabel = reports.map((r) => new Map(r.projection.quarters.map((q) => [q.label, q])))
  const firstDataRow = headerRow + 1
  const lastDataRow = firstDataRow + labels.length - 1
  const totalsRow = lastDataRow + 1
  labels.forEach((label, k) => {
    const row = firstDataRow + k
    styleRow(ws, row, 1, next - 1)
    ws.getCell(row, 1).value = label
    const baseQuarter = byLabel[0].get(label)
    reports.forEach((r, i) => {
      const quarter = byLabel[i].get(label)
      const money = numberFormats(r.currency).money
      const { spend, budget, delta } = columns[i]
      ws.getCell(row, spend).value = quarter?.total ?? null
      ws.getCell(row, budget).value = quarter?.budget ?? null
      ws.getCell(row, spend).numFmt = money
      ws.getCell(row, budget).numFmt = money
      if (delta === null) {
        if (i > 0) ws.getCell(row, spend + 2).value = 'n/a'
        if (i > 0) ws.getCell(row, spend + 2).alignment = { horizontal: 'right' }
        return
      }
      if (quarter && baseQuarter) {
        ws.getCell(row, delta).value = {
          formula: `${columnLetter(spend)}${row}-${columnLetter(columns[0].spend)}${row}`, result: quarter.total - baseQuarter.total
        }
        ws.getCell(row, delta).numFmt = signedCurrencyFormat(r.currency)
      }
    })
  })

  // The totals of each column; a scenario's totals cover only the quarters it plans.
  styleRow(ws, totalsRow, 1, next - 1)
  ws.getCell(totalsRow, 1).value = 'Total'
  reports.forEach((r, i) => {
    const sum = (column: number, pick: (label: string) => number | null) => {
      const letter = columnLetter(column)
      const cell = ws.getCell(totalsRow, column)
      cell.value = {
        formula: `SUM(${letter}${firstDataRow}:${letter}${lastDataRow})`,
        result: labels.reduce((s, label) => s + (pick(label) ?? 0), 0)
      }
      cell.font = font({ bold: true })
      cell.border = { ...THIN_BORDER, top: { style: 'double', color: argb('1F3864') } }
    }
    const { spend, budget, delta } = columns[i]
    sum(spend, (label) => byLabel[i].get(label)?.total ?? null)
    sum(budget, (label) => byLabel[i].get(label)?.budget ?? null)
    ws.getCell(totalsRow, spend).numFmt = numberFormats(r.currency).money
    ws.getCell(totalsRow, budget).numFmt = numberFormats(r.currency).money
    if (delta !== null) {
      sum(delta, (label) => {
        const quarter = byLabel[i].get(label)
        const baseQuarter = byLabel[0].get(label)
        return quarter && baseQuarter ? quarter.total - baseQuarter.total : null
      })
      ws.getCell(totalsRow, delta).numFmt = signedCurrencyFormat(r.currency)
    }
  })
  for (let c = 2; c < next; c++) ws.getColumn(c).width = Math.max(ws.getColumn(c).width ?? 0, 15)

  // Amounts in other currencies do not share an axis: the chart shows the first scenario's currency.
  const charted = reports.flatMap((r, i) => (r.currency === base.currency ? [i] : []))
  const charts: PlacedChart[] = [{
    sheet: SHEET_NAMES.comparison,
    anchor: { from: { col: 0, row: chartTop - 1 }, to: { col: lastChartColumn(ws), row: chartTop - 1 + chartRows } },
    spec: {
      title: CHART_TITLES.comparison,
      categories: { sheet: SHEET_NAMES.comparison, ref: `$A$${firstDataRow}:$A$${lastDataRow}` },
      categoryLabels: labels,
      // Each scenario's spend as a solid line and its budget as a dashed one in the same colour.
      series: charted.flatMap((i) => {
        const range = (column: number) => {
          const letter = columnLetter(column)
          return { sheet: SHEET_NAMES.comparison, ref: `$${letter}$${firstDataRow}:$${letter}$${lastDataRow}` }
        }
        const color = SCENARIO_COLORS[i % SCENARIO_COLORS.length]
        return [
          { name: reports[i].doc.name, nameCell: nameCells[i], kind: 'line' as const, axis: 'primary' as const,
            values: range(columns[i].spend), cache: labels.map((label) => byLabel[i].get(label)?.total ?? null), color },
          { name: `Budget: ${reports[i].doc.name}`, kind: 'line' as const, axis: 'primary' as const, dashed: true,
            values: range(columns[i].budget), cache: labels.map((label) => byLabel[i].get(label)?.budget ?? null), color }
        ]
      }),
      primaryAxis: { title: `${base.currency} per quarter`, numFmt: currencyAxisFormat(base.currency), min: 0 }
    }
  }]
  return { charts, headerRows: { from: groupRow, to: headerRow } }
}

/** Header cells whose text may be a long scenario name: wrapped, the row as tall as needed. */
function writeHeaders(ws: Worksheet, row: number, headers: readonly [number, string][]): void {
  let lines = 2
  for (const [column, text] of headers) {
    const cell: Cell = ws.getCell(row, column)
    cell.value = text
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = HEADER_ALIGNMENT
    cell.border = THIN_BORDER
    if (column > 2) lines = Math.max(lines, Math.ceil(Array.from(text).length / NAME_WRAP))
  }
  ws.getRow(row).height = 14 * Math.min(lines, 10) + 6
}

function styleRow(ws: Worksheet, row: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    const cell = ws.getCell(row, c)
    cell.border = THIN_BORDER
    if (c === 1) cell.font = font({ bold: true, color: argb('1F3864') })
  }
}


/** The chart spans the KPI table's width, at most a printed page. */
function lastChartColumn(ws: Worksheet): number {
  let width = 0
  let column = 0
  while (column < ws.columnCount && width + (ws.getColumn(column + 1).width ?? 9) <= 150) width += ws.getColumn(++column).width ?? 9
  return Math.max(2, column)
}
