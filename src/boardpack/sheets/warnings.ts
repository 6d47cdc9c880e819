// The Summary's warnings: the plan's pitfalls, most severe first, each with its title, quarters,
// the numbers behind it and why it matters. Any kind of pitfall the engine reports is shown the
// same way, from those fields alone.
import type { Worksheet } from 'exceljs'
import { capitalised, type Pitfall } from '../../core'
import { writeNote, writeSection } from '../layout'
import { argb, COLORS, font } from '../styles'
import { writeBodyRow, writeHeaderRow } from './gridRows'

export const MAX_WARNINGS = 8
const OTHER_WARNINGS = 'Other warnings'

/** Columns of the warning table on a grid of `columns`: severity, title, quarters, the rest detail. */
function warningColumns(columns: number) {
  return { severity: [1, 1], title: [2, 3], quarters: [4, 5], detail: [6, columns] } as const
}

/** The most severe first, then by quarter. */
export function byImportance(pitfalls: readonly Pitfall[]): Pitfall[] {
  return [...pitfalls].sort((a, b) =>
    Number(b.severity === 'critical') - Number(a.severity === 'critical') || a.fromQuarter - b.fromQuarter)
}

/** "Critical", "Warning", or whatever other severity the engine gives, capitalised. */
export function severityLabel(severity: string): string {
  return capitalised(severity)
}

/** The numbers behind a warning and why it matters, as one paragraph. */
export function warningText(pitfall: Pick<Pitfall, 'detail' | 'why'>): string {
  const detail = pitfall.detail.trim()
  const why = pitfall.why.trim()
  if (!why) return detail
  return /[.!?]$/.test(detail) || detail === '' ? `${detail} ${why}`.trim() : `${detail}. ${why}`
}

/** The top warnings, and a note saying how many more there are and where; returns the last row
 * written. */
export function writeTopWarnings(ws: Worksheet, top: number, pitfalls: readonly Pitfall[], columns: number): number {
  writeSection(ws, top, 'Top warnings')
  if (pitfalls.length === 0) {
    writeNote(ws, top + 1, 'No warnings: the plan stays within its budget and maturity keeps pace.', 1, columns)
    return top + 1
  }
  let row = writeWarningTable(ws, top + 1, byImportance(pitfalls).slice(0, MAX_WARNINGS), columns)
  const more = pitfalls.length - MAX_WARNINGS
  if (more > 0) {
    writeNote(ws, row++, `The ${MAX_WARNINGS} most important of ${pitfalls.length} warnings. ` +
      `The other ${more} ${more === 1 ? 'is' : 'are'} listed under "${OTHER_WARNINGS}" at the end of this sheet, on its last printed page.`,
      1, columns)
  }
  return row - 1
}

/** The warnings the top list leaves out, in the same order; returns the last row written. */
export function writeOtherWarnings(ws: Worksheet, top: number, pitfalls: readonly Pitfall[], columns: number): number {
  const others = byImportance(pitfalls).slice(MAX_WARNINGS)
  writeSection(ws, top, `${OTHER_WARNINGS} (${others.length} more)`)
  return writeWarningTable(ws, top + 1, others, columns) - 1
}

/** A header row and a row per warning; returns the row after the table. */
export function writeWarningTable(ws: Worksheet, top: number, pitfalls: readonly Pitfall[], columns: number): number {
  const c = warningColumns(columns)
  writeHeaderRow(ws, top, [
    ['Severity', ...c.severity], ['Warning', ...c.title], ['Quarters', ...c.quarters],
    ['What the plan shows, and why it matters', ...c.detail]
  ])
  let row = top + 1
  for (const pitfall of pitfalls) {
    writeBodyRow(ws, row, [
      { value: severityLabel(pitfall.severity), from: c.severity[0], to: c.severity[1] },
      { value: pitfall.title, from: c.title[0], to: c.title[1] },
      { value: pitfall.quarters, from: c.quarters[0], to: c.quarters[1] },
      { value: warningText(pitfall), from: c.detail[0], to: c.detail[1] }
    ])
    ws.getCell(row, c.severity[0]).font =
      font({ bold: true, color: argb(pitfall.severity === 'critical' ? COLORS.red : COLORS.gold) })
    row++
  }
  return row
}
