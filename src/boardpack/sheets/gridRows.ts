// Rows of a sheet laid out on a grid of equal columns (the Summary): header and body cells that
// span several columns, with heights that fit wrapped text.
import type { Cell, Worksheet } from 'exceljs'
import { styleAsKind, textCapacity, widthOf, wrappedLineCount, type CellKind } from '../layout'
import { HEADER_FILL, HEADER_FONT, THIN_BORDER } from '../styles'

/** A header row over merged column groups: [text, first column, last column]. */
export function writeHeaderRow(ws: Worksheet, row: number, groups: readonly [string, number, number][]): void {
  for (const [text, from, to] of groups) {
    if (to > from) ws.mergeCells(row, from, row, to)
    const cell = ws.getCell(row, from)
    cell.value = text
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = { vertical: 'middle', horizontal: 'left', indent: 1, wrapText: true }
    cell.border = THIN_BORDER
  }
  ws.getRow(row).height = 20
}

export interface BodyCell {
  value: Cell['value']
  from: number
  to: number
  numFmt?: string
  align?: 'center' | 'right'
  kind?: CellKind
}

/** A row of cells over merged columns, as tall as its longest wrapped text. */
export function writeBodyRow(ws: Worksheet, row: number, cells: readonly BodyCell[]): void {
  let lines = 1
  for (const { value, from, to, numFmt, align, kind } of cells) {
    if (to > from) ws.mergeCells(row, from, row, to)
    const cell = ws.getCell(row, from)
    cell.value = value
    if (numFmt) cell.numFmt = numFmt
    styleAsKind(cell, kind)
    cell.alignment = align
      ? { vertical: 'top', horizontal: align, ...(align === 'right' ? { indent: 1 } : {}) }
      : { vertical: 'top', horizontal: 'left', wrapText: true, indent: 1 }
    for (let c = from; c <= to; c++) ws.getCell(row, c).border = THIN_BORDER
    if (typeof value === 'string' && !align) lines = Math.max(lines, wrappedLineCount(value, textCapacity(widthOf(ws, from, to))))
  }
  ws.getRow(row).height = 15 * lines + 3
}
