// Progress on stderr, through the real, built command: asked for with --progress it reports each
// tenth of the run; off a terminal and unasked it says nothing; stdout (and --json) never has it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { simulateScenario } from '../../src/core/simulation'
import { rampart, ROOT } from './run'

let dir: string
let plan: string
let other: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rampart-progress-'))
  plan = join(dir, 'plan.json')
  other = join(dir, 'other.json')
  writeFileSync(plan, JSON.stringify(DEFAULT_SCENARIO))
  writeFileSync(other, JSON.stringify({ ...DEFAULT_SCENARIO, name: 'Other plan' }))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const lines = (text: string) => text.split('\n').filter(Boolean)

describe('progress on stderr', () => {
  it('reports each tenth of a simulation with --progress, and leaves the JSON on stdout whole', () => {
    const run = rampart(['simulate', plan, '--samples', '3000', '--seed', '5', '--json', '--progress'])
    expect(run.code).toBe(0)
    expect(lines(run.stderr)).toEqual([
      'rampart: simulating 30% (1,000 of 3,000 samples)',
      'rampart: simulating 60% (2,000 of 3,000 samples)',
      'rampart: simulating 100% (3,000 of 3,000 samples)'
    ])
    const json = JSON.parse(run.stdout)
    expect(json.quarters[3].p50).toBe(simulateScenario(DEFAULT_SCENARIO, { samples: 3000, seed: 5 }).quarters[3].p50)
  })

  it('counts a comparison\'s samples over all its scenarios', () => {
    const run = rampart(['compare', plan, other, '--samples', '1000', '--progress'])
    expect(run.code).toBe(0)
    expect(lines(run.stderr)).toEqual([
      'rampart: simulating 50% (1,000 of 2,000 samples)',
      'rampart: simulating 100% (2,000 of 2,000 samples)'
    ])
    expect(run.stdout).toContain('Comparison against')
    expect(run.stdout).not.toContain('rampart: simulating')
  })

  it('names the board pack\'s and the deck\'s stages', () => {
    const pack = rampart(['export', plan, '--out', join(dir, 'pack.xlsx'), '--samples', '200', '--progress'])
    expect(pack.code).toBe(0)
    expect(lines(pack.stderr)[0]).toBe('rampart: board pack 0% simulating')
    expect(lines(pack.stderr).at(-1)).toBe('rampart: board pack 100% writing')
    expect(pack.stdout).toMatch(/^wrote .*pack\.xlsx: Summary/)
    const deck = rampart(['deck', plan, '--out', join(dir, 'deck.pptx'), '--samples', '200', '--progress'])
    expect(deck.code).toBe(0)
    expect(lines(deck.stderr)[0]).toBe('rampart: deck 0% simulating')
    expect(lines(deck.stderr).at(-1)).toBe('rampart: deck 100% writing')
  })

  it('says nothing when not asked and stderr is not a terminal', () => {
    const run = rampart(['simulate', plan, '--samples', '3000', '--json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
  })

  it('says nothing on a terminal for a run shorter than a second', () => {
    // `script` gives the command a terminal; its output (stdout and stderr together) is the terminal's.
    const command = `${process.execPath} ${join(ROOT, 'bin', 'rampart.js')} simulate ${plan} --samples 100`
    const run = spawnSync('script', ['-qec', command, join(dir, 'terminal.log')], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('total spend per quarter')
    expect(run.stdout).not.toContain('rampart: simulating')
  })
})
