// Tools: each tool line with its annual range, the chosen point, the per-employee part, when it
// starts, and the P10/P50/P90 of its annual cost (the same triangular distribution the
// simulation samples).
import type { Worksheet } from 'exceljs'
import {
  formatMoney, quarterLabel, TOOL_BY_ID, toolPointValue, toolQuarterCost, type ToolLine
} from '../../../core'
import { toolCostQuantiles } from '../../../core/toolUncertainty'
import { freeze, setUpPrinting, writeNote, writeTable, writeTitle, type ColumnSpec } from '../layout'
import type { SheetContext } from '../sheetContext'

export function writeToolsSheet(ws: Worksheet, ctx: SheetContext): void {
  const { report, formats, currency, model } = ctx
  const { doc, projection } = report
  const lines = [...(doc.tools ?? [])].sort((a, b) => a.quarter - b.quarter)
  const endHeadcount = projection.quarters[projection.quarters.length - 1].headcount
  const perYear = `${currency}/year`
  const costOverPlan = (line: ToolLine) => projection.quarters
    .filter((q) => q.quarter >= line.quarter)
    .reduce((sum, q) => sum + toolQuarterCost(toolPointValue(line), line, q.headcount), 0)
  const quantiles = new Map(lines.map((line) => [line, toolCostQuantiles(line)]))

  const columns: ColumnSpec<ToolLine>[] = [
    { header: 'Category', value: (l) => TOOL_BY_ID.get(l.tool)?.name ?? l.tool },
    { header: 'Start quarter', value: (l) => quarterLabel(doc.start, l.quarter) },
    { header: `Low (${perYear})`, numFmt: formats.money, value: (l) => l.low },
    { header: `High (${perYear})`, numFmt: formats.money, value: (l) => l.high },
    { header: 'Chosen point', value: (l) => typeof l.point === 'number' ? 'custom' : (l.point ?? 'mid') },
    { header: `Point value (${perYear})`, numFmt: formats.money, value: (l) => toolPointValue(l) },
    { header: `Per employee (${currency}/employee/year)`, numFmt: formats.money, value: (l) => l.perEmployee ?? 0 },
    { header: `Per-employee part at ${endHeadcount.toLocaleString('en-US')} employees (${perYear})`, numFmt: formats.money,
      value: (l) => (l.perEmployee ?? 0) * endHeadcount },
    { header: `P10 (${perYear})`, numFmt: formats.money, value: (l) => quantiles.get(l)!.p10 },
    { header: `P50 (${perYear})`, numFmt: formats.money, value: (l) => quantiles.get(l)!.p50 },
    { header: `P90 (${perYear})`, numFmt: formats.money, value: (l) => quantiles.get(l)!.p90 },
    { header: `Cost over the plan (${currency})`, numFmt: formats.money, value: costOverPlan,
      total: { formula: (range) => `SUM(${range})`, result: lines.reduce((s, l) => s + costOverPlan(l), 0) } },
    { header: 'Range provenance', wrapAt: 36, value: (l) => rangeProvenance(l) }
  ]

  writeTitle(ws, `Tools: ${doc.name}`,
    'Annual cost ranges are uncertainty: each tool\'s cost is triangular on [low, high] with its mode at the chosen point. ' +
    'P10/P50/P90 are of the range part; the per-employee part grows with headcount.')
  const headerRow = 4
  if (lines.length === 0) {
    writeNote(ws, headerRow, 'The scenario plans no tools.')
  } else {
    const table = writeTable(ws, { name: 'ToolPlan', headerRow, columns, rows: lines, totalsLabel: 'Total' })
    freeze(ws, table.firstDataRow, 2)
  }
  setUpPrinting(ws, { scenarioName: doc.name, dateLabel: model.dateLabel,
    repeatRows: { from: headerRow, to: headerRow } })
}

function rangeProvenance(line: ToolLine): string {
  const tool = TOOL_BY_ID.get(line.tool)
  if (!tool) return 'scenario input'
  return line.low === tool.low && line.high === tool.high
    ? tool.source
    : `scenario input (catalog ${formatMoney(tool.low)}–${formatMoney(tool.high)}, ${tool.source})`
}
