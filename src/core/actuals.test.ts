import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CAPABILITIES } from './catalog'
import {
  fromCents, planVersusActual, toCents, validateQuarterActual, type QuarterActual
} from './actuals'
import { MAX_MONEY } from './limits'
import type { ScenarioDoc } from './scenario'

const actual = (overrides: Partial<QuarterActual> = {}): QuarterActual => ({
  quarter: 1, people: 62500, tools: 12500.5, programs: 0, hires: 1,
  capabilities: ['first-security-hire'], note: 'SIEM contract signed', ...overrides
})

const plan: ScenarioDoc = {
  format: 'rampart-scenario', version: 2, name: 'Small plan', start: '2026-Q1', quarters: 4,
  headcount: [{ quarter: 0, value: 60 }],
  revenue: [{ quarter: 0, value: 8_000_000 }],
  budget: { mode: 'fixed', fixedPercent: 4 },
  hires: [
    { role: 'security-engineer', count: 1, quarter: 0, annualCost: 200_000 },
    { role: 'grc-analyst', count: 2, quarter: 2, annualCost: 100_000 }
  ],
  tools: [{ tool: 'siem', quarter: 1, low: 40_000, high: 40_000 }],
  capabilities: CAPABILITIES.filter((c) => c.phase === 'foundation').map((c) => ({ id: c.id, quarter: 3 }))
}

describe('validateQuarterActual', () => {
  it('accepts a complete quarter and returns it unchanged', () => {
    expect(validateQuarterActual(actual(), 20)).toEqual({ ok: true, actual: actual() })
  })

  it('names the field of a wrong type', () => {
    const result = validateQuarterActual({ ...actual(), tools: '12000' }, 20)
    expect(result).toEqual({ ok: false, errors: [{ path: 'tools', message: 'expected a number, received "12000"' }] })
  })

  it('rejects negative money, fractional hires and a missing note', () => {
    const { note: _omitted, ...withoutNote } = actual({ people: -1, hires: 1.5 })
    const result = validateQuarterActual(withoutNote, 20)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual(expect.arrayContaining([
      { path: 'people', message: '-1 must be at least 0' },
      { path: 'hires', message: '1.5 must be a whole number' },
      { path: 'note', message: 'is required' }
    ]))
  })

  it('rejects an amount with fractions of a cent, which cannot be stored as cents', () => {
    const result = validateQuarterActual(actual({ programs: 10.005 }), 20)
    expect(result).toEqual({ ok: false, errors: [{ path: 'programs', message: '10.005 has more than two decimal places' }] })
  })

  it('accepts amounts of a billion and more with two decimal places', () => {
    for (const amount of [1_234_567_890.12, 999_999_999_999.99, MAX_MONEY, 10_000_000_000.01]) {
      expect(validateQuarterActual(actual({ people: amount }), 20), String(amount)).toEqual({ ok: true, actual: actual({ people: amount }) })
    }
  })

  it('accepts every two-decimal amount up to the maximum and stores it as cents that convert back exactly', () => {
    const maxCents = MAX_MONEY * 100
    fc.assert(fc.property(fc.integer({ min: 0, max: maxCents }), (cents) => {
      // The amount as a user types it, e.g. "1234567890.12", parsed like JSON.
      const amount = Number(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`)
      expect(validateQuarterActual(actual({ tools: amount }), 20).ok).toBe(true)
      expect(toCents(amount)).toBe(cents)
      expect(fromCents(toCents(amount))).toBe(amount)
    }), { numRuns: 2000 })
  })

  it('rejects fractions of a cent on large amounts too', () => {
    const result = validateQuarterActual(actual({ tools: 1_234_567.125 }), 20)
    expect(result).toEqual({ ok: false, errors: [{ path: 'tools', message: '1234567.125 has more than two decimal places' }] })
  })

  it('rejects a quarter outside the plan horizon', () => {
    expect(validateQuarterActual(actual({ quarter: 8 }), 8)).toEqual({
      ok: false, errors: [{ path: 'quarter', message: '8 is outside the 8-quarter horizon' }]
    })
  })

  it('rejects an unknown capability, a repeated one and an unknown field', () => {
    const result = validateQuarterActual({
      ...actual({ capabilities: ['siem', 'quantum-firewall', 'siem'] }), extra: true
    }, 20)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual(expect.arrayContaining([
      { path: 'capabilities[1]', message: 'unknown capability "quantum-firewall" (see `rampart catalog`)' },
      { path: 'extra', message: 'unknown field' }
    ]))
    expect(result.errors).toHaveLength(2)
    const second = validateQuarterActual(actual({ capabilities: ['siem', 'siem'] }), 20)
    expect(second).toEqual({ ok: false, errors: [{ path: 'capabilities[1]', message: '"siem" is already listed at capabilities[0]' }] })
  })

  it('rejects a __proto__ key instead of treating it as a prototype', () => {
    const input = JSON.parse('{"quarter":0,"people":0,"tools":0,"programs":0,"hires":0,"capabilities":[],"note":"","__proto__":{"x":1}}')
    const result = validateQuarterActual(input, 4)
    expect(result).toEqual({ ok: false, errors: [{ path: '__proto__', message: 'unknown field' }] })
  })
})

describe('cents', () => {
  it('converts currency amounts to whole cents and back exactly', () => {
    for (const amount of [0, 0.01, 0.1, 12.34, 1234.56, 1_234_567_890.12, 999_999_999_999.99]) {
      expect(Number.isInteger(toCents(amount))).toBe(true)
      expect(fromCents(toCents(amount))).toBe(amount)
    }
  })
})

describe('planVersusActual', () => {
  it('gives one row per planned quarter, with nulls where nothing was recorded', () => {
    const rows = planVersusActual(plan, [])
    expect(rows).toHaveLength(4)
    expect(rows[0]).toMatchObject({
      label: '2026-Q1', actual: null, varianceToPlan: null, hiresThisQuarter: null,
      hiredToDate: 0, plannedHiresToDate: 1, plannedFteInPost: 1, achievedMaturityPhase: null
    })
  })

  it('compares spend by category and against the budget', () => {
    const [, q1] = planVersusActual(plan, [actual({ quarter: 1, people: 60_000, tools: 12_000, programs: 500 })])
    expect(q1.planned).toEqual({ people: 50_000, tools: 10_000, programs: 0, total: 60_000 })
    expect(q1.actual).toEqual({ people: 60_000, tools: 12_000, programs: 500, total: 72_500 })
    expect(q1.varianceToPlan).toEqual({ people: -10_000, tools: -2_000, programs: -500, total: -12_500 })
    expect(q1.budget).toBe(80_000)
    expect(q1.varianceToBudget).toBe(7_500)
    expect(q1.note).toBe('SIEM contract signed')
  })

  it('counts hires to date from every recorded quarter so far, against the hires planned to date', () => {
    const rows = planVersusActual(plan, [actual({ quarter: 0, hires: 1 }), actual({ quarter: 2, hires: 1 })])
    expect(rows.map((r) => r.hiresThisQuarter)).toEqual([1, null, 1, null])
    expect(rows.map((r) => r.hiredToDate)).toEqual([1, 1, 2, 2])
    expect(rows.map((r) => r.plannedHiresThisQuarter)).toEqual([1, 0, 2, 0])
    expect(rows.map((r) => r.plannedHiresToDate)).toEqual([1, 1, 3, 3])
  })

  it('keeps hires planned to date when a hire line ends, while the FTE in post falls', () => {
    // A contractor team of two for quarters 0-1, then one engineer from quarter 2: three hires made
    // by quarter 2, but only one person in post.
    const contractors: ScenarioDoc = { ...plan, hires: [
      { role: 'security-engineer', count: 2, quarter: 0, annualCost: 200_000, endQuarter: 2 },
      { role: 'security-engineer', count: 1, quarter: 2, annualCost: 200_000 }
    ] }
    const rows = planVersusActual(contractors, [actual({ quarter: 0, hires: 2 }), actual({ quarter: 2, hires: 1 })])
    expect(rows.map((r) => r.plannedFteInPost)).toEqual([2, 2, 1, 1])
    expect(rows.map((r) => r.plannedHiresToDate)).toEqual([2, 2, 3, 3])
    expect(rows.map((r) => r.hiredToDate)).toEqual([2, 2, 3, 3])
  })

  it('leaves out actuals recorded beyond the horizon of a plan shortened since', () => {
    const rows = planVersusActual(plan, [actual({ quarter: 1, hires: 1 }), actual({ quarter: 6, hires: 5 })])
    expect(rows).toHaveLength(4)
    expect(rows.map((r) => r.hiredToDate)).toEqual([0, 1, 1, 1])
  })

  it('derives the achieved maturity phase from the capabilities actually in place', () => {
    const foundation = CAPABILITIES.filter((c) => c.phase === 'foundation').map((c) => c.id)
    const mostOfFoundation = foundation.slice(0, Math.ceil(foundation.length * 0.8))
    const rows = planVersusActual(plan, [
      actual({ quarter: 2, capabilities: ['first-security-hire'] }),
      actual({ quarter: 3, capabilities: mostOfFoundation })
    ])
    expect(rows[2]).toMatchObject({ plannedMaturityPhase: 'adhoc', achievedMaturityPhase: 'adhoc', maturityShortfall: 0 })
    expect(rows[3]).toMatchObject({ plannedMaturityPhase: 'foundation', achievedMaturityPhase: 'foundation', maturityShortfall: 0 })
    const behind = planVersusActual(plan, [actual({ quarter: 3, capabilities: [] })])
    expect(behind[3]).toMatchObject({ achievedMaturityPhase: 'adhoc', maturityShortfall: 1 })
  })
})
