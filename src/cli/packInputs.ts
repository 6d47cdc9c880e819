// What `export` and `deck` read: scenario files and "export all" bundles from `db export all`,
// which carry each scenario's quarterly actuals. Every file is read and checked before anything
// is built, and every problem of every file is reported at once as `FILE: path: reason`.
import type { QuarterActual, ScenarioDoc } from '../core'
import { InputError } from '../core/inputError'
import type { ValidationError } from '../core/scenario'
import { parseImport } from '../store/importExport'
import { readTextFile } from './io'
import { inFile } from './scenarioFile'

export interface PackInputs {
  docs: ScenarioDoc[]
  /** The recorded actuals of each scenario, in the order of `docs`. */
  actuals: QuarterActual[][]
}

export function loadPackInputs(paths: readonly string[]): PackInputs {
  const inputs: PackInputs = { docs: [], actuals: [] }
  const problems: ValidationError[] = []
  for (const path of paths) {
    let text: string
    try {
      text = readTextFile(path)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(...error.errors)
      continue
    }
    try {
      for (const bundle of parseImport(text)) {
        inputs.docs.push(bundle.document)
        inputs.actuals.push(bundle.actuals)
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(...inFile(path, error.errors))
    }
  }
  if (problems.length > 0) throw new InputError(problems)
  return inputs
}
