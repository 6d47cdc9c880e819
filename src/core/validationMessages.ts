// Turns zod's validation issues into messages that name the JSON path and the reason in words a
// user understands, e.g. `hires[2].count: 1.5 must be a whole number`.
import type { z } from 'zod'

export interface ValidationError {
  /**
   * JSON path such as `hires[2].quarter`, `(root)` for the document itself, a file or a
   * command-line option; '' when no one place is at fault (a command line that fits no usage).
   */
  path: string
  message: string
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    // Keys that are not plain names (spaces, quotes, empty) are quoted so the path stays readable.
    else if (!/^[A-Za-z_$][\w$]*$/.test(String(key))) out += `[${JSON.stringify(String(key))}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(root)' : out
}

export function formatValidationError(error: ValidationError): string {
  return error.path === '' ? error.message : `${error.path}: ${error.message}`
}

export function describeZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ValidationError[] {
  return issues.flatMap((issue) => describeIssue(issue, input))
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): ValidationError[] {
  const path = formatPath(issue.path)
  const received = valueAt(input, issue.path)
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: 'unknown field'
      }))
    case 'invalid_type':
      if (received === undefined) return [{ path, message: 'is required' }]
      if (issue.expected === 'int') {
        return [{ path, message: `${describeValue(received)} must be a whole number` }]
      }
      return [{ path, message: `expected ${article(issue.expected)}, received ${describeValue(received)}` }]
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') return [{ path, message: smallCollection(issue) }]
      return [{ path, message: `${describeValue(received)} must be ${issue.inclusive ? 'at least' : 'above'} ${issue.minimum}` }]
    case 'too_big':
      if (issue.origin === 'array') return [{ path, message: `has more than ${issue.maximum} items` }]
      if (issue.origin === 'string') return [{ path, message: `is longer than ${issue.maximum} characters` }]
      return [{ path, message: `${describeValue(received)} must be ${issue.inclusive ? 'at most' : 'below'} ${issue.maximum}` }]
    case 'invalid_value':
      if (received === undefined) return [{ path, message: 'is required' }]
      return [{ path, message: `${describeValue(received)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }]
    case 'invalid_union':
      return [{ path, message: `${describeValue(received)} is not valid here` + unionHint(path) }]
    default:
      return [{ path, message: issue.message }]
  }
}

/**
 * A message of describeIssue's as the reason alone, in words for the app's forms: the value it
 * quotes goes (the field shows it), and a bound is written by `formatBound` (money as money).
 * `1000000000000000 must be at most 10000000000000` -> `must be at most $10T`;
 * `expected a number, received "x"` -> `must be a number`. Other messages come back as they are.
 */
export function plainReason(message: string, formatBound: (bound: number) => string): string {
  const bound = /^.* must be (at least|above|at most|below) (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/.exec(message)
  if (bound) return `must be ${bound[1]} ${formatBound(Number(bound[2]))}`
  if (/^.* must be a whole number$/.test(message)) return 'must be a whole number'
  const type = /^expected (an? \w+), received .*$/.exec(message)
  if (type) return `must be ${type[1]}`
  const choice = /^.* is not one of (.*)$/.exec(message)
  if (choice) return `must be one of ${choice[1]}`
  return message
}

function smallCollection(issue: z.core.$ZodIssueTooSmall): string {
  if (issue.message && !issue.message.startsWith('Too small')) return issue.message
  return issue.origin === 'string' ? 'must not be empty' : `needs at least ${issue.minimum} item(s)`
}

function unionHint(path: string): string {
  return path.endsWith('.point') ? ' (use "low", "mid", "high" or an amount between low and high)' : ''
}

/** "an object", "a string": the indefinite article for a type name in a message. */
export function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number') return String(value)
  if (typeof value === 'object') return 'an object'
  return typeof value
}
