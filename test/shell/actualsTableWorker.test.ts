// Exports of actuals really are read in a worker thread: the import handlers over the built worker
// (out/main/actualsTableWorker.js, made by `electron-vite build`, which `npm test` runs first)
// preview, refuse and import as they do in-thread, the main thread keeps running while a
// workbook of the most rows allowed parses, and a worker that stops or never answers gives the
// user a sentence naming the file, and is terminated.
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_ACTUALS_CSV_BYTES, MAX_ACTUALS_IMPORT_ROWS } from '../../src/core/limits'
import { workerActualsTableReader } from '../../src/main/actualsTable/runner'
import type { ActualsFilePreview, IpcResult, StoredScenario } from '../../src/shared/ipc'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { makeSpecialFiles, READ_REFUSAL, SPECIAL_KINDS, withinDeadline } from '../hostile/hostile'
import { startHarness, startHarnessInTest, tempDir } from './harness'

const WORKER = join(__dirname, '../../out/main/actualsTableWorker.js')
const shell = await startHarness({ readActualsTable: workerActualsTableReader(WORKER) })
const folder = tempDir()
const mapping = { quarter: 0, category: 1, line: null, amount: 2 }

const created = await shell.call<StoredScenario>('scenario/create', {
  ...LEGACY_DATAFLOW, name: 'Actuals by worker', start: '2027-Q1', quarters: 8,
  headcount: [{ quarter: 0, value: 50 }], revenue: [{ quarter: 0, value: 1e7 }], hires: [], tools: [], programs: [], capabilities: []
})

/** A workbook of `rows` rows of tools spend, 10 a row, spread over the four quarters of 2027. */
async function toolsWorkbook(path: string, rows: number): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Actuals')
  sheet.addRow(['Period', 'Category', 'Amount'])
  for (let i = 0; i < rows; i++) sheet.addRow([`2027-Q${(i % 4) + 1}`, 'Tools', 10])
  await workbook.xlsx.writeFile(path)
  return path
}

/** Picks `path` in the dialog; the refusal of the pick, or its preview. */
async function pick(path: string): Promise<IpcResult<ActualsFilePreview>> {
  shell.dialogs.openAnswers.push([path])
  return await withinDeadline(() => shell.ipc.invoke('actualsImport/pick', [])) as IpcResult<ActualsFilePreview>
}

describe('the actuals-table worker', () => {
  it('is built', () => {
    expect(existsSync(WORKER), `${WORKER} is missing: run \`npx electron-vite build\` first`).toBe(true)
  })

  it('previews a CSV, refuses it naming the bad row and writing nothing, then imports the corrected file whole', async () => {
    const bad = join(folder, 'ledger.csv')
    writeFileSync(bad, 'Period,Category,Amount\n2027-Q1,People,"$75,000"\n2027-Q2,Tools,"12,3x"\n')
    expect(await pick(bad)).toEqual({ ok: true, value: {
      canceled: false, name: 'ledger.csv', headers: ['Period', 'Category', 'Amount'],
      rows: [['2027-Q1', 'People', '$75,000'], ['2027-Q2', 'Tools', '12,3x']], rowCount: 2, mapping, remembered: false
    } })
    const refused = await shell.ipc.invoke('actualsImport/run', [{ id: created.id, mapping }])
    expect(refused).toEqual({ ok: false, errors: [{ path: 'ledger.csv: row 3', message: 'amount "12,3x" is not a number' }] })
    expect(shell.database.store.listActuals(created.id)).toEqual([])

    writeFileSync(bad, 'Period,Category,Amount\n2027-Q1,People,"$75,000"\n2027-Q2,Tools,"12,300"\n')
    expect(await shell.call('actualsImport/run', { id: created.id, mapping })).toMatchObject({
      quarters: ['2027-Q1', '2027-Q2'], rows: 2, actuals: [{ quarter: 0, people: 75000, tools: 0 }, { quarter: 1, people: 0, tools: 12300 }]
    })
  })

  it('refuses a device, a FIFO, a folder and links before reading, and a CSV over the size limit, naming each', async () => {
    const special = makeSpecialFiles(join(folder, 'special'), '.csv', 'fifo')
    for (const kind of SPECIAL_KINDS) {
      const result = await pick(special[kind])
      const name = special[kind].slice(special[kind].lastIndexOf('/') + 1)
      expect(result.ok, kind).toBe(false)
      if (!result.ok) {
        expect(result.errors.map((e) => e.path), kind).toEqual([name])
        expect(result.errors[0].message, kind).toMatch(READ_REFUSAL[kind])
      }
    }
    const large = join(folder, 'large.csv')
    writeFileSync(large, Buffer.alloc(MAX_ACTUALS_CSV_BYTES + 1, 'a'))
    expect(await pick(large)).toEqual({ ok: false, errors: [{ path: 'large.csv', message: 'is larger than the 5 MB limit for a CSV of actuals' }] })
  })

  it('keeps the main thread free while a workbook of the most rows allowed parses, and imports every row', async () => {
    const path = await toolsWorkbook(join(folder, 'year.xlsx'), MAX_ACTUALS_IMPORT_ROWS)
    let ticks = 0
    const timer = setInterval(() => ticks++, 10)
    const before = performance.eventLoopUtilization()
    const picked = await pick(path)
    const busy = performance.eventLoopUtilization(before).utilization
    clearInterval(timer)
    // The timer ran while the workbook parsed, and this thread's loop was idle most of that time.
    // (Parsed on this thread, exceljs would let a few ticks through between its steps but keep the
    // loop busy nearly all the time; that no parser ever loads on the main thread is checked
    // against the built app in builtOutput.test.ts.)
    expect(ticks).toBeGreaterThan(0)
    expect(busy).toBeLessThan(0.5)
    expect(picked).toMatchObject({ ok: true, value: { name: 'year.xlsx', headers: ['Period', 'Category', 'Amount'], rowCount: MAX_ACTUALS_IMPORT_ROWS } })
    const imported = await shell.call<{ rows: number; actuals: { quarter: number; tools: number }[] }>('actualsImport/run', { id: created.id, mapping })
    expect(imported.rows).toBe(MAX_ACTUALS_IMPORT_ROWS)
    expect(imported.actuals.map((a) => [a.quarter, a.tools])).toEqual([[0, 25_000], [1, 25_000], [2, 25_000], [3, 25_000]])
  })
})

describe('a worker that fails', () => {
  const csv = join(folder, 'export.csv')
  writeFileSync(csv, 'Period,Category,Amount\n2027-Q1,Tools,10\n')
  /** A stand-in for the worker script, with `source` as its whole code. */
  const workerScript = (name: string, source: string) => {
    const path = join(folder, name)
    writeFileSync(path, source)
    return path
  }
  const terminate = vi.spyOn(Worker.prototype, 'terminate')
  afterEach(() => terminate.mockClear())

  it.each([
    ['exits', 'process.exit(3)', 'exit code 3'],
    ['throws', "throw new Error('the parser broke')", 'the parser broke'],
    ['throws text', "throw 'the parser broke'", 'the parser broke']
  ])('%s: the user is told the file could not be read, and why', async (name, source, reason) => {
    const harness = await startHarnessInTest({ readActualsTable: workerActualsTableReader(workerScript(`${name}.cjs`, source)) })
    harness.dialogs.openAnswers.push([csv])
    expect(await withinDeadline(() => harness.ipc.invoke('actualsImport/pick', []))).toEqual({ ok: false, errors: [{
      path: 'export.csv', message: `could not be read: Rampart's reader stopped unexpectedly (${reason}); try again, or export it as CSV and import that`
    }] })
  })

  it('never answers: the user is told at the deadline, and the worker is terminated', async () => {
    const silent = workerScript('silent.cjs', 'setInterval(() => {}, 1000)')
    const harness = await startHarnessInTest({ readActualsTable: workerActualsTableReader(silent, 300) })
    harness.dialogs.openAnswers.push([csv])
    expect(await withinDeadline(() => harness.ipc.invoke('actualsImport/pick', []))).toEqual({ ok: false, errors: [{
      path: 'export.csv',
      message: 'was still being read after 0.3 seconds, so Rampart stopped reading it; save only the sheet of actuals, or export it as CSV, and import that'
    }] })
    expect(terminate).toHaveBeenCalledTimes(1)
    // terminate() settles with the exit code once the thread has really stopped.
    expect(await terminate.mock.results[0].value).toBe(1)
  })
})
