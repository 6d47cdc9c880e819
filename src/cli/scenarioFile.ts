import { InputError } from '../core/inputError'
import { parseScenarioJson, type ScenarioDoc, type ValidationError } from '../core/scenario'
import { readTextFile } from './io'

/** Reads and validates a scenario file; every problem is reported as `FILE: path: reason`. */
export function loadScenarioFile(path: string): ScenarioDoc {
  const result = parseScenarioJson(readTextFile(path))
  if (!result.ok) {
    throw new InputError(inFile(path, result.errors))
  }
  return result.scenario
}

/** Loads several files, reporting every file's problems at once so one run shows all to fix. */
export function loadScenarioFiles(paths: readonly string[]): ScenarioDoc[] {
  const docs: ScenarioDoc[] = []
  const problems: ValidationError[] = []
  for (const path of paths) {
    try {
      docs.push(loadScenarioFile(path))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(...error.errors)
    }
  }
  if (problems.length > 0) throw new InputError(problems)
  return docs
}

/** Problems found inside `file`, each named `FILE: path`. */
export function inFile(file: string, errors: readonly ValidationError[]): ValidationError[] {
  return errors.map((e) => ({ path: `${file}: ${e.path}`, message: e.message }))
}
