// The board pack: the workbook a CISO puts in front of a board. The engine computes everything,
// exceljs writes the sheets, then native charts are added to the package.
import ExcelJS from 'exceljs'
import { sensitivity, type QuarterActual, type ScenarioDoc } from '../core'
import JSZip from 'jszip'
import { addChartsToPackage } from './charts/packageCharts'
import type { PlacedChart } from './charts/chartTypes'
import { buildModel, type BoardPackModel } from './model'
import type { SheetContext } from './sheetContext'
import { SHEET_NAMES, sheetOrder } from './sheetNames'
import { numberFormats } from './styles'
import type { Paper } from '../core'
import { writeActualsSheet } from './sheets/actuals'
import { writeAnalysisSheet } from './sheets/analysis'
import { writeAssumptionsSheet } from './sheets/assumptions'
import { writeBenchmarksSheet } from './sheets/benchmarks'
import { writeCapabilityMapSheet } from './sheets/capabilityMap'
import { writeCapabilityPlanSheet } from './sheets/capabilityPlan'
import { writeComparisonSheet } from './sheets/comparison'
import { writeHiringSheet } from './sheets/hiring'
import { writeMaturitySheet } from './sheets/maturity'
import { planReferences, writeQuarterlyPlanSheet } from './sheets/quarterlyPlan'
import { writeRisksSheet } from './sheets/risks'
import { writeSummarySheet } from './sheets/summary'
import { writeToolsSheet } from './sheets/tools'

export interface BoardPackOptions {
  generatedAt?: Date
  seed?: number
  samples?: number
  /** A4 unless given; callers choose from the reader's locale (paperForLocale). */
  paper?: Paper
  /** The quarterly actuals recorded for each scenario, in the order of the scenarios. */
  actuals?: readonly (readonly QuarterActual[] | undefined)[]
  /** Called as the work advances; fraction from 0 to 1, stage 'simulating' or 'writing'. */
  onProgress?: (fraction: number, stage: string) => void
}

export async function buildBoardPack(docs: ScenarioDoc[], options: BoardPackOptions = {}): Promise<Buffer> {
  if (docs.length === 0) throw new RangeError('a board pack needs at least one scenario')
  const progress = options.onProgress ?? (() => {})
  progress(0, 'simulating')
  const model = buildModel(docs, options)
  const report = model.reports[0]
  const drivers = sensitivity(docs[0], report.kpis.totalSpend)
  progress(0.5, 'writing')

  const ctx: SheetContext = { model, report, currency: report.currency, formats: numberFormats(report.currency), sensitivity: drivers }
  const workbook = newWorkbook(model)
  // Create every sheet first so the tabs are in order whatever order they are filled in.
  const hasActuals = model.reports.some((r) => r.actuals !== null)
  const sheets = new Map(sheetOrder(docs.length, hasActuals).map((name) => [name, workbook.addWorksheet(name)]))
  const sheet = (name: string) => sheets.get(name)!

  // Hiring, Tools and Assumptions hold the inputs the plan's formulas read, so they are written
  // first; they in turn read the plan's quarters, whose cells are known before it is written.
  const charts: PlacedChart[] = []
  const planCells = planReferences(ctx)
  const assumptions = writeAssumptionsSheet(sheet(SHEET_NAMES.assumptions), ctx)
  const hiring = writeHiringSheet(sheet(SHEET_NAMES.hiring), ctx, planCells, assumptions)
  const tools = writeToolsSheet(sheet(SHEET_NAMES.tools), ctx, planCells)
  const plan = writeQuarterlyPlanSheet(sheet(SHEET_NAMES.plan), ctx, { assumptions, hiring, tools })
  const maturity = writeMaturitySheet(sheet(SHEET_NAMES.maturity), ctx)
  writeCapabilityPlanSheet(sheet(SHEET_NAMES.capabilityPlan), ctx)
  writeCapabilityMapSheet(sheet(SHEET_NAMES.capabilityMap), ctx)
  charts.push(...writeSummarySheet(sheet(SHEET_NAMES.summary), ctx, plan, maturity))
  charts.push(...writeAnalysisSheet(sheet(SHEET_NAMES.analysis), ctx))
  writeBenchmarksSheet(sheet(SHEET_NAMES.benchmarks), ctx)
  progress(0.6, 'writing')
  writeRisksSheet(sheet(SHEET_NAMES.risks), ctx)
  if (docs.length > 1) charts.push(...writeComparisonSheet(sheet(SHEET_NAMES.comparison), ctx))
  if (hasActuals) charts.push(...writeActualsSheet(sheet(SHEET_NAMES.actuals), ctx))
  progress(0.7, 'writing')

  // Stored uncompressed here: the package is compressed once, after the charts are added.
  const written = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })
  progress(0.85, 'writing')
  const zip = await JSZip.loadAsync(written)
  await addChartsToPackage(zip, charts)
  const pack = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
  progress(1, 'writing')
  return pack
}

function newWorkbook(model: BoardPackModel): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Rampart'
  workbook.lastModifiedBy = 'Rampart'
  workbook.title = `Security board pack: ${model.reports[0].doc.name}`
  workbook.subject = 'Security budget, hiring and maturity plan'
  workbook.created = model.generatedAt
  workbook.modified = model.generatedAt
  return workbook
}
