// Actuals: what was really spent, hired and put in place, against the plan, for each scenario
// that carries recorded quarters. Per recorded quarter and per fiscal year to date, in the finance
// sign convention: over plan is positive and red, with the difference as % of plan; then hires to
// date, capabilities in place and maturity against the plan, with the notes recorded; last, for
// quarters recorded with lines, each category's lines under its total, as the app's Track view has them.
import type { Worksheet } from 'exceljs'
import type { Paper } from '../../core'
import { categoryVarianceName, lineTableNote, NOT_ITEMISED, NOT_PLANNED } from '../../core/actualLines'
import { SERIES_COLORS } from '../charts/boardCharts'
import type { PlacedChart } from '../charts/chartTypes'
import { columnLetter, freeze, pagesTall, setUpPrinting, SHORT_PAGE, writeNote, writeSection, writeTable, writeTitle, type ColumnSpec } from '../layout'
import type { ScenarioReport } from '../model'
import { pageBasics, type SheetContext } from '../sheetContext'
import { SHEET_NAMES } from '../sheetNames'
import type { ActualQuarter, ActualYearToDate } from '../story/actuals'
import { ACTUALS_PROVENANCE } from '../story/provenance'
import { currencyAxisFormat, numberFormats, overPlanFormat, OVER_PLAN_PERCENT_FORMAT } from '../styles'

const ACTUALS_CHART_TITLE = 'Actual against planned spend per quarter'
const CHART_ROWS = 16

export function writeActualsSheet(ws: Worksheet, ctx: SheetContext): PlacedChart[] {
  const reports = ctx.model.reports.filter((r) => r.actuals !== null)
  writeTitle(ws, `Actuals: plan against actual${reports.length === 1 ? ` for ${reports[0].doc.name}` : ''}`,
    'Over plan is + and red, under plan −; the difference is also shown as % of plan. Fiscal year to date compares the ' +
    'recorded quarters of each year with the plan for the same quarters.')
  let row = 4
  const charts: PlacedChart[] = []
  let firstHeader = 0
  reports.forEach((report, i) => {
    if (i > 0) ws.getRow(row - 1).addPageBreak()
    const written = writeScenarioActuals(ws, row, report, i, ctx.model.paper)
    if (i === 0) firstHeader = written.firstHeader
    charts.push(written.chart)
    row = written.nextRow + 1
  })
  freeze(ws, firstHeader + 1, 2)
  setUpPrinting(ws, { ...pageBasics(ctx), area: { lastColumn: ws.columnCount, lastRow: row } })
  return charts
}

function writeScenarioActuals(
  ws: Worksheet, top: number, report: ScenarioReport, index: number, paper: Paper
): { nextRow: number; firstHeader: number; chart: PlacedChart } {
  const actuals = report.actuals!
  const { currency } = report
  const formats = numberFormats(currency)
  const money = formats.money
  const over = overPlanFormat(currency)
  const perQuarter = `${currency}/quarter`
  const name = (text: string) => `${text}${index > 0 ? index + 1 : ''}`
  writeSection(ws, top, `${report.doc.name}: ${actuals.quarters.length} recorded quarter${actuals.quarters.length === 1 ? '' : 's'}`)

  // Column letters are known from the column order, so the differences are live formulas.
  const spendHeaders = {
    plan: `Plan total (${perQuarter})`, actual: `Actual total (${perQuarter})`,
    over: `Over (+) / under (−) plan (${perQuarter})`
  }
  let spendColumns: ColumnSpec<ActualQuarter>[] = []
  const at = (header: string, row: number) => cellOf(spendColumns, header, row)
  spendColumns = [
    { header: 'Quarter', value: (q) => q.label },
    { header: `Actual people (${perQuarter})`, numFmt: money, kind: 'value', value: (q) => q.actual.people },
    { header: `Actual tools (${perQuarter})`, numFmt: money, kind: 'value', value: (q) => q.actual.tools },
    { header: `Actual programs (${perQuarter})`, numFmt: money, kind: 'value', value: (q) => q.actual.programs },
    { header: spendHeaders.actual, numFmt: money, kind: 'formula',
      value: (q, r) => ({ formula: `SUM(${at(`Actual people (${perQuarter})`, r)}:${at(`Actual programs (${perQuarter})`, r)})`, result: q.actual.total }) },
    { header: spendHeaders.plan, numFmt: money, kind: 'value', value: (q) => q.plan.total },
    { header: spendHeaders.over, numFmt: over, kind: 'formula',
      value: (q, r) => ({ formula: `${at(spendHeaders.actual, r)}-${at(spendHeaders.plan, r)}`, result: q.overPlan.total }) },
    { header: 'Over plan (% of plan)', numFmt: OVER_PLAN_PERCENT_FORMAT, kind: 'formula',
      value: (q, r) => ({ formula: `IF(${at(spendHeaders.plan, r)}=0,"",${at(spendHeaders.over, r)}/${at(spendHeaders.plan, r)})`, result: q.overPlanShare ?? '' }) },
    { header: `People over plan (${perQuarter})`, numFmt: over, kind: 'value', value: (q) => q.overPlan.people },
    { header: `Tools over plan (${perQuarter})`, numFmt: over, kind: 'value', value: (q) => q.overPlan.tools },
    { header: `Programs over plan (${perQuarter})`, numFmt: over, kind: 'value', value: (q) => q.overPlan.programs }
  ]
  const spend = writeTable(ws, { name: name('ActualSpend'), headerRow: top + 1, columns: spendColumns, rows: actuals.quarters })

  let row = spend.lastDataRow + 2
  writeSection(ws, row, 'Fiscal year to date')
  const yearColumns: ColumnSpec<ActualYearToDate>[] = [
    { header: 'Fiscal year', value: (y) => y.label },
    { header: 'Quarters recorded', wrapAt: 20, value: (y) => y.quarters.join(', ') },
    { header: `Plan to date (${currency})`, numFmt: money, kind: 'value', value: (y) => y.plan.total },
    { header: `Actual to date (${currency})`, numFmt: money, kind: 'value', value: (y) => y.actual.total },
    { header: `Over (+) / under (−) plan (${currency})`, numFmt: over, kind: 'value', value: (y) => y.overPlan.total },
    { header: 'Over plan (% of plan)', numFmt: OVER_PLAN_PERCENT_FORMAT, kind: 'value', value: (y) => y.overPlanShare ?? '' },
    { header: `People over plan (${currency})`, numFmt: over, kind: 'value', value: (y) => y.overPlan.people },
    { header: `Tools over plan (${currency})`, numFmt: over, kind: 'value', value: (y) => y.overPlan.tools },
    { header: `Programs over plan (${currency})`, numFmt: over, kind: 'value', value: (y) => y.overPlan.programs },
    { header: `Whole-year plan (${currency})`, numFmt: money, kind: 'value', value: (y) => y.yearPlan },
    { header: `Whole-year budget (${currency})`, numFmt: money, kind: 'value', value: (y) => y.yearBudget }
  ]
  const years = writeTable(ws, { name: name('ActualYearToDate'), headerRow: row + 1, columns: yearColumns, rows: actuals.years })

  row = years.lastDataRow + 2
  writeSection(ws, row, 'Team and maturity against the plan, with the notes recorded')
  const teamColumns: ColumnSpec<ActualQuarter>[] = [
    { header: 'Quarter', value: (q) => q.label },
    { header: 'Hires to date, plan (people)', numFmt: formats.integer, align: 'center', value: (q) => q.plannedHiresToDate },
    { header: 'Hires to date, actual (people)', numFmt: formats.integer, align: 'center', value: (q) => q.hiredToDate },
    { header: 'Capabilities in place, plan', numFmt: formats.integer, align: 'center', value: (q) => q.plannedCapabilities },
    { header: 'Capabilities in place, actual', numFmt: formats.integer, align: 'center', value: (q) => q.actualCapabilities },
    { header: 'Maturity phase, plan', value: (q) => q.plannedPhase },
    { header: 'Maturity phase, achieved', value: (q) => q.achievedPhase },
    { header: 'Note', wrapAt: 60, value: (q) => q.note }
  ]
  const team = writeTable(ws, { name: name('ActualTeam'), headerRow: row + 1, columns: teamColumns, rows: actuals.quarters })
  row = team.lastDataRow + 1
  writeNote(ws, row, ACTUALS_PROVENANCE)
  if (actuals.beyondHorizon > 0) {
    writeNote(ws, ++row, `${actuals.beyondHorizon} recorded quarter${actuals.beyondHorizon === 1 ? ' lies' : 's lie'} beyond the plan's ` +
      'horizon (the plan was shortened after they were recorded) and are not compared.')
  }

  const chartTop = row + 2
  const column = (header: string) => ({ sheet: SHEET_NAMES.actuals, ref: spend.dataRange(header) })
  const chart: PlacedChart = {
    sheet: SHEET_NAMES.actuals,
    anchor: { from: { col: 0, row: chartTop - 1 }, to: { col: Math.min(8, spendColumns.length), row: chartTop - 1 + CHART_ROWS } },
    spec: {
      title: `${ACTUALS_CHART_TITLE}: ${report.doc.name}`,
      categories: column('Quarter'),
      categoryLabels: actuals.quarters.map((q) => q.label),
      series: [
        { name: 'Actual total', kind: 'column', axis: 'primary', values: column(spendHeaders.actual),
          cache: actuals.quarters.map((q) => q.actual.total), color: SERIES_COLORS.people },
        { name: 'Plan total', kind: 'line', axis: 'primary', values: column(spendHeaders.plan),
          cache: actuals.quarters.map((q) => q.plan.total), color: SERIES_COLORS.budget }
      ],
      primaryAxis: { title: perQuarter, numFmt: currencyAxisFormat(currency), min: 0 }
    }
  }
  const linesTop = chartTop + CHART_ROWS + 1
  if (!actuals.quarters.some((q) => q.lines)) return { nextRow: linesTop - 1, firstHeader: top + 1, chart }
  const nextRow = writeLineTable(ws, linesTop, actuals.quarters, currency, name('ActualLines'))
  // A table long enough to fill much of a page starts one, its header at the top, rather than split
  // after the chart; a short one follows the chart.
  if (pagesTall(ws, paper, 'landscape', ws.columnCount, linesTop, nextRow) >= SHORT_PAGE) ws.getRow(linesTop - 1).addPageBreak()
  return { nextRow, firstHeader: top + 1, chart }
}

/** The cell of a table's column in sheet row `row`: the column letters follow the column order, so
 * differences can be live formulas. */
function cellOf<Row>(columns: readonly ColumnSpec<Row>[], header: string, row: number): string {
  return `${columnLetter(columns.findIndex((c) => c.header === header) + 1)}${row}`
}

/** A row of the by-line table: a category's total, or one of its lines (null where not known). */
interface LineRow {
  quarter: string
  name: string
  planned: number | null
  actual: number | null
  isTotal: boolean
}

/** Each quarter recorded with lines: every category's total, then its lines and what they leave
 * "Not itemised" (core's lineVariance, so they add up to the total); returns the last row written. */
function writeLineTable(ws: Worksheet, top: number, quarters: readonly ActualQuarter[], currency: string, tableName: string): number {
  const perQuarter = `${currency}/quarter`
  const money = numberFormats(currency).money
  const rows: LineRow[] = quarters.flatMap((q) => (q.lines ?? []).flatMap((category) => [
    { quarter: q.label, name: categoryVarianceName(category),
      planned: category.planned, actual: category.actual, isTotal: true },
    ...category.lines.map((line) => ({ quarter: q.label, name: line.name, planned: line.planned, actual: line.actual, isTotal: false }))
  ]))
  writeSection(ws, top, 'Spend by line: each category\'s total, then its lines')
  const headers = { plan: `Plan (${perQuarter})`, actual: `Actual (${perQuarter})`, over: `Over (+) / under (−) plan (${perQuarter})` }
  let columns: ColumnSpec<LineRow>[] = []
  const at = (header: string, row: number) => cellOf(columns, header, row)
  const known = (r: LineRow): r is LineRow & { planned: number; actual: number } => r.planned !== null && r.actual !== null
  columns = [
    { header: 'Quarter', value: (r) => r.quarter },
    // The second column is already wide for the fiscal years' lists of quarters, so names fit it.
    { header: 'Category and line', wrapAt: 20, value: (r) => r.name },
    { header: headers.plan, numFmt: money, align: 'right', kind: (r) => (r.planned === null ? undefined : 'value'), value: (r) => r.planned ?? NOT_PLANNED },
    { header: headers.actual, numFmt: money, align: 'right', kind: (r) => (r.actual === null ? undefined : 'value'),
      value: (r) => r.actual ?? NOT_ITEMISED },
    { header: headers.over, numFmt: overPlanFormat(currency), align: 'right',
      value: (r, row) => (known(r) ? { formula: `${at(headers.actual, row)}-${at(headers.plan, row)}`, result: r.actual - r.planned } : 'n/a') },
    { header: 'Over plan (% of plan)', numFmt: OVER_PLAN_PERCENT_FORMAT, align: 'right',
      value: (r, row) => (known(r)
        ? { formula: `IF(${at(headers.plan, row)}=0,"",${at(headers.over, row)}/${at(headers.plan, row)})`, result: r.planned === 0 ? '' : (r.actual - r.planned) / r.planned }
        : '') }
  ]
  // Totals in bold, their lines indented under them, as in the app.
  const table = writeTable(ws, {
    name: tableName, headerRow: top + 1, columns, rows, rowStyle: (r) => (r.isTotal ? { bold: true } : { indent: 2 })
  })
  writeNote(ws, table.lastDataRow + 1, `${lineTableNote('0')} Quarters recorded without lines are left out.`)
  return table.lastDataRow + 1
}
