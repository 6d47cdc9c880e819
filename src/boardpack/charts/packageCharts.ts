// Adds native charts to an xlsx package exceljs has written (exceljs has no chart API): chart
// parts, one drawing per sheet anchoring them, the sheet -> drawing -> chart relationships, the
// sheet's <drawing> element and the content types.
import type JSZip from 'jszip'
import { addRelationship, insertSheetElement, readText, relsPathOf, sheetPartsByName } from '../package/packageParts'
import { relationshipsXml, type Relationship } from '../package/relationships'
import { chartSpaceXml } from './chartXml'
import type { PlacedChart } from './chartTypes'
import { CONTENT_TYPES, drawingXml, REL_TYPES } from './drawingXml'

export async function addChartsToPackage(zip: JSZip, charts: readonly PlacedChart[]): Promise<void> {
  if (charts.length === 0) return
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
}

/** Inserts `<drawing r:id>` where the worksheet schema wants it: after page setup and breaks,
 * before legacy drawings, table parts and the sheet-level extension list. */
export function withDrawingElement(sheetXml: string, relId: string): string {
  return insertSheetElement(sheetXml, 'drawing',
    `<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>`)
}

function groupBySheet(charts: readonly PlacedChart[]): Map<string, PlacedChart[]> {
  const groups = new Map<string, PlacedChart[]>()
  for (const chart of charts) groups.set(chart.sheet, [...(groups.get(chart.sheet) ?? []), chart])
  return groups
}

function override(partName: string, contentType: string): string {
  return `<Override PartName="${partName}" ContentType="${contentType}"/>`
}
