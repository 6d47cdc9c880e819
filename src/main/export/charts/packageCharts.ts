// Adds native charts to an xlsx package exceljs has written (exceljs has no chart API): chart
// parts, one drawing per sheet anchoring them, the sheet -> drawing -> chart relationships, the
// sheet's <drawing> element and the content types.
import JSZip from 'jszip'
import { chartSpaceXml } from './chartXml'
import type { PlacedChart } from './chartTypes'
import { CONTENT_TYPES, drawingXml, REL_TYPES, relationshipsXml, type Relationship } from './drawingXml'

// CT_Worksheet children that come before <drawing> and after it (ECMA-376 Part 1, 18.3.1.99).
const BEFORE_DRAWING = [
  'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter',
  'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr',
  'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins',
  'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches',
  'ignoredErrors', 'smartTags'
]
const AFTER_DRAWING = [
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst'
]

export async function addChartsToWorkbook(xlsx: Buffer, charts: readonly PlacedChart[]): Promise<Buffer> {
  if (charts.length === 0) return xlsx
  const zip = await JSZip.loadAsync(xlsx)
  const sheetParts = await sheetPartsByName(zip)
  const overrides: string[] = []
  let chartNumber = 0
  let drawingNumber = 0

  for (const [sheet, placed] of groupBySheet(charts)) {
    const sheetPath = sheetParts.get(sheet)
    if (!sheetPath) throw new Error(`no sheet named "${sheet}" to draw charts on`)
    do drawingNumber++
    while (zip.file(`xl/drawings/drawing${drawingNumber}.xml`))
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`

    const chartRels: Relationship[] = placed.map((chart, i) => {
      do chartNumber++
      while (zip.file(`xl/charts/chart${chartNumber}.xml`))
      zip.file(`xl/charts/chart${chartNumber}.xml`, chartSpaceXml(chart.spec))
      overrides.push(override(`/xl/charts/chart${chartNumber}.xml`, CONTENT_TYPES.chart))
      return { id: `rId${i + 1}`, type: REL_TYPES.chart, target: `../charts/chart${chartNumber}.xml` }
    })
    zip.file(drawingPath, drawingXml(placed.map((chart, i) => ({
      anchor: chart.anchor, relId: chartRels[i].id, title: chart.spec.title
    }))))
    zip.file(relsPathOf(drawingPath), relationshipsXml(chartRels))
    overrides.push(override(`/${drawingPath}`, CONTENT_TYPES.drawing))

    const drawingRelId = await addRelationship(zip, relsPathOf(sheetPath), {
      type: REL_TYPES.drawing, target: `../drawings/drawing${drawingNumber}.xml`
    })
    const sheetXml = await readText(zip, sheetPath)
    zip.file(sheetPath, withDrawingElement(sheetXml, drawingRelId))
  }

  const contentTypes = await readText(zip, '[Content_Types].xml')
  zip.file('[Content_Types].xml', contentTypes.replace('</Types>', `${overrides.join('')}</Types>`))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
}

/** Inserts `<drawing r:id>` where the worksheet schema wants it: after page setup and breaks,
 * before legacy drawings, table parts and the sheet-level extension list. */
export function withDrawingElement(sheetXml: string, relId: string): string {
  if (/<drawing[\s>/]/.test(sheetXml)) throw new Error('the sheet already has a drawing')
  let searchFrom = 0
  for (const name of BEFORE_DRAWING) {
    const close = sheetXml.lastIndexOf(`</${name}>`)
    const open = sheetXml.lastIndexOf(`<${name}`)
    const end = Math.max(close >= 0 ? close + name.length + 3 : -1, open >= 0 ? sheetXml.indexOf('>', open) + 1 : -1)
    searchFrom = Math.max(searchFrom, end)
  }
  let insertAt = sheetXml.lastIndexOf('</worksheet>')
  for (const name of AFTER_DRAWING) {
    const match = new RegExp(`<${name}[\\s>/]`).exec(sheetXml.slice(searchFrom))
    if (match) insertAt = Math.min(insertAt, searchFrom + match.index)
  }
  const element = `<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>`
  return sheetXml.slice(0, insertAt) + element + sheetXml.slice(insertAt)
}

function groupBySheet(charts: readonly PlacedChart[]): Map<string, PlacedChart[]> {
  const groups = new Map<string, PlacedChart[]>()
  for (const chart of charts) groups.set(chart.sheet, [...(groups.get(chart.sheet) ?? []), chart])
  return groups
}

function override(partName: string, contentType: string): string {
  return `<Override PartName="${partName}" ContentType="${contentType}"/>`
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/')
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path)
  if (!file) throw new Error(`the workbook has no ${path}`)
  return file.async('string')
}

/** Adds a relationship to a part's .rels (creating it if needed); returns the new id. */
async function addRelationship(zip: JSZip, relsPath: string, rel: Omit<Relationship, 'id'>): Promise<string> {
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
async function sheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
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
