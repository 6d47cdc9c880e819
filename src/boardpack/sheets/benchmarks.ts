// Benchmarks: the plan's benchmarks for each fiscal year (derived) with each metric's headline peer
// figure under it (reference), then every cited peer figure with what it measures, its source and
// year. Paired by core's one table (FISCAL_YEAR_BENCHMARK_ROWS), as the app's dashboard and
// `rampart project` pair them. A sheet of its own: on Analysis it pushed that sheet to a third page.
import type { Worksheet } from 'exceljs'
import {
  BUDGET_BAND, capitalised, FISCAL_YEAR_BENCHMARK_ROWS, peerBasisPrefix, peerFigures, peerValueText,
  type Benchmark, type FiscalYearBenchmarkRow, type FiscalYearResult
} from '../../core'
import { fiscalYearShortDisplay } from '../fiscalYears'
import { freeze, pagesTall, setUpPrinting, SHORT_PAGE, writeNote, writeSection, writeTitle } from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { currencyFormat, type NumberFormats } from '../styles'
import { writeBodyRow, writeHeaderRow, type BodyCell } from './gridRows'

const BENCHMARK_COLUMNS = 14
const COLUMN_WIDTH = 9
/** Each metric's two columns, after the fiscal year's two; provenance last. */
const metricColumns = (index: number): [number, number] => [3 + 2 * index, 4 + 2 * index]
const PROVENANCE: [number, number] = [13, 14]

/** A metric's number format: percents are stored as fractions of one, as Excel reads them. */
function metricFormat(row: FiscalYearBenchmarkRow, formats: NumberFormats): string {
  switch (row.kind) {
    case 'money': return formats.money
    case 'per100': return formats.decimal2
    default: return row.decimals === 0 ? formats.percent0 : row.decimals === 1 ? formats.percent1 : formats.percent2
  }
}

function metricCell(row: FiscalYearBenchmarkRow, year: FiscalYearResult, index: number, formats: NumberFormats): BodyCell {
  const [from, to] = metricColumns(index)
  const value = year.benchmarks[row.key]
  if (value === null) return { value: 'n/a', from, to, align: 'right' }
  return { value: row.kind === 'percent' ? value / 100 : value, from, to, numFmt: metricFormat(row, formats), align: 'right', kind: 'value' }
}

/** A single peer figure as a number in the sheet's formats (cited money is in US dollars); a range stays text. */
function peerCell(b: Benchmark, from: number, to: number, formats: NumberFormats): BodyCell {
  const at = { from, to, align: 'right' as const }
  if (b.high !== undefined) return { ...at, value: peerValueText(b) }
  if (b.unit === '%') return { ...at, value: b.value / 100, numFmt: formats.percent2 }
  if (b.unit === 'USD') return { ...at, value: b.value, numFmt: currencyFormat('USD') }
  return { ...at, value: b.value, numFmt: formats.decimal2 }
}

export function writeBenchmarksSheet(ws: Worksheet, ctx: SheetContext): void {
  const { report } = ctx
  for (let c = 1; c <= BENCHMARK_COLUMNS; c++) ws.getColumn(c).width = COLUMN_WIDTH
  writeTitle(ws, `Benchmarks by fiscal year: ${report.doc.name}`,
    'The plan\'s own figures for each fiscal year (derived) beside the cited peer figures they are read against (reference).')
  const yearsEnd = writeYearTable(ws, 4, ctx)
  const lastRow = writePeerTable(ws, yearsEnd + 2, ctx.formats) + 1
  // With the years above them the cited figures overrun one page: they start the next rather than
  // split mid-table, unless that would leave the years' page mostly empty (a plan of a year or two).
  const { paper } = ctx.model
  if (pagesTall(ws, paper, 'landscape', BENCHMARK_COLUMNS, 1, lastRow) > 1 &&
    pagesTall(ws, paper, 'landscape', BENCHMARK_COLUMNS, 1, yearsEnd) >= SHORT_PAGE) {
    ws.getRow(yearsEnd + 1).addPageBreak()
  }
  // The title stays in view (two tables, so no one header row to freeze).
  freeze(ws, 3)
  ws.views = [{ ...ws.views[0], showGridLines: false }]
  setUpPrinting(ws, { ...pageBasics(ctx), orientation: 'landscape', area: { lastColumn: BENCHMARK_COLUMNS, lastRow } })
}

/** Each fiscal year's figures, the headline peer figure of each metric under its column; returns the last row written. */
function writeYearTable(ws: Worksheet, top: number, ctx: SheetContext): number {
  const { formats } = ctx
  writeSection(ws, top, 'The plan by fiscal year, beside the headline peer figure')
  writeHeaderRow(ws, top + 1, [
    ['Fiscal year', 1, 2],
    ...FISCAL_YEAR_BENCHMARK_ROWS.map((row, i): [string, number, number] => [capitalised(row.label), ...metricColumns(i)]),
    ['Provenance', ...PROVENANCE]
  ])
  ws.getRow(top + 1).height = 30 // the metrics' names wrap onto two lines in their two columns
  let row = top + 2
  for (const year of ctx.report.projection.fiscalYears) {
    writeBodyRow(ws, row++, [
      { value: fiscalYearShortDisplay(year), from: 1, to: 2 },
      ...FISCAL_YEAR_BENCHMARK_ROWS.map((metric, i) => metricCell(metric, year, i, formats)),
      { value: 'derived', from: PROVENANCE[0], to: PROVENANCE[1] }
    ])
  }
  // The first figure the catalog cites for each metric; the table below lists them all.
  const headline = FISCAL_YEAR_BENCHMARK_ROWS.map((metric) => peerFigures(metric.metric)[0])
  writeBodyRow(ws, row++, [
    { value: 'Peer figure', from: 1, to: 2 },
    ...headline.map((b, i) => peerCell(b, ...metricColumns(i), formats)),
    { value: [...new Set(headline.map((b) => b.provenance))].join(', '), from: PROVENANCE[0], to: PROVENANCE[1] }
  ])
  writeNote(ws, row, 'Spend per employee is annualised for a partial year; FTE per 100 is at the year\'s last quarter; n/a where the ' +
    `plan has no employees, spend, revenue or IT budget. The blueprint's ${BUDGET_BAND.min}–${BUDGET_BAND.max}% of revenue target ` +
    'for AI companies sits well above the cross-industry figures.', 1, BENCHMARK_COLUMNS)
  return row
}

/** Every cited peer figure of each metric, with what it measures, source, year and provenance; returns the last row written. */
function writePeerTable(ws: Worksheet, top: number, formats: NumberFormats): number {
  writeSection(ws, top, 'The cited peer figures')
  writeHeaderRow(ws, top + 1, [['Metric', 1, 3], ['Peer figure', 4, 5], ['What it measures and source', 6, 11], ['Year', 12, 12],
    ['Provenance', ...PROVENANCE]])
  let row = top + 2
  for (const metric of FISCAL_YEAR_BENCHMARK_ROWS) {
    for (const b of peerFigures(metric.metric)) {
      writeBodyRow(ws, row++, [
        { value: capitalised(metric.label), from: 1, to: 3 },
        peerCell(b, 4, 5, formats),
        { value: `${peerBasisPrefix(b)}${b.label} (${b.source})`, from: 6, to: 11 },
        { value: b.year, from: 12, to: 12, numFmt: '0', align: 'center' },
        { value: b.provenance, from: PROVENANCE[0], to: PROVENANCE[1] }
      ])
    }
  }
  return row - 1
}
