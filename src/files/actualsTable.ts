// Reads a finance system's export of actuals, CSV or XLSX, into a table of cells for the engine's
// importer (src/core/actualsImport.ts). The file is read through the capped, regular-file-only
// reader, and refused before any parsing when it is too large, or, for a workbook, when it says
// it unpacks to more than exceljs should hold in memory. Cells are data: text is kept as text
// (a cell "=1+2" stays those four characters) and no formula is ever evaluated; a workbook's
// formula cell gives the value the spreadsheet saved with it. The app runs this in a worker thread
// (src/main/actualsTable), the CLI in its own process: one reader for both.
import { extname } from 'node:path'
import Papa from 'papaparse'
import type { ActualsTable, ImportCell } from '../core/actualsImport'
import { InputError } from '../core/inputError'
import {
  MAX_ACTUALS_CSV_BYTES, MAX_ACTUALS_IMPORT_COLUMNS, MAX_ACTUALS_IMPORT_ROWS, MAX_ACTUALS_XLSX_BYTES, MAX_ACTUALS_XLSX_UNPACKED_BYTES
} from '../core/limits'
import { formatBytes, readFileCapped } from './readCapped'
import { declaredUnpackedBytes } from './zipSizes'

export type ActualsFileKind = 'csv' | 'xlsx'

/** The kind of export a file name says it is, or null: .csv (or .txt) and .xlsx. */
export function actualsFileKind(path: string): ActualsFileKind | null {
  const extension = extname(path).toLowerCase()
  if (extension === '.csv' || extension === '.txt') return 'csv'
  if (extension === '.xlsx') return 'xlsx'
  return null
}

/** The header row and the rows below it of the export at `path`; throws InputError naming the file. */
export async function readActualsTable(path: string): Promise<ActualsTable> {
  const kind = actualsFileKind(path)
  if (kind === null) throw InputError.at(path, 'is not a CSV (.csv) or Excel (.xlsx) file')
  const table = kind === 'csv'
    ? csvTable(decodeCsv(readFileCapped(path, MAX_ACTUALS_CSV_BYTES, 'limit for a CSV of actuals'), path), path)
    : await xlsxTable(readFileCapped(path, MAX_ACTUALS_XLSX_BYTES, 'limit for a workbook of actuals'), path)
  return checkedShape(table, path)
}

/**
 * A CSV's text: UTF-8 (with or without a byte-order mark), UTF-16 with its mark (Excel's "Unicode
 * text"), or else Windows-1252, what Excel on Windows saves as "CSV" (every byte is a character there).
 */
function decodeCsv(bytes: Buffer, path: string): string {
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes)
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes)
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes)
    }
  }
  if (text.includes('\0')) throw InputError.at(path, 'contains NUL bytes, so it is not a CSV file')
  return text.replace(/^\uFEFF/, '')
}

function csvTable(text: string, path: string): ActualsTable {
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    // The header and more rows than the limit (a few spare for blank rows at the end): enough to tell there are too many.
    preview: MAX_ACTUALS_IMPORT_ROWS + 10
  })
  const broken = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter')
  if (broken.length > 0) {
    throw new InputError(broken.slice(0, 10).map((e) => ({
      path: `${path}: ${e.row === undefined ? '(root)' : `row ${e.row + 1}`}`, message: e.message
    })))
  }
  const [headers = [], ...rows] = parsed.data
  return {
    headers: headers.map((h) => h.trim()),
    rows: rows.map((row) => row.map((cell): ImportCell => (cell.trim() === '' ? null : cell)))
  }
}

async function xlsxTable(bytes: Buffer, path: string): Promise<ActualsTable> {
  const unpacked = declaredUnpackedBytes(bytes)
  if (unpacked === null) throw InputError.at(path, 'is not an Excel workbook (.xlsx), or it is damaged')
  if (unpacked > MAX_ACTUALS_XLSX_UNPACKED_BYTES) {
    throw InputError.at(path, `unpacks to ${formatBytes(unpacked)}, more than the ${formatBytes(MAX_ACTUALS_XLSX_UNPACKED_BYTES)} ` +
      'limit for a workbook of actuals; save only the sheet of actuals, or export it as CSV')
  }
  // Loaded only when a workbook is imported: exceljs is large, and most commands never need it.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw InputError.at(path, 'is not an Excel workbook (.xlsx), or it is damaged')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw InputError.at(path, 'has no worksheet')
  if (sheet.rowCount - 1 > MAX_ACTUALS_IMPORT_ROWS) throw tooManyRows(path)
  const width = Math.min(sheet.columnCount, MAX_ACTUALS_IMPORT_COLUMNS + 1)
  const rowCells = (number: number): ImportCell[] => {
    const row = sheet.getRow(number)
    return Array.from({ length: width }, (_, i) => cellValue(row.getCell(i + 1).value))
  }
  const headers = rowCells(1).map((cell) => (cell === null ? '' : String(cell).trim()))
  const rows = Array.from({ length: Math.max(0, sheet.rowCount - 1) }, (_, i) => rowCells(i + 2))
  return { headers, rows }
}

type ExcelValue = import('exceljs').CellValue

/** A workbook cell as the importer reads it: dates as "YYYY-MM-DD", formulas by their saved result. */
function cellValue(value: ExcelValue): ImportCell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('error' in value) return value.error
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result
    if (result === undefined || result === null) return `=${'formula' in value ? value.formula : value.sharedFormula}`
    return cellValue(typeof result === 'object' && !(result instanceof Date) && 'error' in result ? result.error : result)
  }
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellValue(value.text as ExcelValue)
  return null
}

function checkedShape(table: ActualsTable, path: string): ActualsTable {
  // Blank rows at the end (a final line break, a sheet's formatted but empty rows) are not rows.
  let count = table.rows.length
  while (count > 0 && table.rows[count - 1].every((cell) => cell === null || cell === '')) count--
  const rows = table.rows.slice(0, count)
  if (rows.length > MAX_ACTUALS_IMPORT_ROWS) throw tooManyRows(path)
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), table.headers.length)
  if (width > MAX_ACTUALS_IMPORT_COLUMNS) {
    throw InputError.at(path, `has more than ${MAX_ACTUALS_IMPORT_COLUMNS} columns; save only the columns of actuals`)
  }
  if (table.headers.every((h) => h === '')) throw InputError.at(path, 'has no header row: its first row names the columns')
  // Headers are named in messages and mappings: an empty one is called by its column letter.
  const headers = Array.from({ length: width }, (_, i) => table.headers[i] || `Column ${columnLetter(i)}`)
  return { headers, rows }
}

function tooManyRows(path: string): InputError {
  return InputError.at(path, `has more than ${MAX_ACTUALS_IMPORT_ROWS.toLocaleString('en-US')} rows of actuals; split it by year`)
}

/** 0 -> "A", 26 -> "AA". */
function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}
