import { describe, expect, it } from 'vitest'
import { plainError, plainErrorsByPath } from './plainErrors'

describe('validation messages in plain words', () => {
  it('names the field and writes a money bound as money, keeping the path and the engine\'s words as details', () => {
    expect(plainError({ path: 'revenue[0].value', message: '1000000000000000 must be at most 10000000000000' }, 'USD')).toEqual({
      path: 'revenue[0].value',
      label: 'Revenue milestone 1 · annual run-rate',
      text: 'Revenue milestone 1 · annual run-rate must be at most $10T',
      details: 'revenue[0].value: 1000000000000000 must be at most 10000000000000'
    })
    expect(plainError({ path: 'hires[1].annualCost', message: '-5 must be at least 0' }, 'EUR').text).toBe('Hire 2 · annual cost must be at least €0')
  })

  it('words the check-in\'s refusals by the form\'s own labels', () => {
    const errors = [
      { path: 'actual.people', message: '-1000 must be at least 0' },
      { path: 'actual.tools', message: 'is required' },
      { path: 'actual.hires', message: '1.5 must be a whole number' }
    ]
    expect(errors.map((e) => plainError(e, 'USD').text)).toEqual([
      'People spend must be at least $0', 'Tools spend is required', 'Hires this quarter must be a whole number'
    ])
  })

  it('writes other bounds as numbers, and money without a currency as a compact number', () => {
    expect(plainError({ path: 'quarters', message: '0 must be at least 1' }, 'USD').text).toBe('Quarters must be at least 1')
    expect(plainError({ path: 'phaseThresholds.growth', message: '5000000 must be at most 1000000' }).text)
      .toBe('Phase threshold · Growth must be at most 1,000,000')
    expect(plainError({ path: 'revenue[0].value', message: '1e+16 must be at most 10000000000000' }).text)
      .toBe('Revenue milestone 1 · annual run-rate must be at most 10T')
  })

  it('puts a message that starts with a value after a colon, and leaves unknown paths and whole-call messages readable', () => {
    expect(plainError({ path: 'hires[0].endQuarter', message: '9 is outside the 8-quarter horizon' }).text)
      .toBe('Hire 1 · leaving quarter: 9 is outside the 8-quarter horizon')
    expect(plainError({ path: 'id', message: 'no scenario has id 7' }).text).toBe('id: no scenario has id 7')
    expect(plainError({ path: '(root)', message: 'the database is read-only' })).toEqual({
      path: '(root)', label: '', text: 'the database is read-only', details: 'the database is read-only'
    })
  })

  it('keeps the first message of each field for the forms', () => {
    expect(plainErrorsByPath([
      { path: 'quarters', message: 'is required' }, { path: 'quarters', message: '0 must be at least 1' }, { path: 'name', message: 'must not be empty' }
    ], 'USD')).toEqual(new Map([['quarters', 'Quarters is required'], ['name', 'Scenario name must not be empty']]))
  })
})
