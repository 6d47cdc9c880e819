import { describe, expect, it } from 'vitest'
import { expectRefusedAt, minimalScenario } from '../../test/fixtures/scenarios'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { formatValidationError, parseScenarioJson, validateScenario } from './scenario'

type Json = Record<string, unknown>

/** A valid document with every optional section, as a plain JSON object to break. */
function fullDocument(): Json {
  return JSON.parse(JSON.stringify({
    ...minimalScenario({ quarters: 20 }),
    currency: 'EUR',
    budget: { mode: 'byPhase', percent: { adhoc: 2, foundation: 3, growth: 4, optimization: 6, worldclass: 8 }, minimumAnnual: 0 },
    phaseThresholds: { foundation: 50, growth: 200, optimization: 1000, worldclass: 5000 },
    salaryGrowthPercent: 4,
    hires: [
      { role: 'security-engineer', count: 1, quarter: 0, annualCost: 250000 },
      { role: 'grc-analyst', count: 1, quarter: 2, annualCost: 150000, endQuarter: 8 },
      { role: 'ciso', count: 1, quarter: 4, annualCost: 400000 }
    ],
    tools: [{ tool: 'siem', quarter: 2, low: 50000, high: 200000, point: 'mid', perEmployee: 0 }],
    programs: [{ name: 'SOC 2 Type II audit', quarter: 4, amount: 60000, recurrence: 'annual' }],
    capabilities: [{ id: 'incident-response-plan', quarter: 3 }]
  }))
}

const malformed: [string, (doc: Json) => void, string, string][] = [
  ['a wrong format marker', (d) => { d.format = 'excel' }, 'format', '"excel"'],
  ['a missing name', (d) => { delete d.name }, 'name', 'is required'],
  ['an empty name', (d) => { d.name = '   ' }, 'name', 'must not be empty'],
  ['a name that is a number', (d) => { d.name = 42 }, 'name', 'expected a string, received 42'],
  ['a name with a terminal escape', (d) => { d.name = '\u001b[31mRed' }, 'name', 'contains the control character U+001B at position 1; a name is one line of printable text'],
  ['a name with a new line', (d) => { d.name = 'Plan\nfake: line' }, 'name', 'contains the control character U+000A at position 5'],
  ['a name ending in a carriage return', (d) => { d.name = 'Plan\r' }, 'name', 'contains the control character U+000D at position 5'],
  ['a name with a C1 control', (d) => { d.name = 'Plan\u009b2J' }, 'name', 'contains the control character U+009B'],
  ['a name reversed by a bidirectional override', (d) => { d.name = 'Plan \u202egnp.exe' }, 'name', 'contains the control character U+202E'],
  ['a program name with a tab', (d) => { (d.programs as Json[])[0].name = 'SOC\t2' }, 'programs[0].name', 'contains the control character U+0009'],
  ['a start that is not a quarter', (d) => { d.start = '2026-05' }, 'start', 'quarter such as "2026-Q1"'],
  ['a start year with fewer than four digits', (d) => { d.start = '999-Q4' }, 'start', 'quarter such as "2026-Q1"'],
  ['a start year before 1900', (d) => { d.start = '0999-Q4' }, 'start', '"0999-Q4" is outside the years Rampart plans (1900–2200)'],
  ['a start year of zero', (d) => { d.start = '0000-Q1' }, 'start', '"0000-Q1" is outside the years Rampart plans (1900–2200)'],
  ['a start year after 2200', (d) => { d.start = '9999-Q4' }, 'start', '"9999-Q4" is outside the years Rampart plans (1900–2200)'],
  ['a plan that runs past 2200', (d) => { d.start = '2196-Q2' }, 'quarters',
    '20 quarters from 2196-Q2 would end after 2200-Q4, the last quarter Rampart plans; plan at most 19 quarters or start earlier'],
  ['zero quarters', (d) => { d.quarters = 0 }, 'quarters', 'at least 1'],
  ['more than 80 quarters', (d) => { d.quarters = 81 }, 'quarters', 'at most 80'],
  ['a fractional number of quarters', (d) => { d.quarters = 4.5 }, 'quarters', 'whole number'],
  ['a lower-case currency', (d) => { d.currency = 'usd' }, 'currency', 'ISO 4217'],
  ['a currency code that does not exist', (d) => { d.currency = 'XYZ' }, 'currency', '"XYZ" is not an ISO 4217 currency code'],
  ['a quarter far beyond the horizon', (d) => { (d.programs as Json[])[0].quarter = 1e20 }, 'programs[0].quarter', 'is outside the 20-quarter horizon'],
  ['a fractional quarter', (d) => { (d.tools as Json[])[0].quarter = 2.5 }, 'tools[0].quarter', '2.5 must be a whole number'],
  ['a threshold that clashes with a default', (d) => { d.phaseThresholds = { growth: 40 } }, 'phaseThresholds.growth', '40 (growth) must be above the foundation threshold (50)'],
  ['no headcount milestones', (d) => { d.headcount = [] }, 'headcount', 'at least one milestone'],
  ['a negative headcount', (d) => { (d.headcount as Json[])[0].value = -5 }, 'headcount[0].value', 'at least 0'],
  ['a headcount given as text', (d) => { (d.headcount as Json[])[0].value = '100' }, 'headcount[0].value', 'expected a number, received "100"'],
  ['two milestones in one quarter', (d) => { d.revenue = [{ quarter: 1, value: 1 }, { quarter: 1, value: 2 }] }, 'revenue[1].quarter', 'already has a milestone'],
  ['a milestone outside the horizon', (d) => { (d.revenue as Json[])[0].quarter = 20 }, 'revenue[0].quarter', 'outside the 20-quarter horizon'],
  ['an unknown budget mode', (d) => { (d.budget as Json).mode = 'auto' }, 'budget.mode', '"auto" is not one of "byPhase", "fixed"'],
  ['a fixed budget without its percent', (d) => { d.budget = { mode: 'fixed' } }, 'budget.fixedPercent', 'required when budget.mode is "fixed"'],
  ['a budget percent above 100', (d) => { ((d.budget as Json).percent as Json).growth = 140 }, 'budget.percent.growth', 'at most 100'],
  ['negative minimum budget money', (d) => { (d.budget as Json).minimumAnnual = -1 }, 'budget.minimumAnnual', 'at least 0'],
  ['thresholds out of order', (d) => { (d.phaseThresholds as Json).growth = 40 }, 'phaseThresholds.growth', 'must be above the foundation threshold (50)'],
  ['a hire outside the horizon', (d) => { (d.hires as Json[])[2].quarter = 31 }, 'hires[2].quarter', '31 is outside the 20-quarter horizon'],
  ['an unknown role', (d) => { (d.hires as Json[])[0].role = 'wizard' }, 'hires[0].role', 'unknown role "wizard"'],
  ['a hire count of zero', (d) => { (d.hires as Json[])[0].count = 0 }, 'hires[0].count', 'at least 1'],
  ['negative salary money', (d) => { (d.hires as Json[])[0].annualCost = -100 }, 'hires[0].annualCost', 'at least 0'],
  ['an end quarter before the start', (d) => { (d.hires as Json[])[1].endQuarter = 2 }, 'hires[1].endQuarter', 'after the start quarter (2)'],
  ['an unknown tool', (d) => { (d.tools as Json[])[0].tool = 'firewall-9000' }, 'tools[0].tool', 'unknown tool "firewall-9000"'],
  ['a tool whose low is above its high', (d) => { (d.tools as Json[])[0].low = 300000 }, 'tools[0].low', '300000 is above high (200000)'],
  ['a numeric point outside the range', (d) => { (d.tools as Json[])[0].point = 10 }, 'tools[0].point', 'outside the range 50000–200000'],
  ['a point word that is not low, mid or high', (d) => { (d.tools as Json[])[0].point = 'max' }, 'tools[0].point', '"max"'],
  ['an unknown recurrence', (d) => { (d.programs as Json[])[0].recurrence = 'monthly' }, 'programs[0].recurrence', '"monthly" is not one of'],
  ['an unknown capability', (d) => { (d.capabilities as Json[])[0].id = 'quantum-shield' }, 'capabilities[0].id', 'unknown capability "quantum-shield"'],
  ['a capability listed twice', (d) => { (d.capabilities as Json[]).push({ id: 'incident-response-plan', quarter: 5 }) }, 'capabilities[1].id', 'already planned at capabilities[0]'],
  ['an unknown top-level field', (d) => { d.owner = 'me' }, 'owner', 'unknown field'],
  ['an unknown field inside a hire', (d) => { (d.hires as Json[])[0].bonus = 5 }, 'hires[0].bonus', 'unknown field'],
  ['money that is not finite', (d) => { (d.programs as Json[])[0].amount = Infinity }, 'programs[0].amount', 'Infinity'],
  ['a huge amount of money', (d) => { (d.programs as Json[])[0].amount = 1e300 }, 'programs[0].amount', 'at most'],
  ['hires that are not an array', (d) => { d.hires = { role: 'ciso' } }, 'hires', 'expected an array, received an object']
]

describe('scenario validation', () => {
  it('accepts the full example and the default scenario', () => {
    expect(validateScenario(fullDocument())).toMatchObject({ ok: true })
    expect(validateScenario(DEFAULT_SCENARIO)).toMatchObject({ ok: true })
  })

  it.each(malformed)('rejects %s, naming the path and the reason', (_, breakIt, path, reason) => {
    const doc = fullDocument()
    breakIt(doc)
    expectRefusedAt(doc, path, reason)
  })

  it('accepts plans at the first and the last years Rampart plans', () => {
    expect(validateScenario({ ...fullDocument(), start: '1900-Q1' })).toMatchObject({ ok: true })
    expect(validateScenario({ ...fullDocument(), start: '2196-Q1' })).toMatchObject({ ok: true })
    expect(validateScenario({ ...minimalScenario({ quarters: 80 }), start: '2181-Q1' })).toMatchObject({ ok: true })
    expect(validateScenario({ ...minimalScenario({ quarters: 1 }), start: '2200-Q4' })).toMatchObject({ ok: true })
  })

  it('rejects a document that is not an object', () => {
    for (const value of [null, 42, 'scenario', [1, 2]]) {
      const result = validateScenario(value)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.errors[0].path).toBe('(root)')
    }
  })

  it('reports a newer format version as needing a newer Rampart', () => {
    const result = validateScenario({ ...fullDocument(), version: 3 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(formatValidationError(result.errors[0])).toMatch(/^version: 3 is newer than this version of Rampart/)
  })

  it('reports a syntax error in the JSON text at the root', () => {
    const result = parseScenarioJson('{"format": "rampart-scenario",')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(formatValidationError(result.errors[0])).toMatch(/^\(root\): not valid JSON/)
  })

  it('treats a __proto__ key as an unknown field instead of changing the prototype', () => {
    const result = parseScenarioJson(JSON.stringify(fullDocument()).replace('{', '{"__proto__": {"polluted": true},'))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.map(formatValidationError)).toContain('__proto__: unknown field')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('returns the document exactly as written, without filling in defaults', () => {
    const doc = minimalScenario()
    const result = validateScenario(doc)
    expect(result.ok && result.scenario).toEqual(doc)
    expect(result.ok && 'currency' in result.scenario).toBe(false)
  })

  it('reports every problem at once', () => {
    const doc = fullDocument()
    ;(doc.hires as Json[])[0].count = 0
    ;(doc.tools as Json[])[0].tool = 'nope'
    const result = validateScenario(doc)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['hires[0].count', 'tools[0].tool']))
  })
})

describe('JSON paths in messages', () => {
  it('quotes keys that are not plain names', () => {
    const result = validateScenario({ ...minimalScenario(), ' ': 0, 'a.b': 1 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['[" "]', '["a.b"]'])
  })

  it('says a missing version is required', () => {
    const { version: _, ...doc } = minimalScenario()
    const result = validateScenario(doc)
    expect(!result.ok && result.errors.map(formatValidationError)).toEqual(['version: is required'])
  })
})
