// The two file formats the database reads and writes: a single scenario document (docs/model.md), and
// "export all", one file holding every scenario with its quarterly actuals:
//   { "format": "rampart-export", "version": 1, "scenarios": [{ "document": {...}, "actuals": [...] }] }
// Parsing validates everything and either returns every scenario or throws; it never half-succeeds.
// Actuals are accepted at any quarter of the longest plan, not only within their scenario's
// horizon: a plan shortened after actuals were recorded keeps them (see src/core/actuals.ts), and
// "export all" must import back exactly what the database holds.
import { validateQuarterActual, type QuarterActual } from '../core/actuals'
import { validateScenario, type ScenarioDoc, type ValidationError } from '../core/scenario'
import { MAX_IMPORT_BYTES, MAX_QUARTERS, MAX_SCENARIOS_PER_FILE } from '../core/limits'
import { InputError } from '../core/inputError'
import { parseJsonText } from '../core/jsonText'
import { withPathPrefix } from './errors'

const EXPORT_FORMAT = 'rampart-export'
const EXPORT_VERSION = 1
/** Beyond this many problems the rest are summarised: the first ones are what the user fixes. */
const MAX_REPORTED_ERRORS = 50

export interface ScenarioBundle {
  document: ScenarioDoc
  actuals: QuarterActual[]
}

/** Parses a scenario file or an "export all" file; throws InputError naming every problem. */
export function parseImport(text: string): ScenarioBundle[] {
  if (typeof text !== 'string') throw InputError.at('(root)', 'expected the text of a JSON file')
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_IMPORT_BYTES) {
    throw InputError.at('(root)', `${bytes} bytes is more than the ${MAX_IMPORT_BYTES}-byte import limit`)
  }
  const parsed = parseJsonText(text)
  if (!parsed.ok) throw new InputError([parsed.error])
  const value = parsed.value
  const errors: ValidationError[] = []
  const bundles = isExportAll(value) ? parseExportAll(value, errors) : [parseSingle(value, errors)]
  if (errors.length > 0) throw new InputError(summarised(errors))
  return bundles as ScenarioBundle[]
}

/**
 * Validates scenarios with their actuals as they appear in an "export all" file (paths start with
 * `scenarios[i]`); throws InputError naming every problem.
 */
export function validateBundles(bundles: readonly unknown[]): ScenarioBundle[] {
  if (!Array.isArray(bundles)) throw InputError.at('scenarios', 'expected an array')
  const errors: ValidationError[] = []
  const valid = bundles.map((entry, i) => parseEntry(entry, `scenarios[${i}]`, errors))
  if (errors.length > 0) throw new InputError(summarised(errors))
  return valid as ScenarioBundle[]
}

export function serializeExportAll(bundles: readonly ScenarioBundle[]): string {
  const file = { format: EXPORT_FORMAT, version: EXPORT_VERSION, scenarios: bundles }
  return JSON.stringify(file, null, 2) + '\n'
}

/** The bytes of an "Export all" file holding only `bundle`: its share of any export, envelope included. */
export function exportEntryBytes(bundle: ScenarioBundle): number {
  return Buffer.byteLength(serializeExportAll([bundle]), 'utf8')
}

function isExportAll(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && value.format === EXPORT_FORMAT
}

function parseSingle(value: unknown, errors: ValidationError[]): ScenarioBundle | null {
  const result = validateScenario(value)
  if (!result.ok) {
    errors.push(...result.errors)
    return null
  }
  return { document: result.scenario, actuals: [] }
}

function parseExportAll(file: Record<string, unknown>, errors: ValidationError[]): (ScenarioBundle | null)[] {
  for (const key of Object.keys(file)) {
    if (!['format', 'version', 'scenarios'].includes(key)) errors.push({ path: key, message: 'unknown field' })
  }
  if (file.version !== EXPORT_VERSION) {
    const newer = typeof file.version === 'number' && file.version > EXPORT_VERSION
    errors.push({ path: 'version', message: newer
      ? `${file.version} is newer than this version of Rampart understands (${EXPORT_VERSION}); update Rampart to import it`
      : `must be ${EXPORT_VERSION}` })
  }
  const scenarios = file.scenarios
  if (!Array.isArray(scenarios)) {
    errors.push({ path: 'scenarios', message: scenarios === undefined ? 'is required' : 'expected an array' })
    return []
  }
  if (scenarios.length > MAX_SCENARIOS_PER_FILE) {
    errors.push({ path: 'scenarios', message: `has more than ${MAX_SCENARIOS_PER_FILE} items` })
    return []
  }
  return scenarios.map((entry, i) => parseEntry(entry, `scenarios[${i}]`, errors))
}

function parseEntry(entry: unknown, path: string, errors: ValidationError[]): ScenarioBundle | null {
  if (!isPlainObject(entry)) {
    errors.push({ path, message: 'expected an object with "document" and "actuals"' })
    return null
  }
  for (const key of Object.keys(entry)) {
    if (key !== 'document' && key !== 'actuals') errors.push({ path: `${path}.${key}`, message: 'unknown field' })
  }
  if (entry.document === undefined) {
    errors.push({ path: `${path}.document`, message: 'is required' })
    return null
  }
  const scenario = validateScenario(entry.document)
  if (!scenario.ok) {
    errors.push(...withPathPrefix(`${path}.document`, scenario.errors))
    return null
  }
  const actuals = parseActuals(entry.actuals, `${path}.actuals`, errors)
  return actuals && { document: scenario.scenario, actuals }
}

function parseActuals(value: unknown, path: string, errors: ValidationError[]): QuarterActual[] | null {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    errors.push({ path, message: 'expected an array' })
    return null
  }
  const actuals: QuarterActual[] = []
  const seen = new Map<number, number>()
  value.forEach((item, j) => {
    const result = validateQuarterActual(item, MAX_QUARTERS)
    if (!result.ok) {
      errors.push(...withPathPrefix(`${path}[${j}]`, result.errors))
      return
    }
    const first = seen.get(result.actual.quarter)
    if (first !== undefined) {
      errors.push({ path: `${path}[${j}].quarter`, message: `quarter ${result.actual.quarter} already has actuals at ${path}[${first}]` })
      return
    }
    seen.set(result.actual.quarter, j)
    actuals.push(result.actual)
  })
  return actuals.length === value.length ? actuals : null
}

function summarised(errors: ValidationError[]): ValidationError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { path: '(root)', message: `and ${errors.length - MAX_REPORTED_ERRORS} more problems` }
  ]
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
