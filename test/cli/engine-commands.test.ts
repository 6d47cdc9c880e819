import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { projectScenario } from '../../src/core/projection'
import { spawnSync } from 'node:child_process'
import { rampart, ROOT } from './run'

let dir: string
let scenarioFile: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rampart-cli-'))
  scenarioFile = join(dir, 'base.json')
  writeFileSync(scenarioFile, JSON.stringify(DEFAULT_SCENARIO))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function writeScenario(name: string, doc: unknown): string {
  const file = join(dir, name)
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc))
  return file
}

describe('rampart catalog', () => {
  it('prints the shipped reference data as JSON with the fields scripts rely on', () => {
    const run = rampart(['catalog', '--json'])
    expect(run.code).toBe(0)
    const catalog = JSON.parse(run.stdout)
    expect(catalog.phases.map((p: { id: string }) => p.id)).toEqual(['adhoc', 'foundation', 'growth', 'optimization', 'worldclass'])
    expect(catalog.phases[2]).toEqual({ id: 'growth', name: 'Growth', minEmployees: 200 })
    // Version 2 adds fields, never renames: every tool says whether it is a tool or a service and what it delivers.
    expect(catalog.tools.find((t: { id: string }) => t.id === 'siem')).toEqual(
      { id: 'siem', name: 'SIEM', low: 50000, high: 200000, perEmployee: 0, source: 'reference', kind: 'tool', delivers: ['siem'] })
    expect(catalog.tools.find((t: { id: string }) => t.id === 'mdr')).toMatchObject(
      { kind: 'service', source: 'illustrative', delivers: expect.arrayContaining(['siem', 'edr']) })
    expect(Object.keys(catalog.roles[0])).toEqual(['id', 'name', 'annualCost', 'source'])
    expect(Object.keys(catalog.capabilities[0])).toEqual(['id', 'name', 'phase', 'domain', 'prerequisites', 'source'])
    expect(catalog.capabilities.find((c: { id: string }) => c.id === 'workforce-identity-baseline'))
      .toMatchObject({ phase: 'foundation', source: 'derived' })
    expect(catalog.budgetPercents).toEqual({ adhoc: 2, foundation: 3, growth: 4, optimization: 6, worldclass: 8, source: 'derived' })
    // A template carries a date only where the cited text sets one.
    expect(catalog.deadlineTemplates.find((t: { id: string }) => t.id === 'soc2-type2')).toMatchObject({ date: null, source: 'derived' })
    expect(catalog.deadlineTemplates.find((t: { id: string }) => t.id === 'eu-ai-act-high-risk'))
      .toMatchObject({ date: '2026-08-02', hard: true, citation: expect.stringContaining('Article 113') })
    expect(catalog.benchmarks.find((b: { id: string }) => b.id === 'ians-2024-it')).toMatchObject({ value: 13.2, revisedBy: 'ians-2024-it-revised' })
    expect(catalog.benchmarks.find((b: { id: string }) => b.id === 'deloitte-2020-per-employee')).toMatchObject({ value: 2691, year: 2020 })
    expect(catalog.risks.find((r: { id: string }) => r.id === 'model-theft')).toEqual(
      { id: 'model-theft', name: 'Model theft / IP loss', likelihood: 'high', impact: 'critical', priority: 'immediate' })
  })

  it('prints readable tables without --json', () => {
    const run = rampart(['catalog'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('SIEM')
    expect(run.stdout).toContain('$200,000')
  })
})

describe('rampart validate', () => {
  it('accepts a valid scenario', () => {
    const run = rampart(['validate', scenarioFile])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('valid scenario "DataFlow AI - Base"')
  })

  it('exits 2 with the path and reason on stderr, and no stack trace', () => {
    const doc = structuredClone(DEFAULT_SCENARIO)
    doc.hires![2].quarter = 31
    const run = rampart(['validate', writeScenario('bad.json', doc)])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('hires[2].quarter: 31 is outside the 20-quarter horizon')
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/)
  })

  it('exits 2 for a missing file and for text that is not JSON', () => {
    expect(rampart(['validate', join(dir, 'nope.json')])).toMatchObject({ code: 2, stderr: expect.stringContaining('file not found') })
    expect(rampart(['validate', writeScenario('broken.json', '{"format": ')])).toMatchObject({ code: 2, stderr: expect.stringContaining('(root): not valid JSON') })
  })

  it('exits 2, naming the path, for a folder', () => {
    expect(rampart(['validate', dir])).toMatchObject({ code: 2, stderr: `${dir}: is a folder, not a file\n` })
  })

  it('accepts a file that starts with a UTF-8 byte-order mark', () => {
    const withBom = writeScenario('bom.json', '\uFEFF' + JSON.stringify(DEFAULT_SCENARIO))
    expect(rampart(['validate', withBom]).code).toBe(0)
  })

  it('prints the plan\'s warnings on stderr without failing, and in the JSON', () => {
    const doc = structuredClone(DEFAULT_SCENARIO)
    doc.budget = { mode: 'fixed', fixedPercent: 15 }
    const file = writeScenario('rich.json', doc)
    const run = rampart(['validate', file])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/warning\(s\) on stderr/)
    expect(run.stderr).toContain('warning: whole plan: Budget outside the 2–8% band: The fixed budget is 15% of revenue')
    const { warnings } = JSON.parse(rampart(['project', file, '--json']).stdout)
    expect(warnings.map((w: { kind: string }) => w.kind)).toContain('budgetOutsideBand')
  })

  it('points at the line and column of a JSON syntax error', () => {
    const file = writeScenario('syntax.json', '{\n  "format": "rampart-scenario",\n  "version": 1,,\n}')
    expect(rampart(['validate', file]).stderr).toMatch(/\(root\): not valid JSON: .*\(line 3, column \d+\)/)
  })

  it('explains what is missing instead of only printing usage', () => {
    expect(rampart([])).toMatchObject({ code: 2, stderr: expect.stringContaining('which command?') })
    expect(rampart(['validate', scenarioFile, scenarioFile])).toMatchObject({ code: 2, stderr: expect.stringContaining('one file at a time') })
    expect(rampart(['project', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('usage: rampart project FILE [--quarters] [--json]') })
  })

  it('exits quietly when its reader closes the pipe early', () => {
    const result = spawnSync('bash', ['-c', `node ${join(ROOT, 'bin', 'rampart.js')} catalog | head -1`], { encoding: 'utf8' })
    expect(result.stdout).toMatch(/^Phases/)
    expect(result.stderr).toBe('')
  })

  it('exits 2 for an unknown command or option', () => {
    expect(rampart(['frobnicate']).code).toBe(2)
    expect(rampart(['project', scenarioFile, '--csv'])).toMatchObject({ code: 2, stderr: '--csv: unknown option\n' })
  })
})

describe('rampart project', () => {
  it('prints the projection as JSON with the documented fields, equal to the engine', () => {
    const run = rampart(['project', scenarioFile, '--json'])
    expect(run.code).toBe(0)
    const { quarters } = JSON.parse(run.stdout)
    const expected = projectScenario(DEFAULT_SCENARIO).quarters
    expect(quarters).toHaveLength(20)
    expect(quarters[0]).toEqual(expect.objectContaining({
      label: '2027-Q1', headcount: 50, revenue: expected[0].revenue, budget: expected[0].budget,
      people: expected[0].people, tools: expected[0].tools, programs: expected[0].programs,
      total: expected[0].total, variance: expected[0].variance, utilization: expected[0].utilization,
      securityFte: 1, orgPhase: 'foundation', maturityPhase: 'adhoc', maturityGap: 1
    }))
    expect(quarters.map((q: { total: number }) => q.total)).toEqual(expected.map((q) => q.total))
  })

  it('prints a fiscal-year table by default, and the quarterly table with --quarters', () => {
    const years = rampart(['project', scenarioFile])
    expect(years.code).toBe(0)
    expect(years.stdout).toMatch(/^FY2027 \(1 of 4 quarters\) +2027-Q1 /m)
    expect(years.stdout).toMatch(/^FY2028 +2027-Q2 – 2028-Q1 /m)
    expect(years.stdout).toContain('Peer figures (reference')
    // The benchmarks table names a partial year as the fiscal-year table does (its spend per employee is annualised).
    expect(years.stdout).toMatch(/^metric +FY2027 \(1 of 4 quarters\) +FY2028 +FY2029 +FY2030 +FY2031 +FY2032 \(3 of 4 quarters\) *$/m)
    expect(years.stdout).toMatch(/SOC 2 Type II report +2028-Q4 +yes +met/)
    expect(years.stdout).not.toContain('2027-Q3  FY2028')
    const quarters = rampart(['project', scenarioFile, '--quarters'])
    expect(quarters.stdout).toMatch(/^2031-Q4 +FY2032 /m)
    // The engineer already in post: $200,000 base pay with 28% overhead, a quarter of it.
    expect(quarters.stdout).toMatch(/^2027-Q1 +FY2027 +50 +\$6,000,000 +3% +\$180,000 +\$64,000 /m)
  })

  it('carries the fiscal years, capabilities and deadlines in the JSON beside the quarters', () => {
    const result = JSON.parse(rampart(['project', scenarioFile, '--json']).stdout)
    const projection = projectScenario(DEFAULT_SCENARIO)
    expect(result.fiscalYears.map((y: { label: string; partial: boolean }) => [y.label, y.partial])).toEqual(
      [['FY2027', true], ['FY2028', false], ['FY2029', false], ['FY2030', false], ['FY2031', false], ['FY2032', true]])
    expect(result.fiscalYears[1]).toEqual(expect.objectContaining({
      quarters: ['2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1'], total: projection.fiscalYears[1].total,
      budget: projection.fiscalYears[1].budget, utilization: projection.fiscalYears[1].utilization,
      headcount: 335, securityFte: 5, orgPhase: 'growth', maturityPhase: 'foundation'
    }))
    expect(result.deadlines).toEqual([
      { name: 'EU AI Act: general-purpose AI models already on the market', quarter: '2027-Q3', hard: true, met: true, missing: [] },
      { name: 'SOC 2 Type II report', quarter: '2028-Q4', hard: true, met: true, missing: [] }
    ])
    expect(result.capabilities.find((c: { id: string }) => c.id === 'ai-threat-modelling')).toEqual(
      { id: 'ai-threat-modelling', planned: '2027-Q3', inPlace: '2027-Q3' })
  })
})

describe('rampart simulate', () => {
  it('prints P10/P50/P90 and the overrun probability per quarter, reproducibly from the seed', () => {
    const args = ['simulate', scenarioFile, '--samples', '2000', '--seed', '42', '--json']
    const first = rampart(args)
    expect(first.code).toBe(0)
    const { quarters } = JSON.parse(first.stdout)
    expect(Object.keys(quarters[0])).toEqual(expect.arrayContaining(['label', 'p10', 'p50', 'p90', 'overrunProbability']))
    for (const q of quarters) expect(q.p10 <= q.p50 && q.p50 <= q.p90).toBe(true)
    expect(rampart(args).stdout).toBe(first.stdout)
  })

  it('rejects a sample count that is not a whole number', () => {
    expect(rampart(['simulate', scenarioFile, '--samples', 'lots'])).toMatchObject({
      code: 2, stderr: expect.stringContaining('--samples: "lots" must be a whole number')
    })
  })

  it('takes the samples and seeds every simulation in Rampart takes, and no others', () => {
    for (const [option, value] of [['--samples', '99'], ['--samples', '1000001'], ['--seed', '-1'], ['--seed', '4294967296']]) {
      expect(rampart(['simulate', scenarioFile, option, value]), `${option} ${value}`).toMatchObject({
        code: 2, stderr: `${option}: "${value}" must be a whole number from ${option === '--seed' ? '0 to 4294967295' : '100 to 1000000'}\n`
      })
    }
    const widest = JSON.parse(rampart(['simulate', scenarioFile, '--samples', '100', '--seed', '4294967295', '--json']).stdout)
    expect([widest.samples, widest.seed]).toEqual([100, 4294967295])
  })
})

describe('rampart compare', () => {
  it('prints KPIs of each scenario with deltas against the first', () => {
    const lean = writeScenario('lean.json', { ...DEFAULT_SCENARIO, name: 'Lean', hires: DEFAULT_SCENARIO.hires!.slice(0, 6) })
    const run = rampart(['compare', scenarioFile, lean, '--json', '--samples', '500'])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.base).toBe('DataFlow AI - Base')
    const [base, other] = result.scenarios
    expect(other.deltas.values.totalSpend).toBeCloseTo(other.totalSpend - base.totalSpend, 6)
    expect(other.deltas.values.totalSpend).toBeLessThan(0)
    expect(rampart(['compare', scenarioFile, lean]).stdout).toContain('Δ vs base')
  })

  it('shows no money difference between currencies, and says when periods differ', () => {
    const euro = writeScenario('euro.json', { ...DEFAULT_SCENARIO, name: 'Euro', currency: 'EUR', quarters: 24 })
    const result = JSON.parse(rampart(['compare', scenarioFile, euro, '--json', '--samples', '200']).stdout)
    expect(result.scenarios[1].deltas.values.totalSpend).toBeNull()
    expect(result.scenarios[1].deltas.values.quartersOverBudget).not.toBeNull()
    expect(result.caveats).toEqual([
      '"Euro" is in EUR, the base in USD: money differences are not shown, as no exchange rate is assumed',
      '"Euro" covers 24 quarters from 2027-Q1, the base 20 from 2027-Q1: totals cover different periods'
    ])
    expect(rampart(['compare', scenarioFile, euro, '--samples', '200']).stdout).toContain('Note: "Euro" is in EUR')
  })

  it('compares at most six files, the base and five others', () => {
    const run = rampart(['compare', ...Array.from({ length: 7 }, () => scenarioFile)])
    expect(run).toMatchObject({ code: 2, stdout: '' })
    expect(run.stderr).toBe('compare takes at most 6 scenario files (the base and 5 others), received 7\n')
  })

  it('needs at least two files, and reports the problems of every bad file at once', () => {
    expect(rampart(['compare', scenarioFile])).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: rampart compare FILE FILE...') })
    const badA = writeScenario('bad-a.json', { ...DEFAULT_SCENARIO, quarters: 0 })
    const badB = writeScenario('bad-b.json', { ...DEFAULT_SCENARIO, currency: 'XYZ' })
    const run = rampart(['compare', badA, badB])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`${badA}: quarters: 0 must be at least 1`)
    expect(run.stderr).toContain(`${badB}: currency: "XYZ" is not an ISO 4217 currency code`)
  })
})

describe('rampart demo', () => {
  it('writes the default scenario, which validates', () => {
    const out = join(dir, 'demo')
    const run = rampart(['demo', '--out', out])
    expect(run.code).toBe(0)
    expect(readdirSync(out)).toContain('dataflow-ai.json')
    expect(JSON.parse(readFileSync(join(out, 'dataflow-ai.json'), 'utf8'))).toEqual(DEFAULT_SCENARIO)
    expect(rampart(['validate', join(out, 'dataflow-ai.json')]).code).toBe(0)
  })

  it('never replaces an existing demo file without --force', () => {
    const out = join(dir, 'demo-again')
    expect(rampart(['demo', '--out', out]).code).toBe(0)
    writeFileSync(join(out, 'dataflow-ai.json'), '{"edited": true}')
    const refused = rampart(['demo', '--out', out])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('already exist')
    expect(readFileSync(join(out, 'dataflow-ai.json'), 'utf8')).toBe('{"edited": true}')
    expect(rampart(['demo', '--out', out, '--force']).code).toBe(0)
    expect(JSON.parse(readFileSync(join(out, 'dataflow-ai.json'), 'utf8'))).toEqual(DEFAULT_SCENARIO)
  })

  it('exits 2 when --out is a file or lies under one, and writes nothing', () => {
    const file = writeScenario('not-a-folder', 'x')
    expect(rampart(['demo', '--out', file])).toMatchObject({ code: 2, stderr: `--out: ${file} is a file, not a folder\n` })
    expect(rampart(['demo', '--out', join(file, 'sub')])).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot be created') })
    expect(readFileSync(file, 'utf8')).toBe('x')
  })
})
