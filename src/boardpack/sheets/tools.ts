// Tools: each tool line with its annual range, the chosen point, the per-employee part, when it
// starts, and the P10/P50/P90 of its annual cost (the same triangular distribution the
// simulation samples). Start, range, point and per-employee cost are inputs: the Quarterly Plan's
// tools line and each tool's cost over the plan follow them.
import type { Worksheet } from 'exceljs'
import {
  formatMoney, formatMoneyCompact, quarterLabel, TOOL_BY_ID, toolPointValue, toolQuarterCost, type ToolLine
} from '../../core'
import { toolCostQuantiles } from '../../core/toolUncertainty'
import {
  columnLetter, freeze, lastColumnOfFirstPage, pagesAcross, setUpPrinting, STANDARD_LEGEND, wrapAcross, writeLegend, writeNote,
  writeTable, writeTitle, type ColumnSpec
} from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { catalogRangeOf } from '../story/catalogUse'
import { SHEET_NAMES } from '../sheetNames'
import type { PlanReferences, ToolLinks } from './links'

const HEADER_ROW = 4
/** A chosen point this far from the median is worth a note. */
const MEDIAN_TOLERANCE = 0.01

export function writeToolsSheet(ws: Worksheet, ctx: SheetContext, plan: PlanReferences): ToolLinks | null {
  const { report, formats, currency } = ctx
  const { doc, projection } = report
  const lines = [...(doc.tools ?? [])].sort((a, b) => a.quarter - b.quarter)
  const endHeadcount = projection.quarters[projection.quarters.length - 1].headcount
  const perYear = `${currency}/year`
  const costOverPlan = (line: ToolLine) => projection.quarters
    .filter((q) => q.quarter >= line.quarter)
    .reduce((sum, q) => sum + toolQuarterCost(toolPointValue(line), line, q.headcount), 0)
  const quantiles = new Map(lines.map((line) => [line, toolCostQuantiles(line)]))
  const h = {
    start: 'Start quarter',
    low: `Low (${perYear})`,
    high: `High (${perYear})`,
    point: 'Chosen point',
    pointValue: `Point value (${perYear})`,
    perEmployee: `Per employee (${perYear})`
  }
  const letter = (name: string) => columnLetter(columns.findIndex((c) => c.header === name) + 1)
  const ref = (name: string, row: number) => `${letter(name)}${row}`
  const custom = (l: ToolLine) => typeof l.point === 'number'

  const columns: ColumnSpec<ToolLine>[] = [
    { header: 'Category', wrapAt: 20, value: (l) => TOOL_BY_ID.get(l.tool)?.name ?? l.tool },
    { header: h.start, kind: 'input', value: (l) => quarterLabel(doc.start, l.quarter) },
    { header: h.low, numFmt: formats.money, kind: 'input', value: (l) => l.low },
    { header: h.high, numFmt: formats.money, kind: 'input', value: (l) => l.high },
    { header: h.point, kind: 'input', value: (l) => custom(l) ? 'custom' : (l.point ?? 'mid') },
    // A named point follows the range; a custom point is an amount of its own.
    { header: h.pointValue, numFmt: formats.money, kind: (l) => (custom(l) ? 'input' : 'formula'),
      value: (l, row) => custom(l) ? toolPointValue(l) : {
        formula: `IF(${ref(h.point, row)}="low",${ref(h.low, row)},IF(${ref(h.point, row)}="high",${ref(h.high, row)},` +
          `(${ref(h.low, row)}+${ref(h.high, row)})/2))`,
        result: toolPointValue(l)
      } },
    { header: h.perEmployee, numFmt: formats.money, kind: 'input', value: (l) => l.perEmployee ?? 0 },
    { header: `Per-employee part at ${endHeadcount.toLocaleString('en-US')} employees (${perYear})`, numFmt: formats.money,
      kind: 'formula', value: (l, row) => ({ formula: `${ref(h.perEmployee, row)}*${plan.lastHeadcount}`, result: (l.perEmployee ?? 0) * endHeadcount }) },
    { header: `P10 (${perYear})`, numFmt: formats.money, kind: 'value', value: (l) => quantiles.get(l)!.p10 },
    { header: `P50 (${perYear})`, numFmt: formats.money, kind: 'value', value: (l) => quantiles.get(l)!.p50 },
    { header: `P90 (${perYear})`, numFmt: formats.money, kind: 'value', value: (l) => quantiles.get(l)!.p90 },
    // Each quarter from the start: the point value plus the per-employee part at that quarter's headcount.
    { header: `Cost over the plan (${currency})`, numFmt: formats.money, kind: 'formula',
      value: (l, row) => ({
        formula: `SUMPRODUCT((${plan.quarters}>=${ref(h.start, row)})*(${ref(h.pointValue, row)}+${ref(h.perEmployee, row)}*${plan.headcounts}))/4`,
        result: costOverPlan(l)
      }),
      total: { formula: (range) => `SUM(${range})`, result: lines.reduce((s, l) => s + costOverPlan(l), 0) } },
    { header: 'Chosen point against the median', wrapAt: 24, value: (l) => pointNote(l, quantiles.get(l)!.p50, currency) },
    { header: 'Range provenance', wrapAt: 26, value: (l) => rangeProvenance(l) }
  ]

  const subtitle = 'Annual cost ranges are uncertainty: each tool\'s cost is triangular on [low, high] with its mode at the chosen point ' +
    '(low, mid, high or a custom amount). P10/P50/P90 are of the range part; the per-employee part grows with headcount. ' +
    'A point below the median counts on the cheaper half of the range.'
  if (lines.length === 0) {
    writeTitle(ws, `Tools: ${doc.name}`, subtitle)
    writeNote(ws, HEADER_ROW, 'The scenario plans no tools.')
    setUpPrinting(ws, pageBasics(ctx))
    return null
  }
  const table = writeTable(ws, { name: 'ToolPlan', headerRow: HEADER_ROW, columns, rows: lines, totalsLabel: 'Total' })
  // Split across pages with the category printed again on each: the title keeps out of column A
  // and wraps within the first page's columns.
  const pages = pagesAcross(ws, ctx.model.paper, 'landscape', columns.length, 1)
  const firstPage = Math.max(2, lastColumnOfFirstPage(ws, columns.length, pages))
  writeTitle(ws, `Tools: ${doc.name}`, subtitle, 2)
  wrapAcross(ws, 2, 2, firstPage, subtitle.length)
  writeLegend(ws, 3, 2, STANDARD_LEGEND)
  wrapAcross(ws, 3, 2, firstPage, STANDARD_LEGEND.reduce((n, [text]) => n + text.length + 3, 0), 0.85)
  freeze(ws, table.firstDataRow, 2)
  setUpPrinting(ws, { ...pageBasics(ctx), orientation: 'landscape', repeatRows: { from: HEADER_ROW, to: HEADER_ROW },
    pagesWide: { pages, repeatColumns: 1 } })
  const range = (name: string) => `${SHEET_NAMES.tools}!${table.dataRange(name)}`
  return { starts: range(h.start), pointValues: range(h.pointValue), perEmployee: range(h.perEmployee) }
}

/** Says when the plan counts on a point below the median (optimistic) or above it (cautious). */
function pointNote(line: ToolLine, median: number, currency: string): string {
  const point = toolPointValue(line)
  const at = `median ${formatMoneyCompact(median, currency)}`
  if (point < median * (1 - MEDIAN_TOLERANCE)) {
    return line.point === 'low' ? `Plan uses the low end; ${at}` : `Plan's point is below the ${at}`
  }
  if (point > median * (1 + MEDIAN_TOLERANCE)) {
    return line.point === 'high' ? `Plan uses the high end; ${at}` : `Plan's point is above the ${at}`
  }
  return ''
}

function rangeProvenance(line: ToolLine): string {
  const tool = TOOL_BY_ID.get(line.tool)
  if (!tool) return 'scenario input'
  return catalogRangeOf(line)
    ? tool.source
    : `scenario input (catalog ${formatMoney(tool.low)}–${formatMoney(tool.high)}, ${tool.source})`
}
