// Analysis: the plan's benchmarks for each fiscal year (derived), and under each metric the headline
// peer figure it is read against (reference), paired by core's one table as the CLI and the app pair them.
import type { Worksheet } from 'exceljs'
import {
  FISCAL_YEAR_BENCHMARK_ROWS, peerFigures, peerValueText,
  type Benchmark, type FiscalYearBenchmarkRow, type FiscalYearResult
} from '../../core'
import { writeNote, writeSection } from '../layout'
import type { SheetContext } from '../sheetContext'
import { currencyFormat, type NumberFormats } from '../styles'
import { writeBodyRow, writeHeaderRow, type BodyCell } from './gridRows'

/** Each metric's two columns, after the fiscal year's two; provenance last. */
const metricColumns = (index: number): [number, number] => [3 + 2 * index, 4 + 2 * index]
const PROVENANCE: [number, number] = [13, 14]

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

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
  return { value: row.kind === 'percent' ? value / 100 : value, from, to, numFmt: metricFormat(row, formats), align: 'right' }
}

/** Practitioner guidance is not a survey, so it says so before its source. */
function peerKind(b: Benchmark): string {
  if (b.basis === 'survey') return ''
  return b.high === undefined ? 'practitioner rule of thumb: ' : 'practitioner range: '
}

/** A single peer figure as a number in the sheet's formats, under its metric; a range stays text. */
function peerCell(b: Benchmark, index: number, formats: NumberFormats): BodyCell {
  const [from, to] = metricColumns(index)
  const at = { from, to, align: 'right' as const }
  if (b.high !== undefined) return { ...at, value: peerValueText(b) }
  if (b.unit === '%') return { ...at, value: b.value / 100, numFmt: formats.percent2 }
  if (b.unit === 'USD') return { ...at, value: b.value, numFmt: currencyFormat('USD') }
  return { ...at, value: b.value, numFmt: formats.decimal2 }
}

/** Writes the table from `top`; returns the last row written. */
export function writeFiscalYearBenchmarks(ws: Worksheet, top: number, ctx: SheetContext): number {
  const { formats } = ctx
  const years = ctx.report.projection.fiscalYears
  writeSection(ws, top, 'Benchmarks by fiscal year, beside the cited peer figures')
  writeHeaderRow(ws, top + 1, [
    ['Fiscal year', 1, 2],
    ...FISCAL_YEAR_BENCHMARK_ROWS.map((row, i): [string, number, number] => [capitalised(row.label), ...metricColumns(i)]),
    ['Provenance', ...PROVENANCE]
  ])
  ws.getRow(top + 1).height = 30 // the metrics' names wrap onto two lines in their two columns
  let row = top + 2
  for (const year of years) {
    writeBodyRow(ws, row++, [
      { value: year.partial ? `${year.label} (partial)` : year.label, from: 1, to: 2 },
      ...FISCAL_YEAR_BENCHMARK_ROWS.map((metric, i) => metricCell(metric, year, i, formats)),
      { value: 'derived', from: PROVENANCE[0], to: PROVENANCE[1] }
    ])
  }
  // The headline peer figure of each metric (the first the catalog cites) under its column, with its
  // source and year; the app and `rampart project` list every cited figure.
  const headline = FISCAL_YEAR_BENCHMARK_ROWS.map((metric) => peerFigures(metric.metric)[0])
  writeBodyRow(ws, row++, [
    { value: 'Peer figure', from: 1, to: 2 },
    ...headline.map((b, i) => peerCell(b, i, formats)),
    { value: 'reference', from: PROVENANCE[0], to: PROVENANCE[1] }
  ])
  // Sources in one note rather than a row of their own: Analysis keeps to two printed pages.
  const sources = headline.map((b, i) => `${FISCAL_YEAR_BENCHMARK_ROWS[i].label}, ${peerKind(b)}${b.source}, ${b.year}`)
  writeNote(ws, row++, `Peer figures (reference): ${sources.join('; ')}. Spend per employee is annualised for a partial year; ` +
    'FTE per 100 is at the year\'s last quarter; n/a where the plan has no employees, spend, revenue or IT budget.', 1, PROVENANCE[1])
  return row - 1
}
