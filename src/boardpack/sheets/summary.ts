// Summary: the board's one page. The scenario and the scenarios it is compared with, the key
// figures, the ask (the first full fiscal year's request in a sentence), the plan by fiscal year,
// the decisions the board must take, AI risk before and after, and when each phase is reached.
// The native charts follow on the next page: spend against budget by fiscal year and by quarter,
// team growth and the maturity path.
import type { Cell, Worksheet } from 'exceljs'
import {
  BENCHMARKS, BUDGET_BAND, formatMoney, formatMoneyCompact, formatRatioAsPercent, PHASE_IDS, phaseName, quarterRangeLabel,
  type QuarterResult
} from '../../core'
import { phaseDateText } from '../../core/uncertaintyText'
import { budgetChart, fiscalYearChart, headcountChart, maturityChart } from '../charts/boardCharts'
import type { FiscalYearTable, PlacedChart } from '../charts/chartTypes'
import { fiscalYearShortDisplay } from '../fiscalYears'
import { columnLetter, printableSize, scaleToFit, setUpPrinting, writeNote, writeSection, writeTitle, wrapAcross } from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { SHEET_NAMES } from '../sheetNames'
import { planStatusText } from '../story/deadlines'
import {
  bandCoverage, budgetProvenance, PHASE_DATE_PROVENANCE, planProvenance, RISK_PROVENANCE
} from '../story/provenance'
import {
  argb, COLORS, currencyAxisFormat, font, RISK_LEVEL_FILLS, signedThousandsFormat, solid, thousandsFormat
} from '../styles'
import { writeBodyRow, writeHeaderRow, type BodyCell } from './gridRows'
import type { MaturityLayout } from './maturity'
import type { PlanLayout } from './quarterlyPlan'

/** Column widths of the Summary's grid: the fiscal-year table's columns, which the tiles and the
 * other tables share. */
const WIDTHS = [10, 11, 11, 11, 11, 11, 13, 9, 9, 11, 10, 13, 13, 9] as const
const COLUMNS = WIDTHS.length
const TILE_SPAN = 2
/** Rows under the charts on the second page, for the notes. */
const NOTE_ROWS = 3
const DEFAULT_ROW_HEIGHT = 15

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
  WIDTHS.forEach((width, i) => { ws.getColumn(i + 1).width = width })

  writeTitle(ws, `Security plan: ${doc.name}`,
    `${quarterRangeLabel(doc.start, 0, doc.quarters - 1)} (${doc.quarters} quarters) · amounts in ${currency} · ` +
    `generated ${model.dateLabel} · uncertainty from ${model.samples.toLocaleString('en-US')} simulated samples (seed ${model.seed})`)
  if (model.reports.length > 1) {
    const others = model.reports.slice(1).map((r) => r.doc.name)
    const text = `This pack compares ${model.reports.length} scenarios: ${doc.name} (this summary) with ${others.join('; ')}. ` +
      `See ${SHEET_NAMES.comparison}, the next sheet.`
    ws.getCell(3, 1).value = text
    ws.getCell(3, 1).font = font({ bold: true, color: argb(COLORS.navy) })
    wrapAcross(ws, 3, 1, COLUMNS, text.length)
  } else {
    ws.getRow(3).height = 4
  }
  ws.getRow(4).height = 6
  writeTiles(ws, 5, kpiTiles(ctx, plan))
  ws.getRow(9).height = 6

  let row = writeAsk(ws, 10, ctx)
  const years = writeFiscalYears(ws, row + 1, ctx)
  row = writeDecisions(ws, years.lastRow + 4, ctx)
  row = writeRisksAndPhases(ws, row + 1, ctx)
  const firstPageRows = row
  ws.getRow(firstPageRows).addPageBreak()
  // One scale for both pages, the one at which the first page fits its paper.
  const scale = scaleToFit(ws, model.paper, 'landscape', COLUMNS, firstPageRows)

  // Page 2: the charts, two by two, as tall as the page allows at that scale, and what makes the
  // budget line step.
  const top = firstPageRows + 1
  const half = COLUMNS / 2
  const pageRows = Math.floor(printableSize(model.paper, 'landscape').height / (scale / 100) / DEFAULT_ROW_HEIGHT)
  const chartRows = Math.floor((pageRows - NOTE_ROWS) / 2)
  const place = (col: number, fromRow: number, spec: PlacedChart['spec']): PlacedChart => ({
    sheet: SHEET_NAMES.summary,
    anchor: { from: { col, row: fromRow - 1 }, to: { col: col + half, row: fromRow - 1 + chartRows } },
    spec
  })
  const charts = [
    place(0, top, fiscalYearChart(years, report)),
    place(half, top, budgetChart(plan, report)),
    place(0, top + chartRows, headcountChart(plan, report)),
    place(half, top + chartRows, maturityChart(maturity, report))
  ]
  const noteRow = top + 2 * chartRows
  writeNote(ws, noteRow, budgetStepNote(ctx), 1, COLUMNS)
  writeNote(ws, noteRow + 1, `The shaded band: ${bandCoverage(report.simulation.sources, model.samples, model.seed)}.`, 1, COLUMNS)
  writeNote(ws, noteRow + 2,
    `Figures are the plan's; see ${SHEET_NAMES.assumptions} for every input and whether it is reference data or an illustrative placeholder.`,
    1, COLUMNS)
  ws.views = [{ showGridLines: false }]
  setUpPrinting(ws, { ...pageBasics(ctx), orientation: 'landscape', area: { lastColumn: COLUMNS, lastRow: noteRow + 2 }, scale })
  return charts
}

/** The ask, as a sentence under its section title; returns the row after it. */
function writeAsk(ws: Worksheet, top: number, ctx: SheetContext): number {
  const { ask } = ctx.report
  writeSection(ws, top, `The ask: ${ask.fiscalYear.label}${ask.fullYear ? '' : ' (a partial year)'}`)
  ws.getRow(top).height = 20
  const cell = ws.getCell(top + 1, 1)
  cell.value = ask.sentence
  cell.font = font({ size: 12, bold: true, color: argb(COLORS.navy) })
  // Bold 12 pt is about a fifth wider than the body text wrapAcross measures.
  wrapAcross(ws, top + 1, 1, COLUMNS, ask.sentence.length, 1.2)
  ws.getRow(top + 2).height = 6
  return top + 2
}

/**
 * The plan by fiscal year: budget, spend by category, how far over (+) or under (−) budget,
 * year-end headcount and security FTE, and the phases reached; a total over the horizon and the
 * provenance of the figures below.
 */
function writeFiscalYears(ws: Worksheet, top: number, ctx: SheetContext): FiscalYearTable {
  const { report, currency, formats } = ctx
  const k = thousandsFormat(currency)
  const signed = signedThousandsFormat(currency)
  writeSection(ws, top, 'The plan by fiscal year')
  ws.getRow(top).height = 20
  const unit = `${currency} K`
  writeHeaderRow(ws, top + 1, [
    ['Fiscal year', 1, 1], [`Budget (${unit})`, 2, 2], [`People (${unit})`, 3, 3], [`Tools (${unit})`, 4, 4],
    [`Programs (${unit})`, 5, 5], [`Total (${unit})`, 6, 6], [`Over (+) / under (−) budget, ${unit}`, 7, 7],
    ['% of budget', 8, 8], ['% of revenue', 9, 9], ['Headcount, year end', 10, 10], ['Security FTE, year end', 11, 11],
    ['Org phase', 12, 12], ['Security maturity', 13, 13], ['P(over budget)', 14, 14]
  ])
  ws.getRow(top + 1).height = 52
  const firstRow = top + 2
  const moneyCell = (value: number, col: number, numFmt = k): BodyCell => ({ value, from: col, to: col, numFmt, align: 'right' })
  const overrunOf = (label: string) => report.simulation.fiscalYears.find((y) => y.label === label)?.overrunProbability ?? null
  report.fiscalYears.forEach((year, i) => {
    const row = firstRow + i
    writeBodyRow(ws, row, [
      { value: fiscalYearShortDisplay(year), from: 1, to: 1 },
      moneyCell(year.budget, 2), moneyCell(year.people, 3), moneyCell(year.tools, 4), moneyCell(year.programs, 5),
      moneyCell(year.total, 6), moneyCell(year.total - year.budget, 7, signed),
      { value: year.utilization ?? 'n/a', from: 8, to: 8, numFmt: formats.percent0, align: 'right' },
      { value: year.revenue === 0 ? 'n/a' : year.total / year.revenue, from: 9, to: 9, numFmt: formats.percent2, align: 'right' },
      { value: year.headcount, from: 10, to: 10, numFmt: formats.integer, align: 'right' },
      { value: year.securityFte, from: 11, to: 11, numFmt: formats.integer, align: 'right' },
      { value: phaseName(year.orgPhase), from: 12, to: 12 },
      { value: phaseName(year.maturityPhase), from: 13, to: 13 },
      { value: overrunOf(year.label) ?? 'n/a', from: 14, to: 14, numFmt: formats.percent0, align: 'right' }
    ])
    ws.getRow(row).height = 16
    if (year.total > year.budget) {
      const over = ws.getCell(row, 7)
      over.font = font({ bold: true, color: argb(COLORS.red) })
      over.fill = solid(COLORS.overrunFill)
    }
    if (year.label === report.ask.fiscalYear.label) {
      for (let c = 1; c <= COLUMNS; c++) ws.getCell(row, c).fill = ws.getCell(row, c).fill ?? solid(COLORS.tile)
      ws.getCell(row, 1).font = font({ bold: true })
    }
  })
  const lastRow = firstRow + report.fiscalYears.length - 1
  // The horizon's totals, as formulas over the years above.
  const totalRow = lastRow + 1
  const sum = (col: number, result: number, numFmt = k): BodyCell => {
    const letter = columnLetter(col)
    return { value: { formula: `SUM(${letter}${firstRow}:${letter}${lastRow})`, result }, from: col, to: col, numFmt, align: 'right', kind: 'formula' }
  }
  const { kpis, projection } = report
  const horizon = (pick: (q: QuarterResult) => number) => projection.quarters.reduce((s, q) => s + pick(q), 0)
  writeBodyRow(ws, totalRow, [
    { value: 'Horizon', from: 1, to: 1 }, sum(2, kpis.totalBudget), sum(3, horizon((q) => q.people)),
    sum(4, horizon((q) => q.tools)), sum(5, horizon((q) => q.programs)), sum(6, kpis.totalSpend),
    sum(7, kpis.totalSpend - kpis.totalBudget, signed),
    { value: kpis.totalBudget === 0 ? 'n/a' : kpis.totalSpend / kpis.totalBudget, from: 8, to: 8, numFmt: ctx.formats.percent0, align: 'right' },
    { value: kpis.averagePercentOfRevenue === null ? 'n/a' : kpis.averagePercentOfRevenue / 100, from: 9, to: 9, numFmt: ctx.formats.percent2, align: 'right' },
    { value: '', from: 10, to: 14 }
  ])
  ws.getRow(totalRow).height = 16
  for (let c = 1; c <= COLUMNS; c++) {
    const cell = ws.getCell(totalRow, c)
    cell.font = font({ bold: true })
    cell.border = { ...cell.border, top: { style: 'double', color: argb(COLORS.navy) } }
  }
  writeNote(ws, totalRow + 1, planProvenance(report.doc), 1, COLUMNS)
  writeNote(ws, totalRow + 2, `${budgetProvenance(report.doc)} Over budget is + and red. Phases are those of each year's last quarter. ` +
    'P(over budget) is simulated.', 1, COLUMNS)
  return { firstRow, lastRow, labelColumn: 1, columns: { budget: 2, people: 3, tools: 4, programs: 5, total: 6 } }
}

const SEVERITY_COLORS = { critical: COLORS.red, warning: COLORS.gold, information: COLORS.grey } as const
const SEVERITY_LABELS = { critical: 'Critical', warning: 'Warning', information: 'Note' } as const

/** The decisions the board is asked to take, then the deadlines on track with their chance (those at
 * risk are decisions); returns the last row written. */
function writeDecisions(ws: Worksheet, top: number, ctx: SheetContext): number {
  const { decisions, deadlines } = ctx.report
  writeSection(ws, top, 'Decisions needed')
  ws.getRow(top).height = 20
  let row = top
  if (decisions.length === 0) {
    writeNote(ws, ++row, 'None: every fiscal year stays within its budget and no deadline is at risk.', 1, COLUMNS)
  }
  decisions.forEach((decision) => {
    writeBodyRow(ws, ++row, [
      { value: SEVERITY_LABELS[decision.severity], from: 1, to: 1 },
      { value: decision.subject, from: 2, to: 3 },
      { value: decision.text, from: 4, to: COLUMNS }
    ])
    ws.getCell(row, 1).font = font({ bold: true, color: argb(SEVERITY_COLORS[decision.severity]) })
  })
  const onTrack = deadlines.filter((d) => !decisions.some((decision) => decision.subject === d.name))
  if (onTrack.length > 0) {
    writeNote(ws, ++row, `Deadlines on track: ${onTrack.map((d) => `${d.name}${d.hard ? ' (hard)' : ''}, due ${d.label}: ` +
      `${planStatusText(d)} in the plan, in ${formatRatioAsPercent(d.metProbability, 0)} of simulated outcomes`).join('; ')}. ` +
      `Every deadline with what it requires: ${SHEET_NAMES.maturity}.`, 1, COLUMNS)
  }
  return row
}

/**
 * AI risk before and after (left half) and phase dates (right half), side by side; returns the
 * last row written.
 */
function writeRisksAndPhases(ws: Worksheet, top: number, ctx: SheetContext): number {
  const { report } = ctx
  const { ask, riskChanges, phaseDates, projection } = report
  const quarters = projection.quarters
  writeSection(ws, top, 'Residual AI risk (score 1–12)')
  writeSection(ws, top, 'When each phase is reached', 8)
  ws.getRow(top).height = 20
  const ranged = phaseDates.some((p) => p.range !== null)
  writeHeaderRow(ws, top + 1, [
    ['Risk', 1, 3], ['Inherent', 4, 4], [`Start ${quarters[0].label}`, 5, 5], [`End of ${ask.fiscalYear.label}`, 6, 6],
    [`End ${quarters[quarters.length - 1].label}`, 7, 7],
    ['Phase', 8, 9], ['Organisation enters', 10, 11],
    ...(ranged
      ? [['Security maturity reaches (plan)', 12, 12], ['Simulated: P50, and P90', 13, 14]] as [string, number, number][]
      : [['Security maturity reaches', 12, 14]] as [string, number, number][])
  ])
  ws.getRow(top + 1).height = 30
  const rows = Math.max(riskChanges.length, phaseDates.length)
  for (let i = 0; i < rows; i++) {
    const row = top + 2 + i
    const risk = riskChanges[i]
    const phase = phaseDates[i]
    const cells: BodyCell[] = []
    if (risk) {
      cells.push({ value: risk.name, from: 1, to: 3 })
      for (const [col, point] of [[4, risk.inherent], [5, risk.start], [6, risk.askYearEnd], [7, risk.planEnd]] as const) {
        cells.push({ value: point.score, from: col, to: col, numFmt: '0.0', align: 'center' })
      }
    }
    if (phase) {
      const reached = phase.maturityReaches ?? 'not in the plan'
      cells.push({ value: phaseName(phase.phase), from: 8, to: 9 }, { value: phase.orgReaches ?? 'not in the plan', from: 10, to: 11 })
      cells.push(...(ranged
        ? [{ value: reached, from: 12, to: 12 }, { value: phase.range ? phaseDateText(phase.range) : '', from: 13, to: 14 }]
        : [{ value: reached, from: 12, to: 14 }]))
    }
    writeBodyRow(ws, row, cells)
    if (risk) {
      for (const [col, point] of [[4, risk.inherent], [5, risk.start], [6, risk.askYearEnd], [7, risk.planEnd]] as const) {
        ws.getCell(row, col).fill = solid(RISK_LEVEL_FILLS[point.level])
      }
    }
  }
  const last = top + 1 + rows
  writeNote(ws, last + 1, RISK_PROVENANCE, 1, COLUMNS)
  writeNote(ws, last + 2, PHASE_DATE_PROVENANCE, 1, COLUMNS)
  return last + 2
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
  const last = rows[rows.length - 1]
  if (doc.budget.mode === 'amounts') return 'Budget envelope: the approved amount of each fiscal year, spread evenly over its quarters.'
  if (doc.budget.mode === 'glide') {
    return `Budget envelope glides with headcount between the phases' percentages: ${percent(first)} of revenue in ${first.label}, ` +
      `${percent(last)} in ${last.label}.`
  }
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
  ws.getRow(top).height = 26
  ws.getRow(top + 1).height = 30
  ws.getRow(top + 2).height = 15
  ws.getRow(top + 3).height = 18
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
    value.font = font({ size: 18, bold: true, color: argb(COLORS.navy) })
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
