// The board pack really is built in a worker thread: the built worker (out/main/boardPackWorker.js,
// made by `electron-vite build`, which `npm test` runs first) produces a workbook and reports progress.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { workerBoardPackBuilder } from '../../src/main/boardPack/runner'
import { InputError } from '../../src/core/inputError'
import type { ExportProgress } from '../../src/shared/ipc'

const WORKER = join(__dirname, '../../out/main/boardPackWorker.js')

describe('the board-pack worker', () => {
  it('is built', () => {
    expect(existsSync(WORKER), `${WORKER} is missing: run \`npx electron-vite build\` first`).toBe(true)
  })

  it('builds a workbook off the main thread and reports progress from 0 to 1', async () => {
    const progress: ExportProgress[] = []
    const build = workerBoardPackBuilder(WORKER, () => new Date('2026-05-01T12:00:00Z'))
    const workbook = await build([DEFAULT_SCENARIO, { ...DEFAULT_SCENARIO, name: 'What-if: lean' }], { kind: 'workbook', seed: 3, samples: 200, paper: 'a4', actuals: [[], []] }, (p) => progress.push(p))
    const read = new ExcelJS.Workbook()
    await read.xlsx.load(workbook as unknown as ArrayBuffer)
    expect(read.worksheets.length).toBeGreaterThan(1)
    expect(progress[0]).toMatchObject({ stage: 'simulating', message: 'Simulating 2 scenarios' })
    expect(progress.at(-1)).toMatchObject({ stage: 'writing', fraction: 1 })
    const fractions = progress.map((p) => p.fraction)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
  })

  it('builds the deck too, with the slides of plan against actual for a scenario with actuals', async () => {
    const progress: ExportProgress[] = []
    const build = workerBoardPackBuilder(WORKER, () => new Date('2026-05-01T12:00:00Z'))
    const actual = { quarter: 0, people: 70_000, tools: 0, programs: 0, hires: 1, capabilities: [], note: '' }
    const deck = await build([DEFAULT_SCENARIO], { kind: 'deck', samples: 200, paper: 'a4', actuals: [[actual]] }, (p) => progress.push(p))
    const zip = await JSZip.loadAsync(deck)
    expect(Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))).toHaveLength(7)
    expect(progress.some((p) => p.message === 'Writing the deck')).toBe(true)
  })

  it('carries per-line actuals across to the workbook\'s Actuals sheet', async () => {
    const build = workerBoardPackBuilder(WORKER, () => new Date('2026-05-01T12:00:00Z'))
    const actual = { quarter: 0, people: 70_000, tools: 0, programs: 0, hires: 1, capabilities: [], note: '',
      lines: [{ category: 'people' as const, line: 'security-engineer', amount: 50_000 }] }
    const workbook = await build([DEFAULT_SCENARIO], { kind: 'workbook', samples: 200, paper: 'a4', actuals: [[actual]] }, () => {})
    const read = new ExcelJS.Workbook()
    await read.xlsx.load(workbook as unknown as ArrayBuffer)
    const rows: unknown[][] = []
    read.getWorksheet('Actuals')!.eachRow((row) => rows.push([2, 3, 4].map((c) => row.getCell(c).value)))
    expect(rows).toContainEqual(['Senior security engineer (AI experience)', expect.any(Number), 50_000])
    expect(rows).toContainEqual(['Not itemised', '—', 20_000])
  })

  it('passes the failure back to the caller and stops', async () => {
    const build = workerBoardPackBuilder(WORKER)
    const failure = await build([], { kind: 'workbook', paper: 'a4', actuals: [] }, () => {}).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(Error)
    expect(failure).not.toBeInstanceOf(InputError)
    expect((failure as Error).message).toBe('a board pack needs at least one scenario')
  })
})
