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
