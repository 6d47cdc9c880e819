// The BUILT app in out/ (npm test builds first): the paths out/main/index.js really uses exist and
// load. The built main process runs under plain Node with Electron stood in for
// (fixtures/run-built-main.cjs): its app:// handler must serve the page, every script and style
// the page names and the module worker the script starts; its preload path must exist; and its
// board-pack export must start the built worker and write a workbook, and its import of actuals
// must read a workbook in the other built worker, never loading a parser itself. With a database driver
// that does not load, it must say so and quit, offering nothing that touches the database.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security'
import { cspDirectives as directives } from './csp'
import { tempDir } from './harness'

const ROOT = join(__dirname, '../..')
const OUT = join(ROOT, 'out')
const RUN_BUILT_MAIN = join(__dirname, 'fixtures/run-built-main.cjs')
const ELECTRON_BUILT_SQLITE = join(__dirname, 'fixtures/sqlite-built-for-electron.cjs')

interface Report {
  schemes: { scheme: string }[]
  pageUrl: string | null
  preload: string
  responses: Record<string, { status: number; type: string; csp: string }>
  boardPack: { result: { ok: boolean; value?: { path: string; bytes: number } }; exists: boolean; zip: boolean }
  actualsImport: { pick: unknown; run: unknown } | null
  errors: string[]
  questions: { message: string; detail: string; buttons: string[] }[]
  calls: string[]
  ended: string | null
  mainThreadPackages: string[]
}

function runBuiltMain(folder: string, options: { preload?: string[]; unpackaged?: boolean; actuals?: string } = {}): Report {
  const run = spawnSync(process.execPath, [
    ...(options.preload ?? []), RUN_BUILT_MAIN, folder, join(folder, 'pack.xlsx'), ...(options.unpackaged ? ['--unpackaged'] : []),
    ...(options.actuals ? [`--actuals=${options.actuals}`] : [])
  ], { cwd: ROOT, encoding: 'utf8' })
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as Report
}

/** An export of actuals as a workbook: two quarters of tools spend. */
async function actualsWorkbook(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Actuals')
  sheet.addRows([['Period', 'Category', 'Amount'], ['2027-Q1', 'Tools', 1200], ['2027-Q2', 'Tools', 800.5]])
  await workbook.xlsx.writeFile(path)
  return path
}

let report: Report
beforeAll(async () => {
  expect(existsSync(join(OUT, 'main/index.js')), 'out/ is missing: run `npm run build` (npm test builds first)').toBe(true)
  report = runBuiltMain(tempDir('rampart-built-'), { actuals: await actualsWorkbook(join(tempDir(), 'ledger.xlsx')) })
}, 120_000)

describe('out/main/index.js', () => {
  it('loads the page from app://rampart, which serves out/renderer/index.html', () => {
    expect(report.schemes.map((s) => s.scheme)).toEqual(['app'])
    expect(report.pageUrl).toBe('app://rampart/index.html')
    expect(report.responses['app://rampart/index.html']).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY })
    expect(report.errors).toEqual([])
    expect(report.questions).toEqual([])
    expect(report.ended).toBeNull()
  })

  it('serves every script and style the page names, and the module worker its script starts', () => {
    const urls = Object.keys(report.responses)
    expect(urls.filter((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toHaveLength(1)
    expect(urls.filter((url) => /\/assets\/index-[\w-]+\.css$/.test(url))).toHaveLength(1)
    expect(urls.filter((url) => /\/assets\/simulation\.worker-[\w-]+\.js$/.test(url))).toHaveLength(1)
    for (const [url, response] of Object.entries(report.responses)) {
      expect(response.status, url).toBe(200)
      expect(response.type, url).toMatch(url.endsWith('.css') ? /^text\/css/ : url.endsWith('.js') ? /^text\/javascript/ : /^text\/html/)
    }
  })

  it('gives the window the built preload', () => {
    expect(report.preload).toBe(join(OUT, 'preload/index.js'))
    expect(existsSync(report.preload)).toBe(true)
  })

  it('exports a board pack through the built worker', () => {
    expect(report.boardPack.result).toMatchObject({ ok: true, value: { path: expect.stringMatching(/pack\.xlsx$/) } })
    expect(report.boardPack.exists && report.boardPack.zip).toBe(true)
  })

  it('previews and imports an export of actuals read by the built actuals-table worker', () => {
    expect(report.actualsImport).toEqual({
      pick: { ok: true, value: {
        canceled: false, name: 'ledger.xlsx', headers: ['Period', 'Category', 'Amount'],
        rows: [['2027-Q1', 'Tools', 1200], ['2027-Q2', 'Tools', 800.5]], rowCount: 2,
        mapping: { quarter: 0, amount: 2, category: 1, line: null }, remembered: false
      } },
      run: { ok: true, value: expect.objectContaining({ quarters: ['2027-Q1', '2027-Q2'], rows: 2 }) }
    })
  })

  it('leaves the workbook and CSV libraries to the workers: the main thread never loads them, even to import actuals (nor the smoke run)', () => {
    expect(report.mainThreadPackages).toContain('better-sqlite3')
    expect(report.mainThreadPackages).not.toContain('exceljs')
    expect(report.mainThreadPackages).not.toContain('jszip')
    expect(report.mainThreadPackages).not.toContain('papaparse')
  })
})

describe('out/main/index.js with a database driver built for another runtime', () => {
  const mismatch = (unpackaged: boolean) => {
    const folder = tempDir('rampart-built-')
    return { folder, report: runBuiltMain(folder, { preload: ['-r', ELECTRON_BUILT_SQLITE], unpackaged }) }
  }
  const reason = (file: string) => `(SQLite's driver could not be loaded, so ${file} was not opened (The module ` +
    "'/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node' was compiled against a different Node.js version using " +
    'NODE_MODULE_VERSION 139. This version of Node.js requires NODE_MODULE_VERSION 115. Please try re-compiling or re-installing the module.).)'

  it('says so with the fix for an installed app, offers only Quit, and quits without touching the data folder', () => {
    const { folder, report } = mismatch(false)
    expect(report.questions).toEqual([{
      message: "Rampart's database driver does not match this Electron",
      detail: 'This copy of Rampart carries a driver built for another system or processor: reinstall Rampart with the ' +
        'installer made for this computer. Your planner database was not opened and has not been changed. ' + reason(join(folder, 'rampart.db')),
      buttons: ['Quit']
    }])
    expect(report.ended).toBe('quit')
    expect(report.pageUrl).toBeNull()
    expect(readdirSync(folder)).toEqual([])
  })

  it('gives the command that prepares the driver when run from the source tree', () => {
    const { folder, report } = mismatch(true)
    const devFolder = join(folder, 'appData', 'Rampart-dev')
    expect(report.calls).toEqual([`setPath userData ${devFolder}`])
    expect(report.questions).toEqual([{
      message: "Rampart's database driver does not match this Electron",
      detail: 'Run `node scripts/sqlite-runtime.mjs electron` (`npm start` runs it) to prepare the driver for Electron, then start ' +
        'Rampart again. Your planner database was not opened and has not been changed. ' + reason(join(devFolder, 'rampart.db')),
      buttons: ['Quit']
    }])
    expect(report.ended).toBe('quit')
  })
})

describe('out/preload/index.js', () => {
  const preload = readFileSync(join(OUT, 'preload/index.js'), 'utf8')

  it('requires nothing but electron (a sandboxed preload cannot load other modules)', () => {
    const required = [...preload.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(([, name]) => name)
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(preload).not.toMatch(/^\s*import\s/m)
  })
})

describe('out/renderer/index.html', () => {
  it('keeps the strict CSP (the dev server relaxation is not built in)', () => {
    const html = readFileSync(join(OUT, 'renderer/index.html'), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
    expect(meta).not.toBeNull()
    const expected = new Map([...directives(CONTENT_SECURITY_POLICY)].filter(([name]) => name !== 'frame-ancestors'))
    expect(directives(meta![1])).toEqual(expected)
    expect(html).not.toMatch(/unsafe-inline|sha256-/)
    expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/)
  })
})
