// Capability Map: every catalog capability, grouped by phase, against the plan's quarters as a
// heat map: in place, due at the organisation's phase but missing, or not yet due. It has a sheet
// of its own because its quarter columns are narrow, and a sheet's column widths are shared by
// everything on it.
import type { Worksheet } from 'exceljs'
import {
  CAPABILITIES, CAPABILITIES_PER_PHASE, PHASE_IDS, phaseIndex, phaseName, quarterLabel, type PhaseId, type QuarterResult
} from '../../core'
import { freeze, setUpPrinting, textCapacity, wrapAcross, wrappedLineCount, writeTitle } from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { argb, COLORS, font, HEADER_FILL, HEADER_FONT, solid, THIN_BORDER } from '../styles'

/** Beyond this many quarters the map has a column per plan year instead, to stay one page wide. */
const MAX_QUARTER_COLUMNS = 40
const HEADER_ROW = 4
/** Wide enough for most capability names on one line at 10 pt; the longest wrap. */
const NAME_WIDTH = 42
const NAME_COLUMN = 1
const PLANNED_COLUMN = 2
const FIRST_PERIOD_COLUMN = 3

const MAP_COLORS = { inPlace: '63BE7B', missing: 'F8696B', notDue: 'F2F2F2', group: 'D9E1F2' } as const

interface Period {
  label: string
  /** The plan quarter whose state the column shows: the last of the period. */
  quarter: number
}

/** A column per quarter, or per plan year (its last quarter) on long plans. */
export function mapPeriods(start: string, quarters: number): Period[] {
  if (quarters <= MAX_QUARTER_COLUMNS) {
    return Array.from({ length: quarters }, (_, q) => ({ label: quarterLabel(start, q), quarter: q }))
  }
  return Array.from({ length: Math.ceil(quarters / 4) }, (_, year) => {
    const quarter = Math.min(quarters - 1, year * 4 + 3)
    return { label: `Year ${year + 1} (to ${quarterLabel(start, quarter)})`, quarter }
  })
}

export type MapCell = 'inPlace' | 'missing' | 'notDue'

/** A capability in a quarter: in place from its planned quarter on; before that, missing once the
 * organisation has reached its phase. */
function mapCell(phase: PhaseId, planned: number | undefined, quarter: QuarterResult): MapCell {
  if (planned !== undefined && planned <= quarter.quarter) return 'inPlace'
  return phaseIndex(quarter.orgPhase) >= phaseIndex(phase) ? 'missing' : 'notDue'
}

export function writeCapabilityMapSheet(ws: Worksheet, ctx: SheetContext): void {
  const { report } = ctx
  const { doc, projection } = report
  const planned = new Map((doc.capabilities ?? []).map((c) => [c.id, c.quarter]))
  const periods = mapPeriods(doc.start, doc.quarters)
  const lastColumn = FIRST_PERIOD_COLUMN + periods.length - 1

  ws.getColumn(NAME_COLUMN).width = NAME_WIDTH
  ws.getColumn(PLANNED_COLUMN).width = 12
  for (let c = FIRST_PERIOD_COLUMN; c <= lastColumn; c++) ws.getColumn(c).width = periods.length === doc.quarters ? 3.6 : 5
  const subtitle = `Each capability of the catalog, by phase, against the plan's ${periods.length === doc.quarters ? 'quarters' : 'years'}; ` +
    'a capability counts from its planned quarter on. Red: the organisation\'s phase calls for it and it is not yet in place, ' +
    'the gap the Maturity sheet scores.'
  writeTitle(ws, `Capability map: ${doc.name}`, subtitle)
  // Wrapped within the map, so the text does not widen the printed page.
  wrapAcross(ws, 2, NAME_COLUMN, lastColumn, subtitle.length)

  writeLegendRow(ws, 3)

  const header = ws.getRow(HEADER_ROW)
  header.height = periods.length === doc.quarters ? 58 : 120
  const headerCells: [number, string][] = [
    [NAME_COLUMN, 'Capability'], [PLANNED_COLUMN, 'In place from'], ...periods.map((p, i): [number, string] => [FIRST_PERIOD_COLUMN + i, p.label])
  ]
  for (const [column, text] of headerCells) {
    const cell = header.getCell(column)
    cell.value = text
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = THIN_BORDER
    cell.alignment = column >= FIRST_PERIOD_COLUMN
      ? { textRotation: 90, horizontal: 'center', vertical: 'bottom' }
      : { vertical: 'bottom', horizontal: 'left', wrapText: true, indent: 1 }
  }

  let row = HEADER_ROW + 1
  for (const phase of PHASE_IDS.filter((id) => CAPABILITIES_PER_PHASE[id] > 0)) {
    const capabilities = CAPABILITIES.filter((c) => c.phase === phase)
    const due = projection.quarters.find((q) => phaseIndex(q.orgPhase) >= phaseIndex(phase))
    const count = capabilities.filter((c) => planned.has(c.id)).length
    ws.mergeCells(row, NAME_COLUMN, row, lastColumn)
    const group = ws.getCell(row, NAME_COLUMN)
    group.value = `${phaseName(phase)}: ${count} of ${capabilities.length} planned; ` +
      (due ? `due from ${due.label}, when the organisation reaches it` : 'not due within the plan')
    group.font = font({ size: 10, bold: true, color: argb(COLORS.navy) })
    group.fill = solid(MAP_COLORS.group)
    group.alignment = { vertical: 'middle', indent: 1 }
    ws.getRow(row).height = 16
    row++
    for (const capability of capabilities) {
      const when = planned.get(capability.id)
      const name = ws.getCell(row, NAME_COLUMN)
      name.value = capability.name
      name.font = font({ size: 10 })
      name.alignment = { vertical: 'middle', indent: 1, wrapText: true }
      const from = ws.getCell(row, PLANNED_COLUMN)
      from.value = when === undefined ? 'not planned' : quarterLabel(doc.start, when)
      from.font = font({ size: 10, color: when === undefined ? argb(COLORS.grey) : undefined })
      from.alignment = { vertical: 'middle', horizontal: 'center' }
      periods.forEach((period, i) => {
        const cell = ws.getCell(row, FIRST_PERIOD_COLUMN + i)
        cell.fill = solid(MAP_COLORS[mapCell(phase, when, projection.quarters[period.quarter])])
        cell.border = { top: { style: 'thin', color: argb(COLORS.white) }, bottom: { style: 'thin', color: argb(COLORS.white) },
          left: { style: 'thin', color: argb(COLORS.white) }, right: { style: 'thin', color: argb(COLORS.white) } }
      })
      // Long names wrap (10 pt text is about a tenth wider than the 11 pt capacity measures).
      ws.getRow(row).height = 14 * wrappedLineCount(capability.name, Math.floor(textCapacity(NAME_WIDTH) / 0.9))
      row++
    }
  }
  freeze(ws, HEADER_ROW + 1, FIRST_PERIOD_COLUMN)
  // One page wide, the quarters' header printed again on every page the map runs on to.
  setUpPrinting(ws, { ...pageBasics(ctx), repeatRows: { from: HEADER_ROW, to: HEADER_ROW } })
}

/** The three colours of the map and what each means. */
function writeLegendRow(ws: Worksheet, row: number): void {
  const cell = ws.getCell(row, NAME_COLUMN)
  const run = (text: string, color: string) => ({ text, font: font({ size: 9, bold: true, color: argb(color) }) })
  cell.value = {
    richText: [
      run('■ In place', MAP_COLORS.inPlace), run('   ', COLORS.grey),
      run('■ Due at the organisation\'s phase, not in place', MAP_COLORS.missing), run('   ', COLORS.grey),
      run('■ Not yet due', 'BFBFBF')
    ]
  }
}
