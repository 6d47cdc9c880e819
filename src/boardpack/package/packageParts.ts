// Reading and editing the parts of an xlsx package exceljs has written, for what exceljs cannot
// write itself (charts, page breaks between columns): sheets by name, relationships, and sheet
// elements placed where the worksheet schema wants them.
import type JSZip from 'jszip'
import { relationshipsXml, type Relationship } from './relationships'

// The children of CT_Worksheet in schema order (ECMA-376 Part 1, 18.3.1.99), which Excel enforces.
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr',
  'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate',
  'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations',
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing',
  'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems',
  'tableParts', 'extLst'
] as const

export type WorksheetElement = (typeof WORKSHEET_ORDER)[number]

/**
 * Inserts `element` (the XML of a `name` element) where the worksheet schema wants it: after the
 * last element that comes before it, before the first one that comes after it. Elements nested in
 * others (an extension list inside a conditional format) are not mistaken for sheet-level ones.
 */
export function insertSheetElement(sheetXml: string, name: WorksheetElement, element: string): string {
  if (new RegExp(`<${name}[\\s>/]`).test(sheetXml)) throw new Error(`the sheet already has a <${name}>`)
  const position = WORKSHEET_ORDER.indexOf(name)
  let searchFrom = 0
  for (const before of WORKSHEET_ORDER.slice(0, position)) {
    const open = lastMatch(sheetXml, new RegExp(`<${before}[\\s>/]`, 'g'))
    if (open < 0) continue
    const close = sheetXml.lastIndexOf(`</${before}>`)
    const end = Math.max(close >= 0 ? close + before.length + 3 : -1, sheetXml.indexOf('>', open) + 1)
    searchFrom = Math.max(searchFrom, end)
  }
  let insertAt = sheetXml.lastIndexOf('</worksheet>')
  for (const after of WORKSHEET_ORDER.slice(position + 1)) {
    const match = new RegExp(`<${after}[\\s>/]`).exec(sheetXml.slice(searchFrom))
    if (match) insertAt = Math.min(insertAt, searchFrom + match.index)
  }
  return sheetXml.slice(0, insertAt) + element + sheetXml.slice(insertAt)
}

function lastMatch(text: string, pattern: RegExp): number {
  let last = -1
  for (const match of text.matchAll(pattern)) last = match.index
  return last
}

export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/')
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`
}

export async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path)
  if (!file) throw new Error(`the workbook has no ${path}`)
  return file.async('string')
}

/** Adds a relationship to a part's .rels (creating it if needed); returns the new id. */
export async function addRelationship(zip: JSZip, relsPath: string, rel: Omit<Relationship, 'id'>): Promise<string> {
  const existing = zip.file(relsPath) ? await readText(zip, relsPath) : null
  const used = existing ? [...existing.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1])) : []
  const id = `rId${Math.max(0, ...used) + 1}`
  if (existing === null) {
    zip.file(relsPath, relationshipsXml([{ id, ...rel }]))
  } else {
    const element = `<Relationship Id="${id}" Type="${rel.type}" Target="${rel.target}"/>`
    zip.file(relsPath, existing.replace('</Relationships>', `${element}</Relationships>`))
  }
  return id
}

/** Sheet name -> part path, from the workbook and its relationships. */
export async function sheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readText(zip, 'xl/workbook.xml')
  const rels = await readText(zip, 'xl/_rels/workbook.xml.rels')
  const targets = new Map<string, string>()
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id')
    const target = attribute(tag, 'Target')
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`)
  }
  const parts = new Map<string, string>()
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name')
    const target = targets.get(attribute(tag, 'r:id') ?? '')
    if (name !== null && target) parts.set(unescapeXml(name), target)
  }
  return parts
}

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) =>
    ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity] ?? '')
}
