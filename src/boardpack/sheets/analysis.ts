// Analysis: the detail behind the Summary. The plan's spend against the blueprint's band and cited
// peers, the warnings most severe first, and what drives total spend (a table and a tornado).
import type { Worksheet } from 'exceljs'
import { BENCHMARKS, BUDGET_BAND } from '../../core'
import type { PlacedChart } from '../charts/chartTypes'
import { printableSize, printedHeight, scaleToFit, setUpPrinting, writeNote, writeSection, writeTitle } from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { SHEET_NAMES } from '../sheetNames'
import { driverChart, driverNote, topDrivers, writeDriverTable } from './drivers'
import { writeBodyRow, writeHeaderRow } from './gridRows'
import { MAX_WARNINGS, writeOtherWarnings, writeTopWarnings } from './warnings'

const ANALYSIS_COLUMNS = 14
const COLUMN_WIDTH = 9
const ALL_DRIVERS = 10
const DEFAULT_ROW_HEIGHT = 15

export function writeAnalysisSheet(ws: Worksheet, ctx: SheetContext): PlacedChart[] {
  const { report, model } = ctx
  for (let c = 1; c <= ANALYSIS_COLUMNS; c++) ws.getColumn(c).width = COLUMN_WIDTH
  writeTitle(ws, `Analysis: ${report.doc.name}`,
    'The plan against the blueprint and its peers, the warnings Rampart finds in it, and what drives its total spend.')

  let row = writeBenchmarks(ws, 4, ctx) + 2
  row = writeTopWarnings(ws, row, report.pitfalls, ANALYSIS_COLUMNS) + 2

  // What drives spend, with its chart, on a page of its own.
  ws.getRow(row - 1).addPageBreak()
  const charts: PlacedChart[] = []
  const drivers = topDrivers(ctx.sensitivity, ALL_DRIVERS)
  writeSection(ws, row, 'What drives spend')
  writeNote(ws, row + 1, driverNote(ctx), 1, ANALYSIS_COLUMNS)
  const pageTop = row
  const table = writeDriverTable(ws, row + 2, ctx, drivers)
  row = table ? table.lastRow + 2 : row + 3
  if (table) {
    // The tornado fills what is left of the page at the scale the sheet's width prints at.
    const scale = scaleToFit(ws, model.paper, 'landscape', ANALYSIS_COLUMNS) / 100
    const left = printableSize(model.paper, 'landscape').height / scale - printedHeight(ws, pageTop, row - 1)
    const chartBottom = row + Math.max(12, Math.floor(left / DEFAULT_ROW_HEIGHT) - 2)
    charts.push({
      sheet: SHEET_NAMES.analysis,
      anchor: { from: { col: 0, row: row - 1 }, to: { col: ANALYSIS_COLUMNS, row: chartBottom } },
      spec: driverChart(table, drivers, ctx)
    })
    row = chartBottom + 1
  }
  if (report.pitfalls.length > MAX_WARNINGS) {
    ws.getRow(row).addPageBreak()
    row = writeOtherWarnings(ws, row + 1, report.pitfalls, ANALYSIS_COLUMNS)
  }
  ws.views = [{ showGridLines: false }]
  setUpPrinting(ws, { ...pageBasics(ctx), area: { lastColumn: ANALYSIS_COLUMNS, lastRow: row } })
  return charts
}

/** The plan's average % of revenue next to the blueprint band and the cited peer benchmarks;
 * returns the last row written. */
function writeBenchmarks(ws: Worksheet, top: number, ctx: SheetContext): number {
  const { kpis } = ctx.report
  const percent2 = ctx.formats.percent2
  writeSection(ws, top, 'Security spend as % of revenue: the plan against the blueprint and peers')
  writeHeaderRow(ws, top + 1, [['Measure', 1, 6], ['% of revenue', 7, 8], ['Source and provenance', 9, 13], ['Year', 14, 14]])
  // Percentages and years centred under their headers, the band's text like the numbers.
  let row = top + 2
  writeBodyRow(ws, row++, [
    { value: 'This plan: average over the horizon', from: 1, to: 6 },
    { value: kpis.averagePercentOfRevenue === null ? 'n/a' : kpis.averagePercentOfRevenue / 100, from: 7, to: 8, numFmt: percent2, align: 'center' },
    { value: 'Rampart projection of this scenario (derived)', from: 9, to: 13 }, { value: '', from: 14, to: 14 }
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
    'model theft, data poisoning and adversarial attacks add risks most companies do not carry. Peer figures are reference (cited surveys).',
    1, ANALYSIS_COLUMNS)
  return row
}
