// Summary: what a board member reads first. Scenario, horizon and date; KPI tiles; the budget
// chart with its steps and the biggest drivers of spend; the budget against the 2-8% band and
// cited peer benchmarks; the top warnings; growth and maturity; then what drives spend in full.
import type { Cell, Worksheet } from 'exceljs'
import {
  BENCHMARKS, BUDGET_BAND, formatMoney, formatMoneyCompact, PHASE_IDS, phaseName, quarterRangeLabel, type QuarterResult
} from '../../core'
import { budgetChart, headcountChart, maturityChart } from '../charts/boardCharts'
import type { PlacedChart } from '../charts/chartTypes'
import { setUpPrinting, writeNote, writeSection, writeTitle } from '../layout'
import type { SheetContext } from '../sheetContext'
import { SHEET_NAMES } from '../sheetNames'
import { argb, COLORS, currencyAxisFormat, font, solid } from '../styles'
import { driverChart, driverNote, topDrivers, writeDriverTable } from './drivers'
import { writeBodyRow, writeHeaderRow } from './gridRows'
import type { MaturityLayout } from './maturity'
import type { PlanLayout } from './quarterlyPlan'
import { MAX_WARNINGS, writeOtherWarnings, writeTopWarnings } from './warnings'

const COLUMNS = 14
const COLUMN_WIDTH = 12
const TILE_SPAN = 2
/** Drivers under the budget chart on the first page, and in the full table with its chart. */
const FIRST_PAGE_DRIVERS = 5
const ALL_DRIVERS = 10

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

  // Page 1: the KPIs, the budget chart, what makes its line step, and the biggest drivers.
  const charts: PlacedChart[] = []
  const mainChartTop = 10
  const mainChartBottom = 43
  charts.push({
    sheet: SHEET_NAMES.summary,
    anchor: { from: { col: 0, row: mainChartTop - 1 }, to: { col: COLUMNS, row: mainChartBottom } },
    spec: budgetChart(plan, report)
  })
  writeNote(ws, mainChartBottom + 1, budgetStepNote(ctx))
  const drivers = topDrivers(model.sensitivity, ALL_DRIVERS)
  let row = mainChartBottom + 3
  writeSection(ws, row, 'Biggest drivers of total spend')
  const firstPage = writeDriverTable(ws, row + 1, ctx, drivers.slice(0, FIRST_PAGE_DRIVERS))
  row = firstPage ? firstPage.lastRow + 1 : row + 2
  if (firstPage) writeNote(ws, row, `All ${drivers.length} drivers with a chart: "What drives spend", page 3 of this sheet.`)
  ws.getRow(row).addPageBreak()

  // Page 2: the budget against the band and peers, the warnings, growth and maturity.
  row = writeBenchmarks(ws, row + 2, ctx) + 2
  row = writeTopWarnings(ws, row, report.pitfalls, COLUMNS) + 2
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
  ws.getRow(chartBottom + 2).addPageBreak()

  // Page 3: what drives spend, in full.
  row = chartBottom + 4
  writeSection(ws, row, 'What drives spend')
  writeNote(ws, row + 1, driverNote(ctx))
  const table = writeDriverTable(ws, row + 2, ctx, drivers)
  row = table ? table.lastRow + 2 : row + 4
  if (table) {
    const driverChartBottom = row + 2 + Math.max(12, 2 * drivers.length)
    charts.push({
      sheet: SHEET_NAMES.summary,
      anchor: { from: { col: 0, row: row - 1 }, to: { col: COLUMNS, row: driverChartBottom } },
      spec: driverChart(table, drivers, ctx)
    })
    row = driverChartBottom + 1
  }

  if (report.pitfalls.length > MAX_WARNINGS) {
    ws.getRow(row).addPageBreak()
    writeOtherWarnings(ws, row + 1, report.pitfalls, COLUMNS)
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
  const budget = planRange(plan.headers.budget)
  const revenue = planRange(plan.headers.revenue)
  const variance = planRange(plan.headers.variance)
  const compact = (value: number) => formatMoneyCompact(value, currency)

  const reached = PHASE_IDS.slice(1).map((id) =>
    `${phaseName(id)} ${kpis.maturityPhaseReached[id] ?? 'not reached'}`).join(' · ')
  const finalPhase = rows[rows.length - 1].maturityPhase
  const firstOver = rows.find((q) => q.total > q.budget)
  const peak = simulation.quarters.reduce((a, b) => (b.overrunProbability > a.overrunProbability ? b : a))
  const busiest = rows.reduce((a, b) => ((b.utilization ?? 0) > (a.utilization ?? 0) ? b : a))
  const peers = BENCHMARKS.find((b) => b.metric === 'percentOfRevenue')
  const gapQuarters = rows.filter((q) => q.maturityGap > 0).length

  return [
    { label: 'Total spend over the horizon', numFmt: currencyAxisFormat(currency),
      value: { formula: `SUM(${total})`, result: kpis.totalSpend },
      context: `${formatMoney(kpis.totalSpend, currency)} over ${kpis.quarters} quarters` },
    { label: 'Budget used over the horizon', numFmt: formats.percent0,
      value: { formula: `IF(SUM(${budget})=0,"",SUM(${total})/SUM(${budget}))`, result: kpis.totalBudget === 0 ? '' : kpis.totalSpend / kpis.totalBudget },
      context: `The plan uses ${compact(kpis.totalSpend)} of a ${compact(kpis.totalBudget)} budget` +
        (busiest.utilization === null ? '' : `; most in ${busiest.label} (${Math.round(busiest.utilization * 100)}%)`) },
    { label: 'Average % of revenue', numFmt: formats.percent2,
      value: { formula: `IF(SUM(${revenue})=0,"",SUM(${total})/SUM(${revenue}))`, result: kpis.averagePercentOfRevenue === null ? '' : kpis.averagePercentOfRevenue / 100 },
      context: `Blueprint band for AI companies ${BUDGET_BAND.min}–${BUDGET_BAND.max}%` +
        (peers ? `; cross-industry peers ${peers.value}%` : '') },
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

/**
 * The budget line's steps, named: where the org phase changes the budget's % of revenue, and the
 * quarters where the minimum annual budget sets the envelope instead.
 */
function budgetStepNote(ctx: SheetContext): string {
  const { doc, projection } = ctx.report
  const rows = projection.quarters
  const percent = (q: QuarterResult) => `${Number(q.budgetPercent.toFixed(2))}%`
  const steps = rows.slice(1).flatMap((q, i) => (q.budgetPercent !== rows[i].budgetPercent
    ? [`${q.label} → ${percent(q)} (${phaseName(q.orgPhase)})`] : []))
  const first = rows[0]
  const opening = doc.budget.mode === 'fixed'
    ? `Budget envelope: a fixed ${percent(first)} of revenue.`
    : steps.length === 0
      ? `Budget envelope: ${percent(first)} of revenue (${phaseName(first.orgPhase)}) throughout.`
      : `Budget envelope steps with the org phase: ${percent(first)} of revenue (${phaseName(first.orgPhase)}) from ${first.label}; ${steps.join('; ')}.`
  const minimum = doc.budget.minimumAnnual ?? 0
  const floored = rows.filter((q) => minimum > 0 && (q.revenue * q.budgetPercent) / 100 < minimum / 4)
  if (floored.length === 0) return opening
  return `${opening} The minimum annual budget of ${formatMoneyCompact(minimum, ctx.currency)} sets the envelope in ` +
    `${floored.length} of ${rows.length} quarters (first ${floored[0].label}).`
}

function writeTiles(ws: Worksheet, top: number, tiles: readonly Tile[]): void {
  ws.getRow(top).height = 18
  ws.getRow(top + 1).height = 34
  ws.getRow(top + 2).height = 15
  ws.getRow(top + 3).height = 22
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

/** The plan's average % of revenue next to the blueprint band and the cited peer benchmarks;
 * returns the last row written. */
function writeBenchmarks(ws: Worksheet, top: number, ctx: SheetContext): number {
  const { kpis } = ctx.report
  const percent2 = ctx.formats.percent2
  writeSection(ws, top, 'Security spend as % of revenue: the plan against the blueprint and peers')
  writeHeaderRow(ws, top + 1, [['Measure', 1, 6], ['% of revenue', 7, 8], ['Source', 9, 13], ['Year', 14, 14]])
  // Percentages and years centred under their headers, the band's text like the numbers.
  let row = top + 2
  writeBodyRow(ws, row++, [
    { value: 'This plan: average over the horizon', from: 1, to: 6 },
    { value: kpis.averagePercentOfRevenue === null ? 'n/a' : kpis.averagePercentOfRevenue / 100, from: 7, to: 8, numFmt: percent2, align: 'center' },
    { value: 'Rampart projection of this scenario', from: 9, to: 13 }, { value: '', from: 14, to: 14 }
  ])
  writeBodyRow(ws, row++, [
    { value: 'Target band for AI companies: early stage to mature', from: 1, to: 6 },
    { value: `${BUDGET_BAND.min.toFixed(2)}% – ${BUDGET_BAND.max.toFixed(2)}%`, from: 7, to: 8, align: 'center' },
    { value: 'AI-security maturity blueprint (reference)', from: 9, to: 13 }, { value: '', from: 14, to: 14 }
  ])
  for (const benchmark of BENCHMARKS.filter((b) => b.metric === 'percentOfRevenue')) {
    writeBodyRow(ws, row++, [
      { value: benchmark.label, from: 1, to: 6 },
      { value: benchmark.value / 100, from: 7, to: 8, numFmt: percent2, align: 'center' },
      { value: benchmark.source, from: 9, to: 13 }, { value: benchmark.year, from: 14, to: 14, numFmt: '0', align: 'center' }
    ])
  }
  writeNote(ws, row,
    `The blueprint's ${BUDGET_BAND.min}–${BUDGET_BAND.max}% target for AI companies sits well above cross-industry averages: ` +
    'model theft, data poisoning and adversarial attacks add risks most companies do not carry.')
  return row
}
