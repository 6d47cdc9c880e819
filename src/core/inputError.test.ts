import { describe, expect, it } from 'vitest'
import { InputError } from './inputError'

describe('InputError', () => {
  it('names every problem by path and reason, one per line', () => {
    const error = new InputError([{ path: 'hires[2].count', message: '1.5 must be a whole number' }, { path: '(root)', message: 'not valid JSON' }])
    expect(error.message).toBe('hires[2].count: 1.5 must be a whole number\n(root): not valid JSON')
    expect(error.name).toBe('InputError')
    expect(error).toBeInstanceOf(Error)
  })

  it('states a problem with the input as a whole without a path', () => {
    const error = InputError.whole('usage: rampart validate FILE')
    expect(error.message).toBe('usage: rampart validate FILE')
    expect(error.errors).toEqual([{ path: '', message: 'usage: rampart validate FILE' }])
    expect(InputError.at('--seed', 'needs a value').message).toBe('--seed: needs a value')
  })

  it('keeps its own copy of the problems, as plain data that can cross to the window', () => {
    const problems = [{ path: 'name', message: 'is required', extra: 1 }]
    const error = new InputError(problems)
    problems[0].message = 'changed'
    expect(error.errors).toEqual([{ path: 'name', message: 'is required' }])
    expect(structuredClone(error.errors)).toEqual(error.errors)
  })
})
