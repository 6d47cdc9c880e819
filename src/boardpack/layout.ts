// Shared sheet layout: print setup, titles, frozen headers and data tables with filters and
// column widths that fit their contents.
import type { Cell, CellFormulaValue, Worksheet } from 'exceljs'
import {
  argb, COLORS, font, HEADER_ALIGNMENT, HEADER_FILL, HEADER_FONT, INPUT_FILL, INPUT_FONT, NOTE_FONT, SECTION_FONT,
  SUBTITLE_FONT, THIN_BORDER, TITLE_FONT, VALUE_FONT
} from './styles'
import { headerFooterText } from './text'

export type CellInput = number | string | null | CellFormulaValue

/**
 * What a cell is to someone editing the workbook: an input to change (blue), a formula that
 * follows its inputs (black), or a value Rampart computed that no formula recalculates (grey).
 * Descriptive text (names, labels, sources) is none of these.
 */
export type CellKind = 'input' | 'formula' | 'value'

/** Styles a cell as the kind it is; formulas keep the default black. */
export function styleAsKind(cell: Cell, kind: CellKind | undefined): void {
  if (kind === 'input') {
    cell.font = INPUT_FONT
    cell.fill = INPUT_FILL
  } else if (kind === 'value') {
    cell.font = VALUE_FONT
  }
}

/**
 * Merges a row's cells from `from` to `to` and wraps the text of the first within them, the row as
 * tall as the text needs. `scale` is the text's size relative to 11 pt.
 */
export function wrapAcross(ws: Worksheet, row: number, from: number, to: number, textLength: number, scale = 1): void {
  const width = widthOf(ws, from, to)
  ws.mergeCells(row, from, row, to)
  const cell = ws.getCell(row, from)
  cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' }
  const lines = Math.ceil((textLength * scale) / textCapacity(width))
  ws.getRow(row).height = Math.max(15, 15 * scale * lines + 2)
}

export type LegendPart = readonly [text: string, color: string]

/** The key to the colours used for inputs, formulas and computed values. */
export const STANDARD_LEGEND: readonly LegendPart[] = [
  ['Inputs (blue): edit these', COLORS.input],
  ['Formulas (black): recalculate', '000000'],
  ['Values (grey): computed by Rampart, do not recalculate', COLORS.value]
]

/** The key to the colours, each part in its colour, on one line. */
export function writeLegend(ws: Worksheet, row: number, column: number, parts: readonly LegendPart[] = STANDARD_LEGEND): void {
  const run = (text: string, color: string, bold: boolean) => ({ text, font: font({ size: 9, bold, color: argb(color) }) })
  ws.getCell(row, column).value = {
    richText: parts.flatMap(([text, color], i) => [
      ...(i > 0 ? [run(' · ', COLORS.grey, false)] : []), run(text, color, true)
    ])
  }
}

export interface PrintSetup {
  scenarioName: string
  dateLabel: string
  /** Rows repeated at the top of every printed page, e.g. the table header. */
  repeatRows?: { from: number; to: number }
  /**
   * A sheet too wide for one readable page is fitted to two pages across instead of one, with
   * its first `repeatColumns` columns (the row labels) printed again on the left of every page.
   */
  twoPagesWide?: { repeatColumns: number }
  /** Shrunk to one page tall as well, for a sheet read as one picture. */
  onePage?: boolean
}

/** Landscape, fitted to the page width (or two pages across), with the scenario, date and page
 * number printed. */
export function setUpPrinting(ws: Worksheet, setup: PrintSetup): void {
  const across = setup.twoPagesWide
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: across ? 2 : 1,
    fitToHeight: setup.onePage ? 1 : 0,
    // Across then down: the two halves of the same quarters print one after the other.
    ...(across ? { pageOrder: 'overThenDown' as const, printTitlesColumn: `A:${columnLetter(across.repeatColumns)}` } : {}),
    horizontalCentered: !across,
    margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    ...(setup.repeatRows ? { printTitlesRow: `${setup.repeatRows.from}:${setup.repeatRows.to}` } : {})
  }
  // &A is the sheet name, &P / &N the page and page count; user text has its & doubled.
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&L&"Calibri,Bold"${headerFooterText(setup.scenarioName)}&R&A`,
    oddFooter: `&LGenerated ${setup.dateLabel}&CPage &P of &N&RRampart board pack`
  }
}

/** Freezes the rows above `firstScrollingRow` and the columns left of `firstScrollingColumn`. */
export function freeze(ws: Worksheet, firstScrollingRow: number, firstScrollingColumn = 1): void {
  ws.views = [{
    state: 'frozen',
    xSplit: firstScrollingColumn - 1,
    ySplit: firstScrollingRow - 1,
    topLeftCell: `${columnLetter(firstScrollingColumn)}${firstScrollingRow}`,
    activeCell: 'A1'
  }]
}

/** The sheet's title and a line under it, from `column` on (column A unless that column is
 * printed again on every page, where the title would show cut off). */
export function writeTitle(ws: Worksheet, title: string, subtitle: string, column = 1): void {
  const titleCell = ws.getCell(1, column)
  titleCell.value = title
  titleCell.font = TITLE_FONT
  ws.getRow(1).height = 28
  const subtitleCell = ws.getCell(2, column)
  subtitleCell.value = subtitle
  subtitleCell.font = SUBTITLE_FONT
}

export function writeSection(ws: Worksheet, row: number, text: string, column = 1): void {
  const cell = ws.getCell(row, column)
  cell.value = text
  cell.font = SECTION_FONT
  ws.getRow(row).height = 22
}

export function writeNote(ws: Worksheet, row: number, text: string, column = 1): void {
  const cell = ws.getCell(row, column)
  cell.value = text
  cell.font = NOTE_FONT
}

export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}

export interface ColumnSpec<Row> {
  /** The header, with its unit: it is also the Excel table's column name, so unique per table. */
  header: string
  value: (row: Row, sheetRow: number) => CellInput
  numFmt?: string
  /** A number format per row, for columns that mix money, percentages and counts. */
  rowNumFmt?: (row: Row) => string | undefined
  /** Long text wraps at this width instead of widening the column. */
  wrapAt?: number
  align?: 'left' | 'center' | 'right'
  /** Inputs, formulas or computed values: styled so a reader can tell them apart. */
  kind?: CellKind | ((row: Row) => CellKind | undefined)
  /** A totals-row formula over the column's data cells (e.g. `SUM(F5:F24)`) and its value. */
  total?: { formula: (range: string, totalsRow: number) => string; result: number | string }
}

export interface TableSpec<Row> {
  /** Unique in the workbook, letters and digits only. */
  name: string
  headerRow: number
  firstColumn?: number
  columns: readonly ColumnSpec<Row>[]
  rows: readonly Row[]
  totalsLabel?: string
}

export interface WrittenTable {
  headerRow: number
  firstDataRow: number
  lastDataRow: number
  totalsRow: number | null
  /** Sheet column number of each header. */
  columnOf(header: string): number
  /** `$F$5:$F$24`: the data cells of a column, for formulas and charts. */
  dataRange(header: string): string
}

/**
 * An Excel table (header with filter buttons, optional totals row) with each column's number
 * format, explicit header styling (so it looks the same where table styles are not rendered) and
 * widths that fit the values.
 */
export function writeTable<Row>(ws: Worksheet, spec: TableSpec<Row>): WrittenTable {
  const firstColumn = spec.firstColumn ?? 1
  const firstDataRow = spec.headerRow + 1
  const lastDataRow = spec.headerRow + spec.rows.length
  const hasTotals = spec.columns.some((c) => c.total)
  const letterOf = (i: number) => columnLetter(firstColumn + i)
  const rangeOf = (i: number) => `${letterOf(i)}${firstDataRow}:${letterOf(i)}${lastDataRow}`
  const cells = spec.rows.map((row, r) => spec.columns.map((column) => column.value(row, firstDataRow + r)))

  ws.addTable({
    name: spec.name,
    ref: `${letterOf(0)}${spec.headerRow}`,
    headerRow: true,
    // The totals row is written below the table by hand: exceljs leaves out the formula element
    // of custom table totals, which Excel then reports as a damaged table.
    totalsRow: false,
    style: { theme: 'TableStyleLight1', showRowStripes: false },
    columns: spec.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: cells
  })
  if (hasTotals) {
    const totals = ws.getRow(lastDataRow + 1)
    totals.getCell(firstColumn).value = spec.totalsLabel ?? 'Total'
    spec.columns.forEach((column, i) => {
      if (column.total) {
        totals.getCell(firstColumn + i).value = {
          formula: column.total.formula(rangeOf(i), lastDataRow + 1), result: column.total.result
        }
      }
    })
  }

  const header = ws.getRow(spec.headerRow)
  header.height = 44
  spec.columns.forEach((column, i) => {
    const col = firstColumn + i
    const headerCell = header.getCell(col)
    headerCell.font = HEADER_FONT
    headerCell.fill = HEADER_FILL
    headerCell.alignment = HEADER_ALIGNMENT
    headerCell.border = THIN_BORDER
    const last = hasTotals ? lastDataRow + 1 : lastDataRow
    const formatOf = (r: number) =>
      (r <= lastDataRow ? column.rowNumFmt?.(spec.rows[r - firstDataRow]) : undefined) ?? column.numFmt
    for (let r = firstDataRow; r <= last; r++) {
      const cell = ws.getCell(r, col)
      const numFmt = formatOf(r)
      if (numFmt) cell.numFmt = numFmt
      cell.border = THIN_BORDER
      // Text is indented from the cell edge, so it does not run into a right-aligned number
      // in the column before it (`$1,354,081Illustrative`).
      const text = r <= lastDataRow && typeof cells[r - firstDataRow][i] === 'string' && column.align !== 'center'
      cell.alignment = {
        vertical: 'top',
        wrapText: column.wrapAt !== undefined,
        ...(column.align ? { horizontal: column.align } : {}),
        ...(text ? { horizontal: column.align ?? 'left', indent: 1 } : {})
      }
      if (r <= lastDataRow) {
        styleAsKind(cell, typeof column.kind === 'function' ? column.kind(spec.rows[r - firstDataRow]) : column.kind)
      } else {
        cell.font = font({ bold: true })
        cell.border = { ...THIN_BORDER, top: { style: 'double', color: { argb: 'FF1F3864' } } }
      }
    }
    fitWidth(ws, col, column, cells.map((rowCells, r) => [rowCells[i], formatOf(firstDataRow + r)] as const))
  })

  // Rows with wrapped text get the height of their longest cell, where row autofit is not done:
  // the text is wrapped word by word at the width the column ended up with (an earlier table on
  // the sheet may have made it wider than `wrapAt`).
  cells.forEach((rowCells, r) => {
    const lines = Math.max(1, ...spec.columns.map((column, i) => {
      const value = rowCells[i]
      if (column.wrapAt === undefined || typeof value !== 'string') return 1
      return wrappedLineCount(value, textCapacity(ws.getColumn(firstColumn + i).width ?? column.wrapAt))
    }))
    if (lines > 1) ws.getRow(firstDataRow + r).height = 15 * lines
  })

  return {
    headerRow: spec.headerRow,
    firstDataRow,
    lastDataRow,
    totalsRow: hasTotals ? lastDataRow + 1 : null,
    columnOf(name) {
      const i = spec.columns.findIndex((c) => c.header === name)
      if (i < 0) throw new Error(`table ${spec.name} has no column "${name}"`)
      return firstColumn + i
    },
    dataRange(name) {
      const letter = columnLetter(this.columnOf(name))
      return `$${letter}$${firstDataRow}:$${letter}$${lastDataRow}`
    }
  }
}

/** Characters of text a line of an indented column holds: a character of text is about 15%
 * narrower than a digit (the unit of column widths), less the padding and the indent. Measured
 * in LibreOffice's fallback font, which is wider than Calibri, so Excel holds a little more. */
export function textCapacity(width: number): number {
  return Math.max(1, Math.floor((width - 3) * 1.15) - 1)
}

/** The width of columns `from` to `to` together, in the units of column widths. */
export function widthOf(ws: Worksheet, from: number, to: number): number {
  let width = 0
  for (let c = from; c <= to; c++) width += ws.getColumn(c).width ?? 9
  return width
}

/** Lines a text takes wrapped at word boundaries (long words broken) in lines of `capacity`. */
export function wrappedLineCount(text: string, capacity: number): number {
  let lines = 0
  for (const paragraph of text.split('\n')) {
    let used = -1
    lines++
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = Array.from(word).length
      if (used >= 0 && used + 1 + length <= capacity) {
        used += 1 + length
        continue
      }
      if (used >= 0) lines++
      lines += Math.floor(Math.max(0, length - 1) / capacity)
      used = length % capacity || capacity
    }
  }
  return lines
}

/** Widens a column to its widest value (as displayed) and to a header wrapped on three lines. */
function fitWidth(
  ws: Worksheet, col: number, column: Pick<ColumnSpec<unknown>, 'header' | 'numFmt' | 'wrapAt' | 'total'>,
  values: readonly (readonly [CellInput, string | undefined])[]
): void {
  const widest = Math.max(
    0,
    ...values.map(([value, numFmt]) => displayLength(value, numFmt)),
    column.total ? displayLength(column.total.result, column.numFmt) : 0
  )
  const content = column.wrapAt !== undefined ? Math.min(widest, column.wrapAt) : widest
  const longestWord = Math.max(...column.header.split(/\s+/).map((w) => w.length))
  const header = Math.max(longestWord, Math.ceil(column.header.length / 3))
  // Room for wider fallback fonts where Calibri is not installed (LibreOffice uses DejaVu Sans).
  const width = Math.ceil(Math.max(content, header) * 1.1) + 3
  const current = ws.getColumn(col).width ?? 0
  ws.getColumn(col).width = Math.max(current, Math.min(width, 80))
}

/** Roughly how many characters a value shows as, in its number format. */
function displayLength(value: CellInput, numFmt?: string): number {
  if (value === null || value === undefined) return 0
  if (typeof value === 'object') {
    const result = value.result
    return typeof result === 'number' || typeof result === 'string' ? displayLength(result, numFmt) : 0
  }
  if (typeof value === 'string') return Math.max(...value.split('\n').map((line) => line.length))
  if (numFmt?.includes('%')) {
    const decimals = /0\.(0+)%/.exec(numFmt)?.[1].length ?? 0
    return `${(value * 100).toFixed(decimals)}%`.length + 1
  }
  const decimals = numFmt ? /0\.(0+)/.exec(numFmt)?.[1].length ?? 0 : 2
  const digits = Math.abs(value).toLocaleString('en-US', {
    minimumFractionDigits: decimals, maximumFractionDigits: decimals
  }).length
  // Currency symbol or code and the minus sign.
  const prefix = numFmt?.includes('[$') ? 5 : numFmt?.includes('"') ? 2 : 1
  return digits + prefix
}
