// What each channel accepts, checked in main before any handler runs. Scenario documents and
// quarterly actuals go through the engine's own validators, so the window sees the same
// path-and-reason messages as the CLI; the rest are small zod schemas.
import { z } from '../../core/zod'
import { validateQuarterActual } from '../../core/actuals'
import {
  MAX_ACTUALS_IMPORT_COLUMNS, MAX_COMPARED_SCENARIOS, MAX_FILE_NAME_LENGTH, MAX_IMAGE_BASE64_CHARS, MAX_IMPORT_BYTES, MAX_PATH_LENGTH,
  MAX_QUARTERS, MAX_SAMPLES, MAX_SEED, MAX_TEXT, MIN_SAMPLES, MIN_SEED
} from '../../core/limits'
import { formatPath, validateScenario, type ValidationError } from '../../core/scenario'
import { PAPERS } from '../../core/paper'
import { article } from '../../core/validationMessages'
import type { Channel, FieldError } from '../../shared'

type Payload = { ok: true; args: unknown[] } | { ok: false; errors: FieldError[] }

/** Checks a channel's one argument and returns what is wrong with it. */
type ArgumentRule = (value: unknown) => FieldError[]

const id = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)
const revision = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)
const name = z.string().trim().min(1).max(MAX_TEXT)
const column = z.number().int().min(0).max(MAX_ACTUALS_IMPORT_COLUMNS - 1)
// Backups are named by their file name inside the backups folder: no separators, no "..".
const backupName = z.string().min(1).max(MAX_FILE_NAME_LENGTH).regex(/^[\w][\w.-]*$/, { error: 'must be the name of a listed backup' })

const scenarioDocument = (value: unknown): FieldError[] => {
  const result = validateScenario(value)
  return result.ok ? [] : result.errors
}
// Here only what holds for any scenario; the store checks the quarter against the scenario's own
// horizon when it saves (ScenarioStore.saveActual).
const quarterActual = (value: unknown): FieldError[] => {
  const result = validateQuarterActual(value, MAX_QUARTERS)
  return result.ok ? [] : result.errors
}

const boardPackRequest = z.strictObject({
  ids: z.array(id).min(1).max(MAX_COMPARED_SCENARIOS)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'lists a scenario more than once' }),
  seed: z.number().int().min(MIN_SEED).max(MAX_SEED).optional(),
  samples: z.number().int().min(MIN_SAMPLES).max(MAX_SAMPLES).optional()
})

// The handler checks that main wrote it; here only that it could be a path at all.
const exportedPath = z.string().min(1).max(MAX_PATH_LENGTH)

const RULES: { [C in Channel]: ArgumentRule | null } = {
  'app/info': null,
  'app/ready': null,
  'app/flushed': null,
  'scenario/list': null,
  'scenario/get': bare('id', id),
  'scenario/create': named('document', scenarioDocument),
  'scenario/save': object(z.strictObject({ id, document: z.unknown() }), { document: scenarioDocument }),
  'scenario/duplicate': object(z.strictObject({ id, name })),
  'scenario/delete': bare('id', id),
  'revision/list': bare('id', id),
  'revision/get': object(z.strictObject({ id, revision })),
  'revision/restore': object(z.strictObject({ id, revision })),
  'bin/list': null,
  'bin/restore': bare('id', id),
  'bin/empty': null,
  'actual/list': bare('id', id),
  'actual/save': object(z.strictObject({ id, actual: z.unknown() }), { actual: quarterActual }),
  'actualsImport/pick': null,
  'actualsImport/run': object(z.strictObject({
    id,
    mapping: z.strictObject({ quarter: column, amount: column, category: column.nullable(), line: column.nullable() })
  })),
  'backup/now': null,
  'backup/list': null,
  'backup/restore': bare('name', backupName),
  'file/import': null,
  'file/importDropped': object(z.strictObject({
    name: z.string().min(1).max(MAX_FILE_NAME_LENGTH),
    text: z.string().refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_IMPORT_BYTES, {
      error: `is larger than the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB import limit`
    })
  })),
  'file/importRecent': bare('path', z.string().min(1).max(MAX_PATH_LENGTH)),
  'file/recent': null,
  'file/exportScenario': bare('id', id),
  'file/exportAll': null,
  'file/saveChartImage': object(z.strictObject({
    suggestedName: z.string().min(1).max(MAX_FILE_NAME_LENGTH),
    pngBase64: z.string().min(1).max(MAX_IMAGE_BASE64_CHARS).regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'must be base64 PNG data' })
  })),
  'boardPack/export': object(boardPackRequest.extend({ paper: z.enum(PAPERS).optional() })),
  'boardPack/exportDeck': object(boardPackRequest),
  'export/open': bare('path', exportedPath),
  'export/showInFolder': bare('path', exportedPath)
}

export function validatePayload(channel: Channel, args: readonly unknown[]): Payload {
  const rule = RULES[channel]
  const expected = rule === null ? 0 : 1
  if (args.length > expected) {
    return { ok: false, errors: [{ path: '(root)', message: `${channel} takes ${expected === 0 ? 'no arguments' : 'one argument'}, received ${args.length}` }] }
  }
  if (rule === null) return { ok: true, args: [] }
  const errors = rule(args[0])
  return errors.length > 0 ? { ok: false, errors } : { ok: true, args: [args[0]] }
}

/** A bare value (an id, a name): messages name it by `label`. */
function bare(label: string, schema: z.ZodType): ArgumentRule {
  return (value) => zodErrors(schema, value, label)
}

function named(label: string, check: (value: unknown) => ValidationError[]): ArgumentRule {
  return (value) => check(value).map((e) => ({ path: e.path === '(root)' ? label : `${label}.${e.path}`, message: e.message }))
}

/** An object argument; `nested` fields are checked by the engine, their paths prefixed. */
function object(schema: z.ZodType, nested: Record<string, (value: unknown) => ValidationError[]> = {}): ArgumentRule {
  return (value) => {
    const errors = zodErrors(schema, value, '')
    if (errors.length > 0) return errors
    const fields = value as Record<string, unknown>
    return Object.entries(nested).flatMap(([field, check]) => named(field, check)(fields[field]))
  }
}

function zodErrors(schema: z.ZodType, value: unknown, label: string): FieldError[] {
  const parsed = schema.safeParse(value)
  if (parsed.success) return []
  return parsed.error.issues.flatMap((issue) => {
    const path = label === '' ? formatPath(issue.path) : formatPath([label, ...issue.path])
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: label === '' ? formatPath([...issue.path, key]) : `${path}.${key}`, message: 'unknown field' }))
    }
    return [{ path, message: describe(issue, value) }]
  })
}

function describe(issue: z.core.$ZodIssue, root: unknown): string {
  const received = issue.path.reduce<unknown>((current, key) =>
    current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined, root)
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) return 'is required'
      return issue.expected === 'int' ? `${show(received)} must be a whole number` : `expected ${article(issue.expected)}, received ${show(received)}`
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty'
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`
      return `${show(received)} must be at least ${issue.minimum}`
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`
      if (issue.origin === 'array') return `has more than ${issue.maximum} items`
      return `${show(received)} must be at most ${issue.maximum}`
    default:
      return issue.message
  }
}

function show(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'object') return 'an object'
  return String(value)
}
