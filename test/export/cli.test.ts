// `rampart export` and `rampart demo` through the real, built command (bin/rampart.js ->
// out/cli/index.js, built by `npx electron-vite build`, which `npm test` runs first).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compareScenarios, projectScenario } from '../../src/core'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { SHEET_NAMES } from '../../src/boardpack'
import { rampart, ROOT } from '../cli/run'
import { columnWith, leanScenario, readWorkbook, resultOf, rowWith } from './helpers'

let dir: string
let base: string
let lean: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rampart-export-cli-'))
  base = join(dir, 'base.json')
  lean = join(dir, 'lean.json')
  writeFileSync(base, JSON.stringify(LEGACY_DATAFLOW))
  writeFileSync(lean, JSON.stringify(leanScenario()))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('rampart export', () => {
  it('is built', () => {
    expect(existsSync(join(ROOT, 'out', 'cli', 'index.js')), 'run `npx electron-vite build` first').toBe(true)
  })

  it('writes the board pack of one scenario with the engine\'s numbers', async () => {
    const out = join(dir, 'pack.xlsx')
    const run = rampart(['export', base, '--out', out])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(`wrote ${out}: Summary, Analysis, Benchmarks, Quarterly Plan, Hiring, Tools, Maturity, Capability Plan, Capability Map, Risks, Assumptions\n`)
    const workbook = await readWorkbook(readFileSync(out))
    const plan = workbook.getWorksheet(SHEET_NAMES.plan)!
    const budget = columnWith(plan, 4, 'Budget (USD/quarter)')
    const total = columnWith(plan, 4, 'Total (USD/quarter)')
    projectScenario(LEGACY_DATAFLOW).quarters.forEach((q, i) => {
      expect(resultOf(plan.getCell(5 + i, budget))).toBe(q.budget)
      expect(resultOf(plan.getCell(5 + i, total))).toBe(q.total)
    })
  })

  it('adds the Comparison sheet for several files, simulated with the given seed and samples', async () => {
    const out = join(dir, 'multi.xlsx')
    const run = rampart(['export', base, lean, '--out', out, '--seed', '7', '--samples', '500'])
    expect(run.code).toBe(0)
    const workbook = await readWorkbook(readFileSync(out))
    expect(workbook.worksheets.map((ws) => ws.name)[1]).toBe('Comparison')
    const ws = workbook.getWorksheet(SHEET_NAMES.comparison)!
    const expected = compareScenarios([LEGACY_DATAFLOW, leanScenario()], { seed: 7, samples: 500 })
    const row = rowWith(ws, 'Peak P(overrun)')
    expect([ws.getCell(row, 3).value, ws.getCell(row, 4).value])
      .toEqual(expected.scenarios.map((s) => s.kpis.peakOverrunProbability))
  })

  it('rejects bad files with every path and reason, exit 2, and writes nothing', () => {
    const folder = mkdtempSync(join(dir, 'bad-'))
    const invalid = join(folder, 'invalid.json')
    writeFileSync(invalid, JSON.stringify({ ...LEGACY_DATAFLOW, hires: [{ role: 'wizard', count: 1, quarter: 0, annualCost: 1 }] }))
    const outside = join(folder, 'outside.json')
    writeFileSync(outside, JSON.stringify({ ...LEGACY_DATAFLOW, quarters: 4, headcount: [{ quarter: 0, value: 50 }],
      revenue: [{ quarter: 0, value: 1e7 }], hires: [{ role: 'ciso', count: 1, quarter: 9, annualCost: 1 }],
      tools: [], programs: [], capabilities: [] }))
    const missing = join(folder, 'missing.json')
    const before = readdirSync(folder)
    const run = rampart(['export', base, invalid, outside, missing, '--out', join(folder, 'pack.xlsx')])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(`${invalid}: hires[0].role: unknown role "wizard"`)
    expect(run.stderr).toContain(`${outside}: hires[0].quarter: 9 is outside the 4-quarter horizon`)
    expect(run.stderr).toContain(`${missing}: file not found`)
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/)
    expect(readdirSync(folder)).toEqual(before)
  })

  it('leaves an existing workbook untouched when the input is bad or --force is missing, and replaces it whole with --force', async () => {
    const out = join(dir, 'existing.xlsx')
    writeFileSync(out, 'previous pack')
    const bad = join(dir, 'not-json.json')
    writeFileSync(bad, '{ nope')
    expect(rampart(['export', bad, '--out', out, '--force']).code).toBe(2)
    expect(readFileSync(out, 'utf8')).toBe('previous pack')
    // Replacing it takes --force, as for every command that writes a file.
    expect(rampart(['export', base, '--out', out])).toMatchObject({ code: 2, stderr: `--out: ${out} already exists; add --force to replace it\n` })
    expect(readFileSync(out, 'utf8')).toBe('previous pack')
    expect(rampart(['export', base, '--out', out, '--force']).code).toBe(0)
    expect((await readWorkbook(readFileSync(out))).worksheets).toHaveLength(11)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('explains a missing or unusable --out', () => {
    const cases: [string[], string][] = [
      [['export', base], 'usage: rampart export FILE... --out PATH.xlsx'],
      [['export', '--out', join(dir, 'x.xlsx')], 'usage: rampart export FILE... --out PATH.xlsx'],
      [['export', base, '--out', join(dir, 'pack.csv')], 'must end in .xlsx'],
      [['export', base, '--out', join(dir, 'no', 'such', 'folder.xlsx')], 'does not exist'],
      [['export', base, '--out', join(dir, 'x.xlsx'), '--samples', '0'], '--samples: "0" must be a whole number'],
      [['export', ...Array.from({ length: 7 }, () => base), '--out', join(dir, 'x.xlsx')],
        'a board pack takes at most 6 scenario files (the base and 5 others), received 7']
    ]
    for (const [args, message] of cases) {
      const run = rampart(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toContain(message)
    }
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false)
  })
})

describe('rampart demo', () => {
  it('writes the default scenario and its board pack', async () => {
    const out = join(dir, 'demo')
    const run = rampart(['demo', '--out', out])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(`wrote ${join(out, 'dataflow-ai.json')}\nwrote ${join(out, 'dataflow-ai.xlsx')}\n`)
    expect(readdirSync(out).sort()).toEqual(['dataflow-ai.json', 'dataflow-ai.xlsx'])
    const workbook = await readWorkbook(readFileSync(join(out, 'dataflow-ai.xlsx')))
    expect(workbook.getWorksheet(SHEET_NAMES.summary)!.getCell('A1').value).toBe('Security plan: DataFlow AI - Base')
  })
})
