// Actuals from a finance system's export (docs/actuals-import.md): a table of rows, each a quarter,
// a category or line, and an amount, mapped by column and read into per-quarter category totals
// with their lines. Pure: the file readers (src/files/actualsTable.ts) hand over the cells. Every
// problem is reported with its row number as the spreadsheet shows it (the header is row 1), and
// nothing is returned to write unless every row is valid.
import { ACTUAL_CATEGORIES, type ActualCategory, type ActualLine } from './actualLines'
import type { QuarterActual } from './actuals'
import { ROLES } from './catalog'
import { controlCharacterProblem } from './controlCharacters'
import { readMoneyCell } from './importMoney'
import { readQuarterCell, type ImportCell } from './importQuarter'
import { MAX_MONEY, MAX_TEXT } from './limits'
import { absoluteQuarter, quarterLabel } from './quarters'
import type { ScenarioDoc } from './scenario'
import { resolvedFiscalYearStart } from './scenarioDefaults'
import { TOOLS } from './toolCatalog'
import type { ValidationError } from './validationMessages'

export type { ImportCell }

/** A sheet as read from the file: the header row, then every row below it (row i is spreadsheet row i + 2). */
export interface ActualsTable {
  headers: string[]
  rows: ImportCell[][]
}

/** Which column (0-based) holds what. At least one of `category` and `line` is mapped. */
export interface ColumnMapping {
  quarter: number
  amount: number
  category: number | null
  line: number | null
}

export const MAPPING_FIELDS = ['quarter', 'category', 'line', 'amount'] as const
export type MappingField = (typeof MAPPING_FIELDS)[number]

export interface ImportedCategory {
  total: number
  /** The lines named in the file (role, tool or program); the rest of the total is not itemised. */
  lines: ActualLine[]
}

export interface ImportedQuarter {
  quarter: number
  label: string
  /** Only the categories the file has rows for. */
  categories: Partial<Record<ActualCategory, ImportedCategory>>
}

export type ActualsImportReading =
  | { ok: true; quarters: ImportedQuarter[]; rows: number }
  | { ok: false; errors: ValidationError[] }

/** Problems beyond this many are summed up in one line: a wrong mapping fails every row. */
const MAX_REPORTED_ROWS = 50

const CATEGORY_WORDS: Record<string, ActualCategory> = {
  people: 'people', tools: 'tools', programs: 'programs', programmes: 'programs'
}

/** The same export's header row gives the same signature whatever its letter case or padding. */
export function headerSignature(headers: readonly string[]): string {
  return JSON.stringify(headers.map((h) => h.trim().toLowerCase()))
}

/** A first guess at the mapping from header names, for a header row seen for the first time. */
export function guessMapping(headers: readonly string[]): Partial<ColumnMapping> {
  const find = (pattern: RegExp, taken: readonly number[]) => {
    const index = headers.findIndex((h, i) => !taken.includes(i) && pattern.test(h))
    return index >= 0 ? index : undefined
  }
  const quarter = find(/quarter|period|qtr/i, [])
  const amount = find(/amount|actual|spend|cost|value|total/i, [quarter ?? -1])
  const category = find(/categor|type|class/i, [quarter ?? -1, amount ?? -1])
  const line = find(/line|account|item|description|role|tool|program|vendor|name/i, [quarter ?? -1, amount ?? -1, category ?? -1])
  return { quarter, amount, category: category ?? null, line: line ?? null }
}

/** What is wrong with a mapping for a table with these headers. */
export function mappingErrors(mapping: ColumnMapping, headers: readonly string[]): ValidationError[] {
  const errors: ValidationError[] = []
  const used = new Map<number, MappingField>()
  for (const field of MAPPING_FIELDS) {
    const column = mapping[field]
    if (column === null) continue
    if (!Number.isInteger(column) || column < 0 || column >= headers.length) {
      errors.push({ path: `mapping.${field}`, message: `column ${column} is not one of the file's ${headers.length} columns` })
      continue
    }
    const other = used.get(column)
    if (other) errors.push({ path: `mapping.${field}`, message: `column "${headers[column]}" is already mapped to ${other}` })
    else used.set(column, field)
  }
  if (mapping.category === null && mapping.line === null) {
    errors.push({ path: 'mapping', message: 'map a category column, a line column or both' })
  }
  return errors
}

/**
 * A mapping written as `quarter=Period,line=Account,amount=Amount` (header names, any letter
 * case), as the command line takes it.
 */
export function mappingFromText(text: string, headers: readonly string[]): { ok: true; mapping: ColumnMapping } | { ok: false; errors: ValidationError[] } {
  const errors: ValidationError[] = []
  const named: Partial<Record<MappingField, number>> = {}
  const mentioned = new Set<string>()
  for (const part of text.split(',')) {
    const [field, header] = part.split('=', 2).map((s) => s.trim())
    if (!(MAPPING_FIELDS as readonly string[]).includes(field) || header === undefined || header === '') {
      errors.push({ path: '--map', message: `${JSON.stringify(part)} is not FIELD=HEADER with FIELD one of ${MAPPING_FIELDS.join(', ')}` })
      continue
    }
    mentioned.add(field)
    const matches = headers.flatMap((h, i) => (h.trim().toLowerCase() === header.toLowerCase() ? [i] : []))
    if (matches.length !== 1) {
      errors.push({ path: '--map', message: matches.length === 0
        ? `the file has no column headed ${JSON.stringify(header)} (its headers: ${headers.map((h) => JSON.stringify(h)).join(', ')})`
        : `the file has ${matches.length} columns headed ${JSON.stringify(header)}` })
      continue
    }
    named[field as MappingField] = matches[0]
  }
  for (const field of ['quarter', 'amount'] as const) {
    if (!mentioned.has(field)) {
      errors.push({ path: '--map', message: `says nothing about ${field}: add ${field}=HEADER` })
    }
  }
  if (errors.length > 0) return { ok: false, errors }
  const mapping: ColumnMapping = { quarter: named.quarter!, amount: named.amount!, category: named.category ?? null, line: named.line ?? null }
  const problems = mappingErrors(mapping, headers).map((e) => ({ path: '--map', message: e.message }))
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, mapping }
}

/**
 * An import's problems named by the file they are in (`export.csv: row 7`); problems with the
 * scenario id or the mapping, and closing summaries, stay as they are.
 */
export function inActualsFile(file: string, errors: readonly ValidationError[]): ValidationError[] {
  return errors.map((e) => {
    if (e.path === '' || e.path === 'id' || e.path === '--map' || e.path.startsWith('mapping')) return e
    return { path: e.path === '(root)' ? file : `${file}: ${e.path}`, message: e.message }
  })
}

interface RowEntry {
  row: number
  quarter: number
  category: ActualCategory
  /** Null: an amount for the category as a whole. */
  line: string | null
  cents: number
}

/**
 * Reads every row of `table` for the plan `doc` (the horizon, fiscal year, currency and its
 * programs' names). Rows with no cell filled in are skipped; several rows for the same quarter and
 * line are added up (a credit in parentheses subtracts).
 */
export function readActualsRows(table: ActualsTable, mapping: ColumnMapping, doc: ScenarioDoc): ActualsImportReading {
  const mappingProblems = mappingErrors(mapping, table.headers)
  if (mappingProblems.length > 0) return { ok: false, errors: mappingProblems }
  const currency = doc.currency ?? 'USD'
  const fiscalYearStart = resolvedFiscalYearStart(doc)
  const first = absoluteQuarter(doc.start)
  const span = `${doc.start} to ${quarterLabel(doc.start, doc.quarters - 1)}`
  const errors: ValidationError[] = []
  const entries: RowEntry[] = []
  const lines = lineIndex(doc)
  let rowsWithProblems = 0
  table.rows.forEach((cells, index) => {
    if (cells.every(isBlank)) return
    const row = index + 2
    const problems: string[] = []
    const quarter = readQuarterCell(cells[mapping.quarter] ?? null, fiscalYearStart)
    let q = -1
    if (!quarter.ok) problems.push(`quarter ${quarter.reason}`)
    else {
      q = absoluteQuarter(quarter.label) - first
      if (q < 0 || q >= doc.quarters) problems.push(`quarter ${quarter.label} is outside the plan (${span})`)
    }
    const target = resolveTarget(cellText(cells, mapping.category), cellText(cells, mapping.line), lines)
    if (!target.ok) problems.push(target.reason)
    const money = readMoneyCell(cells[mapping.amount] ?? null, currency)
    if (!money.ok) problems.push(`amount ${money.reason}`)
    if (problems.length > 0) {
      rowsWithProblems++
      if (rowsWithProblems <= MAX_REPORTED_ROWS) errors.push({ path: `row ${row}`, message: problems.join('; ') })
      return
    }
    if (target.ok && money.ok) entries.push({ row, quarter: q, category: target.category, line: target.line, cents: money.cents })
  })
  if (rowsWithProblems > MAX_REPORTED_ROWS) {
    errors.push({ path: '', message: `and ${rowsWithProblems - MAX_REPORTED_ROWS} more rows with problems; check the column mapping` })
  }
  if (errors.length > 0) return { ok: false, errors }
  if (entries.length === 0) return { ok: false, errors: [{ path: '(root)', message: 'the file has no rows of actuals below its header row' }] }
  return sumEntries(entries, doc)
}

function sumEntries(entries: readonly RowEntry[], doc: ScenarioDoc): ActualsImportReading {
  type Sum = { cents: number; rows: number[] }
  const byQuarter = new Map<number, Map<ActualCategory, { total: Sum; lines: Map<string, Sum> }>>()
  const add = (sum: Sum, entry: RowEntry) => {
    sum.cents += entry.cents
    sum.rows.push(entry.row)
  }
  for (const entry of entries) {
    const categories = byQuarter.get(entry.quarter) ?? new Map()
    byQuarter.set(entry.quarter, categories)
    const category = categories.get(entry.category) ?? { total: { cents: 0, rows: [] }, lines: new Map<string, Sum>() }
    categories.set(entry.category, category)
    add(category.total, entry)
    if (entry.line !== null) {
      const line = category.lines.get(entry.line) ?? { cents: 0, rows: [] }
      category.lines.set(entry.line, line)
      add(line, entry)
    }
  }
  const errors: ValidationError[] = []
  const quarters: ImportedQuarter[] = [...byQuarter.keys()].sort((a, b) => a - b).map((quarter) => {
    const label = quarterLabel(doc.start, quarter)
    const categories: ImportedQuarter['categories'] = {}
    for (const category of ACTUAL_CATEGORIES) {
      const sums = byQuarter.get(quarter)!.get(category)
      if (!sums) continue
      const check = (what: string, sum: Sum) => {
        if (sum.cents < 0) errors.push({ path: `${label} ${what}`, message: `its rows (${rowsText(sum.rows)}) add up to ${sum.cents / 100}, below zero` })
        if (sum.cents > MAX_MONEY * 100) {
          errors.push({ path: `${label} ${what}`, message: `its rows (${rowsText(sum.rows)}) add up to more than ${MAX_MONEY.toLocaleString('en-US')}` })
        }
      }
      check(category, sums.total)
      for (const [line, sum] of sums.lines) check(`${category} "${line}"`, sum)
      const itemised = [...sums.lines.values()].reduce((total, sum) => total + sum.cents, 0)
      if (sums.total.cents >= 0 && itemised > sums.total.cents) {
        errors.push({ path: `${label} ${category}`, message: `its lines add up to ${itemised / 100}, more than the category's total of ` +
          `${sums.total.cents / 100} (${rowsText(sums.total.rows)}): a credit for the category as a whole is larger than what is not itemised` })
      }
      categories[category] = {
        total: sums.total.cents / 100,
        lines: [...sums.lines].map(([line, sum]) => ({ category, line, amount: sum.cents / 100 }))
      }
    }
    return { quarter, label, categories }
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, quarters, rows: entries.length }
}

function rowsText(rows: readonly number[]): string {
  const shown = rows.slice(0, 8).join(', ')
  return rows.length === 1 ? `row ${shown}` : `rows ${shown}${rows.length > 8 ? ` and ${rows.length - 8} more` : ''}`
}

type Target = { ok: true; category: ActualCategory; line: string | null } | { ok: false; reason: string }

/** Each category's line keys by their id and name in lower case: looked up once per row. */
type LineIndex = Record<ActualCategory, Map<string, string>>

function lineIndex(doc: ScenarioDoc): LineIndex {
  const byIdAndName = (items: readonly { id: string; name: string }[]) =>
    new Map(items.flatMap((item) => [[item.id.toLowerCase(), item.id], [item.name.toLowerCase(), item.id]] as [string, string][]))
  return {
    people: byIdAndName(ROLES),
    tools: byIdAndName(TOOLS),
    // The plan's own spelling of each program's name.
    programs: new Map((doc.programs ?? []).map((p) => [p.name.toLowerCase(), p.name]))
  }
}

/**
 * The category and line a row is for. A category cell names the category; the line cell then
 * names a role or tool of the catalog (by id or name) or a program (any name: one the plan does
 * not have is unplanned spend). With no category, the line cell may name a category itself, a
 * catalog role or tool, or one of the plan's programs.
 */
function resolveTarget(categoryText: string | null, lineText: string | null, index: LineIndex): Target {
  if (categoryText !== null) {
    const category = CATEGORY_WORDS[categoryText.toLowerCase()]
    if (!category) return { ok: false, reason: `category ${JSON.stringify(categoryText)} is not people, tools or programs` }
    if (lineText === null) return { ok: true, category, line: null }
    const line = lineIn(category, lineText, index)
    return line.ok ? { ok: true, category, line: line.line } : line
  }
  if (lineText === null) return { ok: false, reason: 'names no category or line' }
  const wanted = lineText.toLowerCase()
  const category = CATEGORY_WORDS[wanted]
  if (category) return { ok: true, category, line: null }
  const found = ACTUAL_CATEGORIES.flatMap((c) => {
    const line = index[c].get(wanted)
    return line === undefined ? [] : [{ category: c, line }]
  })
  if (found.length === 1) return { ok: true, ...found[0] }
  if (found.length > 1) return { ok: false, reason: `line ${JSON.stringify(lineText)} is both a ${found.map((f) => f.category).join(' and a ')} line; add a category column` }
  return { ok: false, reason: `line ${JSON.stringify(lineText)} is not a category (people, tools, programs), a role or tool of the catalog, or a program of this plan` }
}

function lineIn(category: ActualCategory, text: string, index: LineIndex): { ok: true; line: string } | { ok: false; reason: string } {
  const known = index[category].get(text.toLowerCase())
  if (known !== undefined) return { ok: true, line: known }
  if (category === 'people') return { ok: false, reason: `line ${JSON.stringify(text)} is not a role of the catalog (see \`rampart catalog\`)` }
  if (category === 'tools') return { ok: false, reason: `line ${JSON.stringify(text)} is not a tool or service of the catalog (see \`rampart catalog\`)` }
  // A program the plan does not have: unplanned spend, named as the file names it.
  const control = controlCharacterProblem(text)
  if (control) return { ok: false, reason: `line ${control}` }
  if (text.length > MAX_TEXT) return { ok: false, reason: `line is longer than ${MAX_TEXT} characters` }
  return { ok: true, line: text }
}

function cellText(cells: readonly ImportCell[], column: number | null): string | null {
  if (column === null) return null
  const cell = cells[column] ?? null
  if (cell === null) return null
  const text = String(cell).trim().replace(/\s+/g, ' ')
  return text === '' ? null : text
}

function isBlank(cell: ImportCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '')
}

/**
 * The quarters to save: each quarter in the file, its categories in the file replaced by the
 * file's total and lines; its other categories, hires, capabilities and note kept as recorded
 * (a quarter not recorded yet starts with none).
 */
export function mergeImportedActuals(existing: readonly QuarterActual[], imported: readonly ImportedQuarter[]): QuarterActual[] {
  return imported.map(({ quarter, categories }) => {
    const recorded = existing.find((a) => a.quarter === quarter)
    const merged: QuarterActual = recorded
      ? { ...recorded }
      : { quarter, people: 0, tools: 0, programs: 0, hires: 0, capabilities: [], note: '' }
    let lines = recorded?.lines ?? []
    for (const category of ACTUAL_CATEGORIES) {
      const replacement = categories[category]
      if (!replacement) continue
      merged[category] = replacement.total
      lines = [...lines.filter((l) => l.category !== category), ...replacement.lines]
    }
    delete merged.lines
    return lines.length > 0 ? { ...merged, lines } : merged
  })
}
