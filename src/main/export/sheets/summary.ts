// Summary: what a board member reads first. Scenario, horizon and date; KPI tiles; the budget
// against the 2-8% band and cited peer benchmarks; the top warnings; the key charts.
import type { Cell, Worksheet } from 'exceljs'
import {
  BENCHMARKS, BUDGET_BAND, formatMoney, PHASE_IDS, phaseName, quarterRangeLabel, type Pitfall
} from '../../../core'
import { budgetChart, headcountChart, maturityChart } from '../charts/boardCharts'
import type { PlacedChart } from '../charts/chartTypes'
import { setUpPrinting, writeSection, writeNote, writeTitle } from '../layout'
import type { SheetContext } from '../sheetContext'
import { SHEET_NAMES } from '../sheetNames'
import { argb, COLORS, font, HEADER_FILL, HEADER_FONT, solid, THIN_BORDER } from '../styles'
import type { MaturityLayout } from './maturity'
import type { PlanLayout } from './quarterlyPlan'

const COLUMNS = 12
const COLUMN_WIDTH = 14
const TILE_SPAN = 2
const MAX_WARNINGS = 8
const OTHER_WARNINGS = 'Other warnings'

interface Tile {
  label: string
  value: Cell['value']
  numFmt?: string
  context: string
}

export function writeSummarySheet(
  ws: Worksheet, ctx: SheetContext, plan: PlanLayout, maturity: MaturityLayout
): PlacedChart[] {
  const { report, model, currency } = ctx
  const { doc } = report
  for (let c = 1; c <= COLUMNS; c++) ws.getColumn(c).width = COLUMN_WIDTH

  writeTitle(ws, `Security plan: ${doc.name}`,
    `${quarterRangeLabel(doc.start, 0, doc.quarters - 1)} (${doc.quarters} quarters) · amounts in ${currency} · ` +
    `generated ${model.dateLabel} · uncertainty from ${model.samples.toLocaleString('en-US')} simulated samples (seed ${model.seed})`)

  writeSection(ws, 4, 'Key figures')
  writeTiles(ws, 5, kpiTiles(ctx, plan))

  const charts: PlacedChart[] = []
  const mainChartTop = 10
  const mainChartBottom = 46
  charts.push({
    sheet: SHEET_NAMES.summary,
    anchor: { from: { col: 0, row: mainChartTop - 1 }, to: { col: COLUMNS, row: mainChartBottom } },
    spec: budgetChart(plan, report)
  })
  // The first printed page is the KPIs and the budget chart; the detail follows.
  ws.getRow(mainChartBottom + 1).addPageBreak()

  let row = mainChartBottom + 3
  row = writeBenchmarks(ws, row, ctx) + 2
  row = writeTopWarnings(ws, row, report.pitfalls) + 2

  writeSection(ws, row, 'Growth and maturity')
  const chartTop = row + 1
  const chartBottom = chartTop + 20
  charts.push(
    { sheet: SHEET_NAMES.summary, anchor: { from: { col: 0, row: chartTop - 1 }, to: { col: COLUMNS / 2, row: chartBottom } },
      spec: headcountChart(plan, report) },
    { sheet: SHEET_NAMES.summary, anchor: { from: { col: COLUMNS / 2, row: chartTop - 1 }, to: { col: COLUMNS, row: chartBottom } },
      spec: maturityChart(maturity, report) }
  )
  writeNote(ws, chartBottom + 2,
    `Figures are the plan's; see ${SHEET_NAMES.assumptions} for every input and whether it is reference data or an illustrative placeholder.`)
  if (report.pitfalls.length > MAX_WARNINGS) {
    ws.getRow(chartBottom + 2).addPageBreak()
    writeOtherWarnings(ws, chartBottom + 3, report.pitfalls)
  }
  ws.views = [{ showGridLines: false }]
  setUpPrinting(ws, { scenarioName: doc.name, dateLabel: model.dateLabel })
  return charts
}

function kpiTiles(ctx: SheetContext, plan: PlanLayout): Tile[] {
  const { report, formats, currency, model } = ctx
  const { kpis, projection, simulation } = report
  const rows = projection.quarters
  const planRange = (header: string) => `'${SHEET_NAMES.plan}'!${plan.table.dataRange(header)}`
  const total = planRange(plan.headers.total)
  const revenue = planRange(plan.headers.revenue)
  const variance = planRange(plan.headers.variance)

  const reached = PHASE_IDS.slice(1).map((id) =>
    `${phaseName(id)} ${kpis.maturityPhaseReached[id] ?? 'not reached'}`).join(' · ')
  const finalPhase = rows[rows.length - 1].maturityPhase
  const firstOver = rows.find((q) => q.total > q.budget)
  const peak = simulation.quarters.reduce((a, b) => (b.overrunProbability > a.overrunProbability ? b : a))
  const peers = BENCHMARKS.find((b) => b.metric === 'percentOfRevenue')
  const gapQuarters = rows.filter((q) => q.maturityGap > 0).length

  return [
    { label: 'Total spend over the horizon', numFmt: formats.money,
      value: { formula: `SUM(${total})`, result: kpis.totalSpend },
      context: `Against a budget of ${formatMoney(kpis.totalBudget, currency)} over ${kpis.quarters} quarters` },
    { label: 'Average % of revenue', numFmt: formats.percent2,
      value: { formula: `IF(SUM(${revenue})=0,"",SUM(${total})/SUM(${revenue}))`, result: kpis.averagePercentOfRevenue === null ? '' : kpis.averagePercentOfRevenue / 100 },
      context: `Blueprint band for AI companies ${BUDGET_BAND.min}–${BUDGET_BAND.max}%` +
        (peers ? `; cross-industry peers ${peers.value}% (${peers.source})` : '') },
    { label: 'Maturity phase reached', value: phaseName(finalPhase),
      context: reached },
    { label: 'Peak maturity gap (phases)', numFmt: formats.integer, value: kpis.peakMaturityGap,
      context: kpis.peakMaturityGap > 0
        ? `Org phase ahead of security maturity in ${gapQuarters} of ${kpis.quarters} quarters`
        : 'Security maturity keeps pace with the organisation' },
    { label: 'Quarters over budget', numFmt: formats.integer,
      value: { formula: `COUNTIF(${variance},"<0")`, result: kpis.quartersOverBudget },
      context: firstOver ? `Of ${kpis.quarters}; first in ${firstOver.label}` : `Spend stays within the envelope in all ${kpis.quarters} quarters` },
    { label: 'Peak P(overrun)', numFmt: formats.percent0, value: kpis.peakOverrunProbability,
      context: `Chance that spend exceeds budget, highest in ${peak.label} (${model.samples.toLocaleString('en-US')} samples)` }
  ]
}

function writeTiles(ws: Worksheet, top: number, tiles: readonly Tile[]): void {
  ws.getRow(top).height = 18
  ws.getRow(top + 1).height = 34
  ws.getRow(top + 2).height = 15
  ws.getRow(top + 3).height = 15
  tiles.forEach((tile, i) => {
    const left = 1 + i * TILE_SPAN
    const right = left + TILE_SPAN - 1
    ws.mergeCells(top, left, top, right)
    ws.mergeCells(top + 1, left, top + 1, right)
    ws.mergeCells(top + 2, left, top + 3, right)
    const label = ws.getCell(top, left)
    label.value = tile.label
    label.font = font({ size: 9, bold: true, color: argb(COLORS.grey) })
    const value = ws.getCell(top + 1, left)
    value.value = tile.value
    value.font = font({ size: 20, bold: true, color: argb(COLORS.navy) })
    if (tile.numFmt) value.numFmt = tile.numFmt
    const context = ws.getCell(top + 2, left)
    context.value = tile.context
    context.font = font({ size: 8, color: argb(COLORS.grey) })
    for (let r = top; r <= top + 3; r++) {
      for (let c = left; c <= right; c++) {
        const cell = ws.getCell(r, c)
        cell.fill = solid(COLORS.tile)
        // Big numbers shrink to fit their tile rather than show as ###.
        cell.alignment = r === top + 1
          ? { horizontal: 'left', vertical: 'middle', shrinkToFit: true, indent: 1 }
          : { horizontal: 'left', vertical: r === top + 2 ? 'top' : 'middle', wrapText: true, indent: 1 }
        cell.border = {
          top: r === top ? { style: 'medium', color: argb(COLORS.blue) } : undefined,
          bottom: r === top + 3 ? { style: 'thin', color: argb('BFBFBF') } : undefined,
          left: c === left ? { style: 'thin', color: argb(COLORS.white) } : undefined,
          right: c === right ? { style: 'thin', color: argb(COLORS.white) } : undefined
        }
      }
    }
  })
}

/** A header row over merged column groups: [text, first column, last column]. */
function writeHeaderRow(ws: Worksheet, row: number, groups: readonly [string, number, number][]): void {
  for (const [text, from, to] of groups) {
    if (to > from) ws.mergeCells(row, from, row, to)
    const cell = ws.getCell(row, from)
    cell.value = text
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = { vertical: 'middle', horizontal: 'left', indent: 1 }
    cell.border = THIN_BORDER
  }
  ws.getRow(row).height = 20
}

/** A cell over merged columns: [value, first column, last column, number format, centred]. */
type BodyCell = readonly [Cell['value'], number, number, string?, 'center'?]

function writeBodyRow(ws: Worksheet, row: number, cells: readonly BodyCell[], lines = 1): void {
  for (const [value, from, to, numFmt, centred] of cells) {
    if (to > from) ws.mergeCells(row, from, row, to)
    const cell = ws.getCell(row, from)
    cell.value = value
    if (numFmt) cell.numFmt = numFmt
    cell.alignment = centred
      ? { vertical: 'top', horizontal: 'center' }
      : { vertical: 'top', horizontal: 'left', wrapText: true, indent: 1 }
    for (let c = from; c <= to; c++) ws.getCell(row, c).border = THIN_BORDER
  }
  ws.getRow(row).height = 15 * lines + 3
}

/** The plan's average % of revenue next to the blueprint band and the cited peer benchmarks;
 * returns the last row written. */
function writeBenchmarks(ws: Worksheet, top: number, ctx: SheetContext): number {
  const { kpis } = ctx.report
  writeSection(ws, top, 'Security spend as % of revenue: the plan against the blueprint and peers')
  writeHeaderRow(ws, top + 1, [['Measure', 1, 5], ['% of revenue', 6, 7], ['Source', 8, 11], ['Year', 12, 12]])
  // Percentages and years centred under their headers, the band's text like the numbers.
  let row = top + 2
  writeBodyRow(ws, row++, [
    ['This plan: average over the horizon', 1, 5],
    [kpis.averagePercentOfRevenue === null ? 'n/a' : kpis.averagePercentOfRevenue / 100, 6, 7, ctx.formats.percent2, 'center'],
    ['Rampart projection of this scenario', 8, 11], ['', 12, 12]
  ])
  writeBodyRow(ws, row++, [
    ['Target band for AI companies: early stage to mature', 1, 5],
    [`${BUDGET_BAND.min.toFixed(2)}% – ${BUDGET_BAND.max.toFixed(2)}%`, 6, 7, undefined, 'center'],
    ['AI-security maturity blueprint (reference)', 8, 11], ['', 12, 12]
  ])
  for (const benchmark of BENCHMARKS.filter((b) => b.metric === 'percentOfRevenue')) {
    writeBodyRow(ws, row++, [
      [benchmark.label, 1, 5], [benchmark.value / 100, 6, 7, ctx.formats.percent2, 'center'],
      [benchmark.source, 8, 11], [benchmark.year, 12, 12, '0', 'center']
    ])
  }
  writeNote(ws, row,
    `The blueprint's ${BUDGET_BAND.min}–${BUDGET_BAND.max}% target for AI companies sits well above cross-industry averages: ` +
    'model theft, data poisoning and adversarial attacks add risks most companies do not carry.')
  return row
}

/** The most severe first, then by quarter. */
function byImportance(pitfalls: readonly Pitfall[]): Pitfall[] {
  return [...pitfalls].sort((a, b) =>
    Number(b.severity === 'critical') - Number(a.severity === 'critical') || a.fromQuarter - b.fromQuarter)
}

/** The top warnings, and a note saying how many more there are and where; returns the last row
 * written. */
function writeTopWarnings(ws: Worksheet, top: number, pitfalls: readonly Pitfall[]): number {
  writeSection(ws, top, 'Top warnings')
  if (pitfalls.length === 0) {
    writeNote(ws, top + 1, 'No warnings: the plan stays within its budget and maturity keeps pace.')
    return top + 1
  }
  let row = writeWarningTable(ws, top + 1, byImportance(pitfalls).slice(0, MAX_WARNINGS))
  const more = pitfalls.length - MAX_WARNINGS
  if (more > 0) {
    writeNote(ws, row++, `The ${MAX_WARNINGS} most important of ${pitfalls.length} warnings. ` +
      `The other ${more} ${more === 1 ? 'is' : 'are'} listed under "${OTHER_WARNINGS}" at the end of this sheet, on its last printed page.`)
  }
  return row - 1
}

/** The warnings the top list leaves out, in the same order; returns the last row written. */
function writeOtherWarnings(ws: Worksheet, top: number, pitfalls: readonly Pitfall[]): number {
  const others = byImportance(pitfalls).slice(MAX_WARNINGS)
  writeSection(ws, top, `${OTHER_WARNINGS} (${others.length} more)`)
  return writeWarningTable(ws, top + 1, others) - 1
}

/** A header row and a row per warning; returns the row after the table. */
function writeWarningTable(ws: Worksheet, top: number, pitfalls: readonly Pitfall[]): number {
  writeHeaderRow(ws, top, [['Severity', 1, 1], ['Warning', 2, 3], ['Quarters', 4, 5], ['What the plan shows, and why it matters', 6, 12]])
  let row = top + 1
  for (const pitfall of pitfalls) {
    const detail = `${pitfall.detail}. ${pitfall.why}`
    writeBodyRow(ws, row, [
      [pitfall.severity === 'critical' ? 'Critical' : 'Warning', 1, 1], [pitfall.title, 2, 3], [pitfall.quarters, 4, 5], [detail, 6, 12]
    ], Math.max(Math.ceil(detail.length / 95), Math.ceil(pitfall.title.length / 24)))
    const severity = ws.getCell(row, 1)
    severity.font = font({ bold: true, color: argb(pitfall.severity === 'critical' ? COLORS.red : COLORS.gold) })
    row++
  }
  return row
}
