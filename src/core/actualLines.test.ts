import { describe, expect, it } from 'vitest'
import { categoryVarianceName, lineTableNote, lineVariance, plannedLines } from './actualLines'
import { validateQuarterActual, type QuarterActual } from './actuals'
import { projectScenario } from './projection'
import type { ScenarioDoc } from './scenario'

const base: QuarterActual = { quarter: 0, people: 1000, tools: 500, programs: 0, hires: 0, capabilities: [], note: '' }

describe('lines of a quarter of actuals', () => {
  it('are kept when valid, and left out when there are none', () => {
    const lines = [{ category: 'people' as const, line: 'ciso', amount: 600 }, { category: 'tools' as const, line: 'siem', amount: 500 }]
    expect(validateQuarterActual({ ...base, lines }, 4)).toEqual({ ok: true, actual: { ...base, lines } })
    expect(validateQuarterActual({ ...base, lines: [] }, 4)).toEqual({ ok: true, actual: base })
  })

  it('may not add up to more than their category total, checked to the cent', () => {
    const result = validateQuarterActual({ ...base, people: 0.3, lines: [
      { category: 'people', line: 'ciso', amount: 0.1 }, { category: 'people', line: 'grc-analyst', amount: 0.2 }
    ] }, 4)
    expect(result.ok).toBe(true)
    expect(validateQuarterActual({ ...base, lines: [{ category: 'tools', line: 'siem', amount: 500.01 }] }, 4)).toEqual({ ok: false, errors: [
      { path: 'tools', message: '500 is less than the 500.01 its lines add up to; the lines of a category may not add up to more than its total' }
    ] })
  })

  it('name known roles and tools once each, and programs as one line of text', () => {
    const result = validateQuarterActual({ ...base, programs: 10, lines: [
      { category: 'people', line: 'plumber', amount: 1 },
      { category: 'tools', line: 'ciso', amount: 1 },
      { category: 'programs', line: ' Pen test', amount: 1 },
      { category: 'programs', line: 'Bug\u001bbounty', amount: 1 },
      { category: 'people', line: 'plumber', amount: 1 },
      { category: 'travel', line: 'x', amount: 1 }
    ] }, 4)
    expect(result).toEqual({ ok: false, errors: [
      { path: 'lines[5].category', message: '"travel" is not one of "people", "tools", "programs"' }
    ] })
    const keys = validateQuarterActual({ ...base, programs: 10, lines: [
      { category: 'people', line: 'plumber', amount: 1 },
      { category: 'tools', line: 'ciso', amount: 1 },
      { category: 'programs', line: ' Pen test', amount: 1 },
      { category: 'programs', line: 'Bug\u001bbounty', amount: 1 },
      { category: 'people', line: 'plumber', amount: 1 }
    ] }, 4)
    expect(keys).toEqual({ ok: false, errors: [
      { path: 'lines[0].line', message: 'unknown role "plumber" (see `rampart catalog`)' },
      { path: 'lines[1].line', message: 'unknown tool "ciso" (see `rampart catalog`)' },
      { path: 'lines[2].line', message: 'a program name has no leading or trailing spaces and is not empty' },
      { path: 'lines[3].line', message: 'contains the control character U+001B at position 4; a program name is one line of printable text' },
      { path: 'lines[4].line', message: 'unknown role "plumber" (see `rampart catalog`)' },
      { path: 'lines[4]', message: 'the role "plumber" is already listed at lines[0]' }
    ] })
  })
})

const plan: ScenarioDoc = {
  format: 'rampart-scenario', version: 2, name: 'Lines', start: '2027-Q1', quarters: 4,
  headcount: [{ quarter: 0, value: 100 }], revenue: [{ quarter: 0, value: 10_000_000 }],
  budget: { mode: 'fixed', fixedPercent: 4 }, peopleCosts: { overheadPercent: 0, recruitingFeePercent: 0 },
  hires: [
    { role: 'ciso', count: 1, quarter: 0, annualCost: 300_000 },
    { role: 'ciso', count: 1, quarter: 2, annualCost: 200_000 },
    { role: 'grc-analyst', count: 2, quarter: 0, annualCost: 100_000 }
  ],
  tools: [{ tool: 'siem', quarter: 0, low: 40_000, high: 40_000, perEmployee: 4 }],
  programs: [{ name: 'Pen test', quarter: 1, amount: 50_000, recurrence: 'annual' }]
}

describe('plannedLines', () => {
  it('sums the plan per role, tool and program in a quarter, agreeing with the projection', () => {
    const projection = projectScenario(plan)
    for (const q of [0, 1, 2]) {
      const lines = plannedLines(plan, q, projection.quarters[q].headcount)
      for (const category of ['people', 'tools', 'programs'] as const) {
        const sum = lines.filter((l) => l.category === category).reduce((s, l) => s + l.amount, 0)
        expect(sum, `${category} in quarter ${q}`).toBeCloseTo(projection.quarters[q][category], 6)
      }
    }
    expect(plannedLines(plan, 2, 100)).toEqual([
      { category: 'people', line: 'ciso', amount: 125_000 },
      { category: 'people', line: 'grc-analyst', amount: 50_000 },
      { category: 'tools', line: 'siem', amount: 10_100 }
    ])
  })
})

describe('lineVariance', () => {
  const planned = plannedLines(plan, 1, 100)
  const plannedTotals = { people: 125_000, tools: 10_100, programs: 50_000 }

  it('shows each line with what it spent, and what is not itemised as a line of its own', () => {
    const rows = lineVariance(planned, plannedTotals, { people: 130_000, tools: 10_100, programs: 0 }, [
      { category: 'people', line: 'ciso', amount: 80_000 }, { category: 'people', line: 'appsec-engineer', amount: 20_000 },
      { category: 'tools', line: 'siem', amount: 10_100 }
    ])
    expect(rows).toEqual([
      { category: 'people', planned: 125_000, actual: 130_000, itemised: true, lines: [
        { line: 'ciso', name: 'CISO', planned: 75_000, actual: 80_000 },
        // Planned but with no line: unknown, since 30,000 of the total is not itemised.
        { line: 'grc-analyst', name: 'Governance, risk and compliance analyst', planned: 50_000, actual: null },
        { line: 'appsec-engineer', name: 'Application security engineer', planned: 0, actual: 20_000 },
        { line: null, name: 'Not itemised', planned: null, actual: 30_000 }
      ] },
      { category: 'tools', planned: 10_100, actual: 10_100, itemised: true, lines: [
        { line: 'siem', name: 'SIEM', planned: 10_100, actual: 10_100 }
      ] },
      // Not itemised at all: only the total is known.
      { category: 'programs', planned: 50_000, actual: 0, itemised: false, lines: [
        { line: 'Pen test', name: 'Pen test', planned: 50_000, actual: null }
      ] }
    ])
  })

  it('reads a planned line with no actual line as nothing spent when the whole total is itemised', () => {
    const [people] = lineVariance(planned, plannedTotals, { people: 75_000, tools: 0, programs: 0 }, [
      { category: 'people', line: 'ciso', amount: 75_000 }
    ])
    expect(people.lines).toEqual([
      { line: 'ciso', name: 'CISO', planned: 75_000, actual: 75_000 },
      { line: 'grc-analyst', name: 'Governance, risk and compliance analyst', planned: 50_000, actual: 0 }
    ])
  })

  it('names a category by itself, and says so when it was recorded without lines', () => {
    const rows = lineVariance(planned, plannedTotals, { people: 75_000, tools: 0, programs: 0 }, [
      { category: 'people', line: 'ciso', amount: 75_000 }
    ])
    expect(rows.map(categoryVarianceName)).toEqual(['People', 'Tools and services (no lines recorded)', 'Programs (no lines recorded)'])
  })
})

describe('a table of lines', () => {
  it('writes one note, with nothing in the table\'s own money', () => {
    expect(lineTableNote('$0')).toBe('Lines are detail inside their category\'s total and always add up to it. A planned line with no ' +
      'recorded amount reads "not itemised" while some of its category\'s total is not itemised, and $0 once all of it is.')
  })
})
