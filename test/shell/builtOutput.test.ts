// The BUILT app in out/ (npm test builds first): the paths out/main/index.js really uses exist and
// load. The built main process runs under plain Node with Electron stood in for
// (fixtures/run-built-main.cjs): its app:// handler must serve the page, every script and style
// the page names and the module worker the script starts; its preload path must exist; and its
// board-pack export must start the built worker and write a workbook.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security'
import { cspDirectives as directives } from './csp'
import { tempDir } from './harness'

const ROOT = join(__dirname, '../..')
const OUT = join(ROOT, 'out')

interface Report {
  schemes: { scheme: string }[]
  pageUrl: string
  preload: string
  responses: Record<string, { status: number; type: string; csp: string }>
  boardPack: { result: { ok: boolean; value?: { path: string; bytes: number } }; exists: boolean; zip: boolean }
  errors: string[]
}

let report: Report
beforeAll(() => {
  expect(existsSync(join(OUT, 'main/index.js')), 'out/ is missing: run `npm run build` (npm test builds first)').toBe(true)
  const folder = tempDir('rampart-built-')
  const run = spawnSync(process.execPath, [join(__dirname, 'fixtures/run-built-main.cjs'), folder, join(folder, 'pack.xlsx')], {
    cwd: ROOT, encoding: 'utf8'
  })
  expect(run.status, run.stderr).toBe(0)
  report = JSON.parse(run.stdout) as Report
}, 120_000)

describe('out/main/index.js', () => {
  it('loads the page from app://rampart, which serves out/renderer/index.html', () => {
    expect(report.schemes.map((s) => s.scheme)).toEqual(['app'])
    expect(report.pageUrl).toBe('app://rampart/index.html')
    expect(report.responses[report.pageUrl]).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY })
    expect(report.errors).toEqual([])
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
