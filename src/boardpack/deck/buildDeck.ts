// The board deck: an editable PowerPoint file with native charts, built by pptxgenjs from the same
// model as the workbook, so the two never disagree. Its chart parts are then put in the order the
// chart schema requires, which PowerPoint enforces (chartSchema.ts).
import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import type { ScenarioDoc } from '../../core'
import type { BoardPackOptions } from '../boardPack'
import { buildModel } from '../model'
import { normalizeChartXml } from './chartSchema'
import { addActualsSlide, addComparisonSlide, addOnePageSummary } from './otherSlides'
import { addAskSlide, addMaturitySlide, addRiskSlide, addSpendSlide, addTeamSlide } from './planSlides'
import { plain } from './slideKit'

export type DeckOptions = Omit<BoardPackOptions, 'paper'>

export async function buildDeck(docs: ScenarioDoc[], options: DeckOptions = {}): Promise<Buffer> {
  if (docs.length === 0) throw new RangeError('a deck needs at least one scenario')
  const progress = options.onProgress ?? (() => {})
  progress(0, 'simulating')
  const model = buildModel(docs, options)
  progress(0.5, 'writing')
  const report = model.reports[0]

  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.author = 'Rampart'
  pptx.company = 'Rampart'
  pptx.title = `Security board deck: ${plain(report.doc.name)}`
  pptx.subject = 'Security budget, hiring and maturity plan'

  addAskSlide(pptx, model, report)
  addSpendSlide(pptx, model, report)
  addTeamSlide(pptx, model, report)
  addMaturitySlide(pptx, model, report)
  addRiskSlide(pptx, model, report)
  if (model.reports.length > 1) addComparisonSlide(pptx, model)
  for (const withActuals of model.reports.filter((r) => r.actuals !== null)) addActualsSlide(pptx, model, withActuals)
  addOnePageSummary(pptx, model, report)
  progress(0.8, 'writing')

  const written = await pptx.write({ outputType: 'nodebuffer', compression: false }) as Buffer
  const zip = await JSZip.loadAsync(written)
  for (const path of Object.keys(zip.files)) {
    if (/^ppt\/charts\/chart\d+\.xml$/.test(path)) zip.file(path, normalizeChartXml(await zip.file(path)!.async('string')))
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(path)) zip.file(path, notesParagraphs(await zip.file(path)!.async('string')))
  }
  const deck = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
  progress(1, 'writing')
  return deck
}

/** pptxgenjs writes speaker notes as one run with line breaks inside it, which PowerPoint shows
 * as one run-on paragraph: each line becomes a paragraph of its own. */
function notesParagraphs(xml: string): string {
  return xml.replace(/<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*)<\/a:t><\/a:r>/g, (whole, properties: string, text: string) =>
    text.includes('\n')
      ? text.split('\n').map((line, i) => `${i > 0 ? '</a:p><a:p>' : '<a:p>'}<a:r>${properties}<a:t>${line}</a:t></a:r>`).join('')
      : whole)
}
