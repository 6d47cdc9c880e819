import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { validateQuarterActual } from './actuals'
import { formatMoneyCompact } from './format'
import { validateScenario } from './scenario'
import { plainReason } from './validationMessages'

const money = (n: number) => formatMoneyCompact(n, 'USD')
const errorsOf = (result: { ok: boolean; errors?: { path: string; message: string }[] }) => (result.ok ? [] : result.errors!)

describe('messages as reasons in plain words', () => {
  it('drops the quoted value and writes the bound as money', () => {
    const [tooMuch] = errorsOf(validateScenario(minimalScenario({ revenue: [{ quarter: 0, value: 1e15 }] })))
    expect(tooMuch).toEqual({ path: 'revenue[0].value', message: '1000000000000000 must be at most 10000000000000' })
    expect(plainReason(tooMuch.message, money)).toBe('must be at most $10T')
  })

  it('reads the check-in\'s refusals: a negative amount, a missing one, a fraction of a hire', () => {
    const errors = errorsOf(validateQuarterActual({ quarter: 0, people: -1000, programs: 0, hires: 1.5, capabilities: [], note: '' }, 8))
    expect(errors.map((e) => [e.path, plainReason(e.message, money)])).toEqual([
      ['people', 'must be at least $0'], ['tools', 'is required'], ['hires', 'must be a whole number']
    ])
  })

  it('says which type or choice is wanted, and leaves other messages as they are', () => {
    expect(plainReason('expected a number, received "ten"', String)).toBe('must be a number')
    expect(plainReason('"yearly" is not one of "once", "annual", "quarterly"', String)).toBe('must be one of "once", "annual", "quarterly"')
    expect(plainReason('0.5 must be above 0', String)).toBe('must be above 0')
    expect(plainReason('1e+21 must be below 1e+21', (n) => n.toExponential())).toBe('must be below 1e+21')
    expect(plainReason('unknown field', String)).toBe('unknown field')
  })
})
