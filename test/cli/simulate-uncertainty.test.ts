// The whole-plan simulation through the real, built `rampart` command (run `npm run build` first):
// every analytic check the engine passes, `simulate --json` carrying every output, the order of
// lines changing nothing, and one seed giving the same numbers in the command line, the window's
// worker code and the board pack.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import type { ScenarioDoc } from '../../src/core/scenario'
import { answerWorkerRequest } from '../../src/renderer/src/compute/workerRequests'
import { SHEET_NAMES } from '../../src/boardpack'
import { simulationJson } from '../../src/cli/simulationJson'
import { shareTolerance } from '../fixtures/analytic'
import { ANALYTIC_CHECKS, type SimulatedOutputs } from '../fixtures/analyticChecks'
import { columnWith, readWorkbook, sheet } from '../export/helpers'
import { rampart } from './run'

let dir: string
let count = 0

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rampart-simulate-'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function writeScenario(doc: ScenarioDoc): string {
  const file = join(dir, `plan-${count++}.json`)
  writeFileSync(file, JSON.stringify(doc))
  return file
}

function simulateJson(file: string, samples: number, seed: number): SimulatedOutputs & Record<string, unknown> {
  const run = rampart(['simulate', file, '--samples', String(samples), '--seed', String(seed), '--json'])
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout)
}

/** The default plan: every kind of uncertainty, capabilities waiting for hires, two deadlines. */
const uncertainPlan = DEFAULT_SCENARIO

describe('rampart simulate: the analytic checks', () => {
  for (const { title, doc, samples, seed, verify } of ANALYTIC_CHECKS) {
    it(title, () => verify(simulateJson(writeScenario(doc), samples, seed)))
  }
})

describe('rampart simulate --json', () => {
  it('carries every output: per quarter spend, FTE and P(over budget), per fiscal year, per phase and per deadline', () => {
    const result = simulateJson(writeScenario(uncertainPlan), 500, 3)
    expect(Object.keys(result)).toEqual(
      ['name', 'samples', 'seed', 'sources', 'quarters', 'horizon', 'fiscalYears', 'phases', 'deadlines'])
    expect(result.sources).toEqual({ toolPrices: true, pay: true, hiringDates: true, attrition: true, revenue: true })
    expect(result.quarters).toHaveLength(20)
    expect(Object.keys(result.quarters[0])).toEqual(['label', 'p10', 'p50', 'p90', 'overrunProbability', 'budget', 'mean', 'fte'])
    expect(Object.keys(result.quarters[0].fte)).toEqual(['p10', 'p50', 'p90', 'mean'])
    // The fiscal year opens in the second calendar quarter: 2027-Q1 closes FY2027, a partial year.
    expect(result.fiscalYears.map((y) => [y.label, y.partial])).toEqual([
      ['FY2027', true], ['FY2028', false], ['FY2029', false], ['FY2030', false], ['FY2031', false], ['FY2032', true]
    ])
    expect(Object.keys(result.fiscalYears[0])).toEqual(
      ['label', 'p10', 'p50', 'p90', 'overrunProbability', 'partial', 'quarters', 'budget', 'mean'])
    expect(result.phases.map((p) => p.phase)).toEqual(['foundation', 'growth', 'optimization', 'worldclass'])
    expect(Object.keys(result.phases[0])).toEqual(['phase', 'p10', 'p50', 'p90', 'reachedProbability'])
    expect(result.deadlines).toEqual([
      { name: 'EU AI Act: general-purpose AI models already on the market', quarter: '2027-Q3', hard: true, metProbability: 1 },
      { name: 'SOC 2 Type II report', quarter: '2028-Q4', hard: true, metProbability: expect.any(Number) }
    ])
  })

  it('prints what is uncertain, the fiscal years, the phase dates and the deadlines as text', () => {
    const run = rampart(['simulate', writeScenario(uncertainPlan), '--samples', '500'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Uncertain: tool prices, pay, hiring dates, attrition and revenue growth.')
    expect(run.stdout).toMatch(/FY2028 +\$/)
    expect(run.stdout).toMatch(/^FY2027 \(1 of 4 quarters\) +\$/m)
    expect(run.stdout).toMatch(/^FY2032 \(3 of 4 quarters\) +\$/m)
    expect(run.stdout).toMatch(/ {2}Growth: 20\d\d-Q\d/)
    expect(run.stdout).toMatch(/SOC 2 Type II report \(2028-Q4, hard\): met in \d+% of samples/)
  })

  it('gives the same output whatever the order of the lines in the file', () => {
    const reordered: ScenarioDoc = {
      ...uncertainPlan,
      hires: [...uncertainPlan.hires!].reverse(),
      tools: [...uncertainPlan.tools!].reverse(),
      programs: [...uncertainPlan.programs!].reverse(),
      capabilities: [...uncertainPlan.capabilities!].reverse()
    }
    const a = simulateJson(writeScenario(uncertainPlan), 2000, 5)
    const b = simulateJson(writeScenario(reordered), 2000, 5)
    // Money sums in another order may differ in the last bits; nothing else may.
    const money = (r: SimulatedOutputs) => [...r.quarters, ...r.fiscalYears as unknown as typeof r.quarters].flatMap((q) => [q.p10, q.p50, q.p90, q.mean])
    money(b).forEach((value, i) => expect(value).toBeCloseTo(money(a)[i], 4))
    const rest = (r: SimulatedOutputs) => ({
      fte: r.quarters.map((q) => q.fte), overrun: r.quarters.map((q) => q.overrunProbability),
      years: r.fiscalYears.map((y) => y.overrunProbability), phases: r.phases, deadlines: r.deadlines
    })
    expect(rest(b)).toEqual(rest(a))
  })
})

describe('one seed, the same numbers everywhere', () => {
  it('gives identical results in the command line, the window\'s worker and the board pack', async () => {
    const file = writeScenario(uncertainPlan)
    const [samples, seed] = [1500, 77]
    const cli = simulateJson(file, samples, seed)
    expect(simulateJson(file, samples, seed)).toEqual(cli)

    const answer = answerWorkerRequest({ id: 1, kind: 'uncertainty', doc: uncertainPlan, samples, seed })
    if (answer.kind !== 'uncertainty') throw new Error(`the worker answered ${answer.kind}`)
    expect({ name: uncertainPlan.name, samples, seed, ...simulationJson(answer.value.simulation) }).toEqual(cli)

    const out = join(dir, 'pack.xlsx')
    const exported = rampart(['export', file, '--out', out, '--samples', String(samples), '--seed', String(seed)])
    expect(exported.code).toBe(0)
    const plan = sheet(await readWorkbook(readFileSync(out)), SHEET_NAMES.plan)
    const header = 4
    const column = (title: string) => columnWith(plan, header, title)
    const [p10, p50, p90, overrun] = ['P10 total (USD/quarter)', 'P50 total (USD/quarter)', 'P90 total (USD/quarter)',
      'P(overrun) (% chance)'].map(column)
    cli.quarters.forEach((q, i) => {
      const row = header + 1 + i
      expect([p10, p50, p90, overrun].map((c) => plan.getCell(row, c).value))
        .toEqual([q.p10, q.p50, q.p90, q.overrunProbability])
    })
  })
})

describe('rampart compare with the whole plan uncertain', () => {
  it('shares random numbers: a copy of the base differs by nothing, a what-if by what it changes', () => {
    // Documented policies wait for the GRC analyst planned in quarter 2: in place by quarter 3 when
    // the hire slips at most one quarter (0.85). Hired a quarter earlier, always.
    const deadlines = [{ name: 'Policies in place', quarter: 3, capabilities: ['documented-policies'] }]
    const plan = { ...uncertainPlan, deadlines }
    const base = writeScenario(plan)
    const copy = writeScenario({ ...plan, name: 'Copy' })
    const earlier = writeScenario({
      ...plan, name: 'GRC analyst earlier',
      hires: plan.hires!.map((h) => (h.role === 'grc-analyst' && h.quarter === 2 ? { ...h, quarter: 1 } : h))
    })
    const run = rampart(['compare', base, copy, earlier, '--json', '--samples', '2000', '--seed', '9'])
    expect(run.code).toBe(0)
    const [first, same, whatIf] = JSON.parse(run.stdout).scenarios
    expect(same.simulation).toEqual(first.simulation)
    for (const quarters of Object.values(same.deltas.simulatedPhaseP50)) expect([0, null]).toContain(quarters)
    expect(same.deltas.deadlineMetProbability).toEqual({ 'Policies in place': 0 })
    expect(Math.abs(first.simulation.deadlines[0].metProbability - 0.85)).toBeLessThanOrEqual(shareTolerance(0.85, 2000))
    expect(whatIf.simulation.deadlines[0].metProbability).toBe(1)
    expect(whatIf.deltas.deadlineMetProbability['Policies in place']).toBe(1 - first.simulation.deadlines[0].metProbability)
    const text = rampart(['compare', base, earlier, '--samples', '2000', '--seed', '9']).stdout
    expect(text).toMatch(/Simulated: Growth \(median, 90% by\) +20\d\d-Q\d/)
    expect(text).toMatch(/P\(Policies in place met\) +8\d% +100% +\+1\d pts/)
  })
})
