// `rampart export` and `rampart deck` on paper, with "export all" bundles that carry actuals, and
// killed while writing: through the real, built command against a real database's export.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { SHEET_NAMES } from '../../src/boardpack'
import { rampart, ROOT } from '../cli/run'
import { openStore } from '../db/helpers'
import { largePlan } from '../fixtures/largePlan'
import { leanScenario, readWorkbook, RECORDED, rowWith, sheet } from './helpers'

let dir: string
let base: string
let bundle: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rampart-packs-cli-'))
  base = join(dir, 'base.json')
  writeFileSync(base, JSON.stringify(LEGACY_DATAFLOW))
  // "Export all" from a real database: the base plan with three recorded quarters, and the lean one.
  const store = await openStore(join(dir, 'rampart.db'))
  const { id } = store.createScenario(LEGACY_DATAFLOW)
  for (const actual of RECORDED) store.saveActual(id, actual)
  store.createScenario(leanScenario())
  bundle = join(dir, 'all.json')
  writeFileSync(bundle, store.exportAll())
  store.close()
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the paper of the printed pack', () => {
  const paperOf = async (out: string) => sheet(await readWorkbook(readFileSync(out)), SHEET_NAMES.summary).pageSetup.paperSize

  it('follows the locale: US Letter in the United States and Canada, A4 elsewhere', async () => {
    const cases: [Record<string, string | undefined>, number][] = [
      [{ LC_ALL: undefined, LC_PAPER: undefined, LANG: 'en_US.UTF-8' }, 1],
      [{ LC_ALL: undefined, LC_PAPER: 'fr_CA.UTF-8', LANG: 'en_GB.UTF-8' }, 1],
      [{ LC_ALL: 'de_DE.UTF-8', LC_PAPER: 'en_US.UTF-8', LANG: 'en_US.UTF-8' }, 9],
      [{ LC_ALL: undefined, LC_PAPER: undefined, LANG: 'en_GB.UTF-8' }, 9]
    ]
    for (const [i, [env, code]] of cases.entries()) {
      const out = join(dir, `locale-${i}.xlsx`)
      expect(rampart(['export', base, '--out', out, '--samples', '100'], ROOT, env).code).toBe(0)
      expect(await paperOf(out), JSON.stringify(env)).toBe(code)
    }
  })

  it('is set by --paper whatever the locale, and refuses a paper it does not know', async () => {
    const out = join(dir, 'letter.xlsx')
    expect(rampart(['export', base, '--out', out, '--paper', 'letter', '--samples', '100'], ROOT, { LC_ALL: 'de_DE.UTF-8' }).code).toBe(0)
    expect(await paperOf(out)).toBe(1)
    const bad = rampart(['export', base, '--out', join(dir, 'legal.xlsx'), '--paper', 'legal'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('--paper: "legal" must be a4 or letter\n')
    expect(existsSync(join(dir, 'legal.xlsx'))).toBe(false)
  })
})

describe('an "export all" bundle', () => {
  it('gives a pack with an Actuals sheet holding the recorded amounts, and Comparison for its other scenario', async () => {
    const out = join(dir, 'bundle.xlsx')
    const run = rampart(['export', bundle, '--out', out, '--samples', '200'])
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(`wrote ${out}: Summary, Comparison, Actuals, Analysis, Benchmarks, Quarterly Plan, Hiring, Tools, Maturity, ` +
      'Capability Plan, Capability Map, Risks, Assumptions\n')
    const ws = sheet(await readWorkbook(readFileSync(out)), SHEET_NAMES.actuals)
    const header = rowWith(ws, 'Quarter')
    RECORDED.forEach((actual, i) => {
      expect([2, 3, 4].map((c) => ws.getCell(header + 1 + i, c).value)).toEqual([actual.people, actual.tools, actual.programs])
    })
    // The lines recorded in the database come through the bundle, under their category totals.
    const lines = rowWith(ws, 'Spend by line: each category\'s total, then its lines') + 1
    const written = Array.from({ length: ws.rowCount - lines }, (_, i) => [1, 2, 3, 4].map((c) => ws.getCell(lines + 1 + i, c).value))
    expect(written.slice(0, 3)).toEqual([
      ['2027-Q1', 'People', 62_500, 80_000],
      ['2027-Q1', 'Senior security engineer (AI experience)', 62_500, 60_000],
      ['2027-Q1', 'Not itemised', '—', 20_000]
    ])
    expect(written).toContainEqual(['2027-Q3', 'Bug bounty pilot', 0, 8_000.5])
  })

  it('is refused with bad actuals, naming the file and the path, and nothing is written', () => {
    const bad = join(dir, 'bad-actuals.json')
    const file = JSON.parse(readFileSync(bundle, 'utf8'))
    file.scenarios[0].actuals[1].people = -5
    file.scenarios[0].actuals[2].quarter = 99
    writeFileSync(bad, JSON.stringify(file))
    for (const command of [['export', bad, '--out', join(dir, 'bad.xlsx')], ['deck', bad, '--out', join(dir, 'bad.pptx')]]) {
      const run = rampart(command)
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain(`${bad}: scenarios[0].actuals[1].people: -5 must be at least 0`)
      expect(run.stderr).toContain(`${bad}: scenarios[0].actuals[2].quarter:`)
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('bad.'))).toEqual([])
  })
})

describe('rampart deck', () => {
  const slides = async (out: string) => {
    const zip = await JSZip.loadAsync(readFileSync(out))
    return {
      slides: Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length,
      charts: Object.keys(zip.files).filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p)).length
    }
  }

  it('writes an editable deck with native charts: one scenario, then a bundle adding comparison and plan-against-actual slides', async () => {
    const one = join(dir, 'one.pptx')
    const run = rampart(['deck', base, '--out', one, '--samples', '200'])
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(`wrote ${one}\n`)
    expect(await slides(one)).toEqual({ slides: 6, charts: 5 })
    const all = join(dir, 'all.pptx')
    expect(rampart(['deck', bundle, '--out', all, '--samples', '200']).code).toBe(0)
    expect(await slides(all)).toEqual({ slides: 8, charts: 7 })
  })

  it('needs --force to replace a file, an .pptx name and a folder that exists', () => {
    const out = join(dir, 'existing.pptx')
    writeFileSync(out, 'previous deck')
    const cases: [string[], string][] = [
      [['deck', base, '--out', out], `--out: ${out} already exists; add --force to replace it`],
      [['deck', base, '--out', join(dir, 'deck.ppt')], 'must end in .pptx'],
      [['deck', base, '--out', join(dir, 'no', 'deck.pptx')], 'does not exist'],
      [['deck', '--out', join(dir, 'x.pptx')], 'usage: rampart deck FILE... --out PATH.pptx']
    ]
    for (const [args, message] of cases) {
      const run = rampart(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toContain(message)
    }
    expect(readFileSync(out, 'utf8')).toBe('previous deck')
    expect(rampart(['deck', base, '--out', out, '--force', '--samples', '100']).code).toBe(0)
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
  })
})

describe('a pack or deck killed while it is written', () => {
  /** Starts the command; the promise settles with its exit code, or null when it was killed. */
  const run = (command: string, plan: string, out: string) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'rampart.js'), command, plan, '--out', out, '--samples', '2000'],
      { stdio: 'ignore' })
    return { child, exit: new Promise<number | null>((resolve) => child.once('exit', resolve)) }
  }

  it('never leaves a half-written file at the target path', async () => {
    const plan = join(dir, 'large.json')
    writeFileSync(plan, JSON.stringify(largePlan()))
    for (const [command, extension] of [['export', 'xlsx'], ['deck', 'pptx']] as const) {
      // How long a whole run takes here, so the kills land while it builds and while it writes.
      const began = Date.now()
      expect(await run(command, plan, join(dir, `whole.${extension}`)).exit).toBe(0)
      const whole = Date.now() - began
      const parts = Object.keys((await JSZip.loadAsync(readFileSync(join(dir, `whole.${extension}`)))).files).sort()
      for (const share of [0.5, 0.85, 0.97]) {
        const out = join(dir, `killed-${share}.${extension}`)
        const { child, exit } = run(command, plan, out)
        await new Promise((resolve) => setTimeout(resolve, whole * share))
        child.kill('SIGKILL')
        await exit
        // Either nothing at the target, or the whole file the command would have written.
        if (existsSync(out)) expect(Object.keys((await JSZip.loadAsync(readFileSync(out))).files).sort(), out).toEqual(parts)
      }
    }
  }, 300_000)
})
