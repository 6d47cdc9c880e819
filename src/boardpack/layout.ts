// Shared sheet layout: print setup, titles, frozen headers and data tables with filters and
// column widths that fit their contents.
import type { Cell, CellFormulaValue, CellRichTextValue, RowBreak, Worksheet } from 'exceljs'
import {
  argb, COLORS, font, HEADER_ALIGNMENT, HEADER_FILL, HEADER_FONT, INPUT_FILL, INPUT_FONT, NOTE_FONT, SECTION_FONT,
  SUBTITLE_FONT, THIN_BORDER, TITLE_FONT, VALUE_FONT
} from './styles'
import type { Paper } from '../core'
import { PAPER_POINTS, PAPER_SIZE_CODE } from './paper'
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

export type Orientation = 'portrait' | 'landscape'

export interface PrintSetup {
  scenarioName: string
  dateLabel: string
  paper: Paper
  /** Portrait for a sheet narrow enough to print legibly on an upright page, else landscape,
   * unless given. */
  orientation?: Orientation
  /** The printed cells, from A1 (the cells in use unless given): nothing outside them prints. */
  area?: { lastColumn: number; lastRow: number }
  /** Rows repeated at the top of every printed page, e.g. the table header. */
  repeatRows?: { from: number; to: number }
  /**
   * A sheet too wide for one readable page is fitted to `pages` pages across instead of one,
   * with its first `repeatColumns` columns (the row labels) printed again on the left of every page.
   */
  pagesWide?: { pages: number; repeatColumns: number }
  /** A fixed scale in %, for a sheet whose first page must fit the page's height as well. */
  scale?: number
}

/** Margins in inches; the header and footer sit in the top and bottom ones. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 }

/**
 * Points of a column-width unit as LibreOffice prints them where Calibri is missing and a wider
 * fallback font sets the unit (7 pt; Excel with Calibri prints about 5.6). Pages are sized for
 * this, the widest case, so no reader gets a cut page.
 */
const POINTS_PER_WIDTH_UNIT = 7

/** The printable area of a page inside the margins, in points. */
export function printableSize(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const { width, height } = PAPER_POINTS[paper]
  const [across, down] = orientation === 'portrait' ? [width, height] : [height, width]
  return { width: across - (MARGINS.left + MARGINS.right) * 72, height: down - (MARGINS.top + MARGINS.bottom) * 72 }
}

/** The width in points of columns `from` to `to` as printed at 100%. */
export function printedWidth(ws: Worksheet, from: number, to: number): number {
  return widthOf(ws, from, to) * POINTS_PER_WIDTH_UNIT
}

/** The height in points of rows `from` to `to` (15 pt where none is set). */
export function printedHeight(ws: Worksheet, from: number, to: number): number {
  let height = 0
  for (let r = from; r <= to; r++) height += ws.getRow(r).height ?? 15
  return height
}

/** The largest whole % (at most 100) at which columns 1 to `lastColumn` fit the page width and,
 * given `rows`, rows 1 to `rows` fit the page height. */
export function scaleToFit(ws: Worksheet, paper: Paper, orientation: Orientation, lastColumn: number, rows?: number): number {
  const page = printableSize(paper, orientation)
  const across = page.width / printedWidth(ws, 1, lastColumn)
  const down = rows === undefined ? Infinity : page.height / printedHeight(ws, 1, rows)
  return Math.min(100, Math.floor(Math.min(across, down) * 100))
}

/** Below this scale body text (11 pt) prints under about 9 pt. */
const MIN_READABLE_SCALE = 0.85

/** About how many pages tall rows `from` to `to` print at the scale that fits columns 1 to
 * `lastColumn` across the page (rows a spreadsheet sizes itself may take a little more). */
export function pagesTall(ws: Worksheet, paper: Paper, orientation: Orientation, lastColumn: number, from: number, to: number): number {
  const page = printableSize(paper, orientation)
  const scale = Math.min(1, page.width / printedWidth(ws, 1, lastColumn))
  return (printedHeight(ws, from, to) * HEIGHT_MARGIN * scale) / page.height
}

/** The fewest pages across at which columns 1 to `lastColumn` print at `minScale` or more, the
 * first `repeatColumns` printed again on each page after the first. */
export function pagesAcross(
  ws: Worksheet, paper: Paper, orientation: Orientation, lastColumn: number, repeatColumns: number, minScale = MIN_READABLE_SCALE
): number {
  const page = printableSize(paper, orientation).width
  const width = printedWidth(ws, 1, lastColumn)
  const repeated = printedWidth(ws, 1, repeatColumns)
  let pages = 1
  while ((pages * page) / (width + (pages - 1) * repeated) < minScale && pages < lastColumn) pages++
  return pages
}

/** The last column the first of `pages` pages across surely prints: pages are filled left to
 * right, so the first holds at least its share of the sheet's width. */
export function lastColumnOfFirstPage(ws: Worksheet, lastColumn: number, pages: number): number {
  const share = widthOf(ws, 1, lastColumn) / pages
  let last = 1
  while (last < lastColumn && widthOf(ws, 1, last + 1) <= share) last++
  return last
}

/** The paper, orientation and print area; fitted to the page width (or several pages across, or
 * a fixed scale), with the scenario, date and page number printed. */
export function setUpPrinting(ws: Worksheet, setup: PrintSetup): void {
  const across = setup.pagesWide
  const area = setup.area ?? { lastColumn: ws.columnCount, lastRow: ws.rowCount }
  const orientation = setup.orientation ?? (!across &&
    printedWidth(ws, 1, area.lastColumn) * MIN_READABLE_SCALE <= printableSize(setup.paper, 'portrait').width ? 'portrait' : 'landscape')
  containText(ws, area.lastColumn, area.lastRow)
  const shorter = setup.scale === undefined ? fitWithoutShortLastPage(ws, { ...setup, orientation }, area) : null
  const scale = setup.scale ?? (shorter && 'scale' in shorter ? shorter.scale : undefined)
  const fit = scale === undefined
  const pagesTall = shorter && 'pagesTall' in shorter ? shorter.pagesTall : 0
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_SIZE_CODE[setup.paper],
    orientation,
    fitToPage: fit,
    ...(fit ? { fitToWidth: across?.pages ?? 1, fitToHeight: pagesTall } : { scale }),
    printArea: `A1:${columnLetter(area.lastColumn)}${area.lastRow}`,
    // Across then down: the parts of the same rows print one after the other.
    ...(across ? { pageOrder: 'overThenDown' as const, printTitlesColumn: `A:${columnLetter(across.repeatColumns)}` } : {}),
    horizontalCentered: !across,
    margins: MARGINS,
    ...(setup.repeatRows ? { printTitlesRow: `${setup.repeatRows.from}:${setup.repeatRows.to}` } : {})
  }
  // &A is the sheet name, &P / &N the page and page count; user text has its & doubled.
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&L&"Calibri,Bold"${headerFooterText(setup.scenarioName)}&R&A`,
    oddFooter: `&LGenerated ${setup.dateLabel}&CPage &P of &N&RRampart board pack`
  }
}

/** A page less full than this is a mostly empty page worth avoiding. */
export const SHORT_PAGE = 0.4
/** How far below the width's own scale a sheet may shrink to avoid one. */
const MAX_SHRINK = 0.85
/** Never below this: 11 pt body text stays near 7 pt printed. */
const MIN_SHRUNK_SCALE = 0.63
/** Rows may print taller than estimated (text a spreadsheet sizes itself): a run of rows this close
 * to a page boundary counts as running over it. */
const HEIGHT_MARGIN = 1.08
/** Room a fixed scale leaves for row heights a spreadsheet rounds up. */
const SCALE_ROOM = 0.97

/**
 * How to print a sheet fitted to the page width so that no run of rows between page breaks ends on
 * a mostly empty page: on so many pages tall (the spreadsheet finds the scale), or, where manual
 * page breaks must be kept (fitting to a page count ignores them), at a fixed scale. Null when
 * the width's own scale leaves no such page, or when avoiding one would shrink the text too far.
 */
function fitWithoutShortLastPage(
  ws: Worksheet, setup: PrintSetup & { orientation: Orientation }, area: { lastColumn: number; lastRow: number }
): { pagesTall: number } | { scale: number } | null {
  const page = printableSize(setup.paper, setup.orientation)
  const pages = setup.pagesWide?.pages ?? 1
  const repeatedWidth = setup.pagesWide ? printedWidth(ws, 1, setup.pagesWide.repeatColumns) * (pages - 1) : 0
  const widthScale = Math.min(1, (pages * page.width) / (printedWidth(ws, 1, area.lastColumn) + repeatedWidth))
  const repeatedRows = setup.repeatRows ? printedHeight(ws, setup.repeatRows.from, setup.repeatRows.to) : 0
  const breaks = pageBreaksOf(ws).filter((id) => id < area.lastRow).sort((a, b) => a - b)
  const runs = [0, ...breaks].map((after, i) => [after + 1, breaks[i] ?? area.lastRow] as const)
  let total = 0
  let shortened = false
  let scale = widthScale
  for (const [from, to] of runs) {
    const height = printedHeight(ws, from, to)
    // The repeated header rows head every page after the first.
    const bare = Math.ceil((height * HEIGHT_MARGIN * widthScale) / page.height)
    const tall = ((height + repeatedRows * (bare - 1)) * HEIGHT_MARGIN * widthScale) / page.height
    const whole = Math.floor(tall)
    if (whole >= 1 && tall - whole > 0 && tall - whole < SHORT_PAGE) {
      shortened = true
      total += whole
      scale = Math.min(scale, (whole * page.height * SCALE_ROOM) / (height + repeatedRows * (whole - 1)))
    } else {
      total += Math.max(1, Math.ceil(tall))
    }
  }
  if (!shortened || scale < widthScale * MAX_SHRINK || scale < MIN_SHRUNK_SCALE) return null
  return breaks.length === 0 ? { pagesTall: total } : { scale: Math.floor(scale * 100) }
}

/** The rows a page break follows. exceljs keeps them on the sheet (`row.addPageBreak()` adds to
 * them) though its typings only declare them on the sheet's model, which is costly to build. */
function pageBreaksOf(ws: Worksheet): number[] {
  return (ws as Worksheet & { rowBreaks: RowBreak[] }).rowBreaks.map((b) => b.id)
}

/**
 * Wraps text that would run on past the last printed column within the columns up to it: a
 * spreadsheet prints such overflow on pages of its own, and fits the page width to it.
 */
function containText(ws: Worksheet, lastColumn: number, lastRow: number): void {
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.getRow(r)
    for (let c = 1; c <= lastColumn; c++) {
      const cell = row.getCell(c)
      const text = textOf(cell)
      if (text === null || cell.isMerged || cell.alignment?.wrapText) continue
      const font = cell.font ?? (cell.value as CellRichTextValue).richText?.[0]?.font
      const scale = (font?.size ?? 11) / 11 * (font?.bold ? 1.1 : 1)
      let free = c
      while (free < lastColumn && isEmpty(row.getCell(free + 1))) free++
      if (text.length * scale <= textCapacity(widthOf(ws, c, lastColumn))) continue
      if (free === c) continue
      const height = row.height
      wrapAcross(ws, r, c, free, text.length, scale)
      if (height !== undefined) row.height = Math.max(height, row.height ?? 0)
      break
    }
  }
}

function textOf(cell: Cell): string | null {
  const value = cell.value
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('')
  return null
}

function isEmpty(cell: Cell): boolean {
  return cell.value === null || cell.value === undefined || cell.value === ''
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

/** A note in small grey italics; given a last column, it wraps within the columns up to it
 * instead of running on past the printed page. */
export function writeNote(ws: Worksheet, row: number, text: string, column = 1, lastColumn?: number): void {
  const cell = ws.getCell(row, column)
  cell.value = text
  cell.font = NOTE_FONT
  if (lastColumn !== undefined) wrapAcross(ws, row, column, lastColumn, text.length, NOTE_SCALE)
}

/** A note's 9 pt italics against the 11 pt text wrapAcross measures. */
const NOTE_SCALE = 0.85

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
  /** Lines the headers may wrap to (3 unless given): more make narrower columns. */
  headerLines?: number
  /** Rows that stand out (bold, e.g. a subtotal) or sit under one (text indented further); the
   * heights of wrapped text allow for both. */
  rowStyle?: (row: Row) => RowStyle
}

export interface RowStyle {
  bold?: boolean
  /** Indent levels of the row's text (1 unless given). */
  indent?: number
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
  const styles = spec.rows.map((row) => spec.rowStyle?.(row) ?? {})

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

  const headerLines = spec.headerLines ?? 3
  const header = ws.getRow(spec.headerRow)
  header.height = 14 * headerLines + 2
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
      const style = r <= lastDataRow ? styles[r - firstDataRow] : {}
      cell.alignment = {
        vertical: 'top',
        wrapText: column.wrapAt !== undefined,
        ...(column.align ? { horizontal: column.align } : {}),
        ...(text ? { horizontal: column.align ?? 'left', indent: style.indent ?? 1 } : {})
      }
      if (r <= lastDataRow) {
        styleAsKind(cell, typeof column.kind === 'function' ? column.kind(spec.rows[r - firstDataRow]) : column.kind)
        if (style.bold) cell.font = { ...(cell.font ?? font({})), bold: true }
      } else {
        cell.font = font({ bold: true })
        cell.border = { ...THIN_BORDER, top: { style: 'double', color: { argb: 'FF1F3864' } } }
      }
    }
    fitWidth(ws, col, column, cells.map((rowCells, r) => [rowCells[i], formatOf(firstDataRow + r)] as const), headerLines)
  })

  // Rows with wrapped text get the height of their longest cell, where row autofit is not done:
  // the text is wrapped word by word at the width the column ended up with (an earlier table on
  // the sheet may have made it wider than `wrapAt`).
  cells.forEach((rowCells, r) => {
    const { bold, indent = 1 } = styles[r]
    const lines = Math.max(1, ...spec.columns.map((column, i) => {
      const value = rowCells[i]
      if (column.wrapAt === undefined || typeof value !== 'string') return 1
      // Bold text is about a tenth wider; each further indent level takes about two characters.
      const capacity = Math.floor(textCapacity(ws.getColumn(firstColumn + i).width ?? column.wrapAt) / (bold ? 1.1 : 1)) - 2 * (indent - 1)
      return wrappedLineCount(value, Math.max(1, capacity))
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

/** Widens a column to its widest value (as displayed) and to its header wrapped on `headerLines` lines. */
function fitWidth(
  ws: Worksheet, col: number, column: Pick<ColumnSpec<unknown>, 'header' | 'numFmt' | 'wrapAt' | 'total'>,
  values: readonly (readonly [CellInput, string | undefined])[], headerLines: number
): void {
  const widest = Math.max(
    0,
    ...values.map(([value, numFmt]) => displayLength(value, numFmt)),
    column.total ? displayLength(column.total.result, column.numFmt) : 0
  )
  const content = column.wrapAt !== undefined ? Math.min(widest, column.wrapAt) : widest
  const longestWord = Math.max(...column.header.split(/\s+/).map((w) => w.length))
  const header = Math.max(longestWord, Math.ceil(column.header.length / headerLines))
  // Room for the wider fallback font where Calibri is not installed (LibreOffice then uses DejaVu
  // Sans, whose digits are a full width unit each), the cell's padding and a text indent.
  const width = Math.ceil(Math.max(content, header) * 1.05) + 2
  const current = ws.getColumn(col).width ?? 0
  ws.getColumn(col).width = Math.max(current, Math.min(width, 80))
}

/**
 * en-US number formats by decimals, made once: toLocaleString builds a formatter per call, which
 * took seconds over the largest plan's tables.
 */
const GROUPED_DIGITS = new Map<number, Intl.NumberFormat>()
function groupedDigits(decimals: number): Intl.NumberFormat {
  let format = GROUPED_DIGITS.get(decimals)
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    GROUPED_DIGITS.set(decimals, format)
  }
  return format
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
  const digits = groupedDigits(decimals).format(Math.abs(value)).length
  // Currency symbol or code and the minus sign.
  const prefix = numFmt?.includes('[$') ? 5 : numFmt?.includes('"') ? 2 : 1
  return digits + prefix
}
