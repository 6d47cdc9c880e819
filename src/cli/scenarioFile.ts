import { formatValidationError, parseScenarioJson, type ScenarioDoc } from '../core/scenario'
import { readTextFile, UserError } from './io'

/** Reads and validates a scenario file; every problem is reported as `FILE: path: reason`. */
export function loadScenarioFile(path: string): ScenarioDoc {
  const result = parseScenarioJson(readTextFile(path))
  if (!result.ok) {
    throw new UserError(result.errors.map((e) => `${path}: ${formatValidationError(e)}`).join('\n'))
  }
  return result.scenario
}

/** Loads several files, reporting every file's problems at once so one run shows all to fix. */
export function loadScenarioFiles(paths: readonly string[]): ScenarioDoc[] {
  const docs: ScenarioDoc[] = []
  const problems: string[] = []
  for (const path of paths) {
    try {
      docs.push(loadScenarioFile(path))
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      problems.push(error.message)
    }
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'))
  return docs
}
