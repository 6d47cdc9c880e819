// The smoke run: `npm run smoke` (scripts/smoke.mjs) starts the built app in real Electron with
// `--rampart-smoke=<empty folder>`. The app then keeps its data in that folder, answers its own
// save dialogs with paths in it, and once the page reports a rendered scenario it drives the page
// through the real preload and IPC: it creates a scenario, runs a simulation in the page's Web
// Worker, and exports a board pack (built in the worker thread). It checks the workbook opens,
// writes smoke-result.json into the folder and exits 0, or 1 with the reason. Only a run from the
// source tree honours the switch (src/main/smokeSwitch.ts); an installed Rampart ignores it.
// This module and the workbook library it uses are loaded only for a smoke run.
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { sheetOrder } from '../boardpack'
import { DEFAULT_SCENARIO } from '../core/defaultScenario'
import { projectScenario } from '../core/projection'
import type { ScenarioDoc } from '../core/scenario'
import { simulateProjection } from '../core/simulation'
import { writeFileAtomically } from '../files/writeFileAtomically'
import type { RampartApi } from '../shared'
import type { NativeDialogs } from './electronDialogs'
import type { Question } from './startup'

export const SMOKE_RESULT_FILE = 'smoke-result.json'
const SMOKE_SEED = 42
const SMOKE_SAMPLES = 500

/**
 * Dialogs nobody has to answer: saves go into the smoke folder, opens choose nothing, and a
 * question (start-up trouble, a warning) takes its last button, usually Quit, and is kept: any
 * question fails the run.
 */
export function smokeDialogs(folder: string): NativeDialogs & { readonly asked: Question[] } {
  const asked: Question[] = []
  return {
    asked,
    isOpen: false,
    ask: async (question) => {
      asked.push(question)
      return question.buttons.length - 1
    },
    chooseBackupFile: async () => null,
    openFiles: async () => [],
    saveFile: async ({ defaultName }) => join(folder, defaultName)
  }
}

/** The slice of webContents the run needs. */
export interface SmokePage {
  /** webContents.executeJavaScript: evaluates in the page and resolves with the (awaited) value. */
  evaluate(code: string): Promise<unknown>
  /** Error messages the page logged so far (webContents 'console-message' at level error). */
  consoleErrors: readonly string[]
}

export interface SmokeInput {
  page: SmokePage
  folder: string
  /** The built simulation worker, relative to the page (`assets/simulation.worker-<hash>.js`). */
  workerPath: string
  asked: readonly Question[]
}

export interface SmokeReport {
  scenario: { id: number; name: string }
  /** The horizon's median spend, from the page's worker and from the engine here: they must agree. */
  simulation: { worker: number; engine: number; samples: number }
  boardPack: { path: string; bytes: number; sheets: string[] }
}

interface PageInput {
  doc: ScenarioDoc
  workerPath: string
  seed: number
  samples: number
}

interface PageOutcome {
  scenarioId: number
  /** As stored, which is what the worker simulated. */
  document: ScenarioDoc
  workerMedian: number
  boardPack: { path: string; bytes: number }
}

/**
 * Runs in the page (sent as its source text): only `window.rampart`, the preload's API, and the
 * Worker are used, as the renderer uses them. The worker message is the renderer's
 * `uncertainty` request (src/renderer/src/compute/messages.ts).
 */
async function smokeInPage(input: PageInput): Promise<PageOutcome> {
  type Answer = { kind: string; message?: string; value?: { simulation: { horizon: { p50: number } } } }
  const page = globalThis as unknown as {
    rampart: RampartApi
    location: { href: string }
    Worker: new (url: string, options: { type: 'module' }) => {
      onmessage: ((event: { data: Answer }) => void) | null
      onerror: ((event: { message: string }) => void) | null
      postMessage(message: unknown): void
      terminate(): void
    }
  }
  const errorsOf = (result: { ok: false; errors: { path: string; message: string }[] }) =>
    result.errors.map((error) => `${error.path}: ${error.message}`).join('; ')

  const created = await page.rampart.scenarioCreate(input.doc)
  if (!created.ok) throw new Error(`creating a scenario failed: ${errorsOf(created)}`)

  const worker = new page.Worker(new URL(input.workerPath, page.location.href).href, { type: 'module' })
  const answer = await new Promise<Answer>((resolve, reject) => {
    worker.onmessage = (event) => resolve(event.data)
    worker.onerror = (event) => reject(new Error(`the simulation worker failed: ${event.message}`))
    worker.postMessage({ id: 1, kind: 'uncertainty', doc: created.value.document, seed: input.seed, samples: input.samples })
  }).finally(() => worker.terminate())
  if (answer.kind !== 'uncertainty' || !answer.value) throw new Error(`the simulation worker answered ${answer.kind}: ${answer.message ?? ''}`)

  const exported = await page.rampart.boardPackExport({ ids: [created.value.id], seed: input.seed, samples: input.samples })
  if (!exported.ok) throw new Error(`exporting the board pack failed: ${errorsOf(exported)}`)
  if (exported.value.canceled) throw new Error('exporting the board pack was cancelled')
  return {
    scenarioId: created.value.id,
    document: created.value.document,
    workerMedian: answer.value.simulation.horizon.p50,
    boardPack: { path: exported.value.path, bytes: exported.value.bytes }
  }
}

export async function runSmoke({ page, folder, workerPath, asked }: SmokeInput): Promise<SmokeReport> {
  const doc: ScenarioDoc = { ...DEFAULT_SCENARIO, name: 'Smoke test' }
  const input: PageInput = { doc, workerPath, seed: SMOKE_SEED, samples: SMOKE_SAMPLES }
  const outcome = await page.evaluate(`(${smokeInPage.toString()})(${JSON.stringify(input)})`) as PageOutcome

  const stored = outcome.document
  const engine = simulateProjection(stored, projectScenario(stored), { seed: SMOKE_SEED, samples: SMOKE_SAMPLES }).horizon.p50
  if (outcome.workerMedian !== engine) {
    throw new Error(`the worker's median spend (${outcome.workerMedian}) differs from the engine's (${engine})`)
  }
  if (!outcome.boardPack.path.startsWith(folder)) throw new Error(`the board pack went to ${outcome.boardPack.path}, outside ${folder}`)
  const sheets = await workbookSheets(outcome.boardPack.path, `Security plan: ${doc.name}`)
  const problems = [
    ...asked.map((question) => `the app asked "${question.message}": ${question.detail}`),
    ...page.consoleErrors.map((message) => `the page logged an error: ${message}`)
  ]
  if (problems.length > 0) throw new Error(problems.join('\n'))
  return {
    scenario: { id: outcome.scenarioId, name: doc.name },
    simulation: { worker: outcome.workerMedian, engine, samples: SMOKE_SAMPLES },
    boardPack: { ...outcome.boardPack, sheets }
  }
}

/** Opens the workbook as a spreadsheet program would, and checks its sheets and title. */
async function workbookSheets(path: string, title: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  const sheets = workbook.worksheets.map((sheet) => sheet.name)
  if (sheets.join() !== sheetOrder(1).join()) throw new Error(`the board pack has the sheets ${sheets.join(', ')}`)
  const found = workbook.worksheets[0].getCell(1, 1).text
  if (found !== title) throw new Error(`the board pack's ${sheets[0]} sheet is titled "${found}", not "${title}"`)
  return sheets
}

/** What scripts/smoke.mjs reads back: the report, or why the run failed. */
export function writeSmokeResult(folder: string, result: { ok: true; report: SmokeReport } | { ok: false; message: string }): void {
  writeFileAtomically(join(folder, SMOKE_RESULT_FILE), JSON.stringify(result, null, 2))
}
