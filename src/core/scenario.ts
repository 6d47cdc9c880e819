// The scenario document, format versions 1 and 2 (docs/model.md), and its validation. Validation
// returns messages that name the JSON path and the reason; a valid document is returned as the
// user wrote it (defaults are applied when computing, never written into the document), except
// that a version 1 document comes back as version 2: every version 2 field is optional and its
// default is the version 1 behaviour, so migrating is renaming the version.
import { parseJsonText } from './jsonText'
import { crossFieldErrors, versionOneErrors } from './scenarioRules'
import { SCENARIO_VERSION, scenarioShape, type ScenarioDoc, type ScenarioShape } from './scenarioSchema'
import {
  describeValue, describeZodIssues, formatPath, formatValidationError, type ValidationError
} from './validationMessages'

export * from './scenarioSchema'

export { formatPath, formatValidationError, type ValidationError }

export type ValidationResult =
  | { ok: true; scenario: ScenarioDoc }
  | { ok: false; errors: ValidationError[] }

/** Validates a parsed JSON value as a scenario document of any version this Rampart reads. */
export function validateScenario(input: unknown): ValidationResult {
  const versionError = checkVersion(input)
  if (versionError) return { ok: false, errors: [versionError] }
  const parsed = scenarioShape.safeParse(input)
  if (!parsed.success) {
    return { ok: false, errors: describeZodIssues(parsed.error.issues, input) }
  }
  const errors = parsed.data.version === 1 ? versionOneErrors(parsed.data) : []
  if (errors.length > 0) return { ok: false, errors }
  const doc = migrateScenario(parsed.data)
  const ruleErrors = crossFieldErrors(doc)
  if (ruleErrors.length > 0) return { ok: false, errors: ruleErrors }
  // Return the user's own document (their key order, no defaults filled in), migrated.
  return { ok: true, scenario: migrateScenario(structuredClone(input) as ScenarioShape) }
}

/**
 * A document of an earlier version, already valid for its version, as the current version. Version
 * 1 reads as version 2 unchanged: each version 2 field's default is what version 1 did.
 */
export function migrateScenario(doc: Omit<ScenarioDoc, 'version'> & { version: number }): ScenarioDoc {
  return doc.version === SCENARIO_VERSION ? doc as ScenarioDoc : { ...doc, version: SCENARIO_VERSION }
}

/** Parses JSON text and validates it; syntax errors are reported like any other. */
export function parseScenarioJson(json: string): ValidationResult {
  const parsed = parseJsonText(json)
  return parsed.ok ? validateScenario(parsed.value) : { ok: false, errors: [parsed.error] }
}

/** A scenario file's text, as every export and the demo write it: indented, ending in a newline. */
export function serializeScenario(document: ScenarioDoc): string {
  return JSON.stringify(document, null, 2) + '\n'
}

function checkVersion(input: unknown): ValidationError | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { path: '(root)', message: `must be a JSON object, received ${describeValue(input)}` }
  }
  const version = (input as Record<string, unknown>).version
  if (typeof version === 'number' && Number.isInteger(version) && version > SCENARIO_VERSION) {
    return { path: 'version', message:
      `${version} is newer than this version of Rampart understands (${SCENARIO_VERSION}); update Rampart to open it` }
  }
  return null
}

export * from './scenarioDefaults'
