// What `export` and `deck` read: scenario files and "export all" bundles from `db export all`,
// which carry each scenario's quarterly actuals. Every file is read and checked before anything
// is built, and every problem of every file is reported at once as `FILE: path: reason`.
import type { QuarterActual, ScenarioDoc } from '../core'
import { formatValidationError } from '../core/scenario'
import { DbInputError } from '../store/errors'
import { parseImport } from '../store/importExport'
import { readTextFile, UserError } from './io'

export interface PackInputs {
  docs: ScenarioDoc[]
  /** The recorded actuals of each scenario, in the order of `docs`. */
  actuals: QuarterActual[][]
}

export function loadPackInputs(paths: readonly string[]): PackInputs {
  const inputs: PackInputs = { docs: [], actuals: [] }
  const problems: string[] = []
  for (const path of paths) {
    try {
      for (const bundle of parseImport(readTextFile(path))) {
        inputs.docs.push(bundle.document)
        inputs.actuals.push(bundle.actuals)
      }
    } catch (error) {
      if (error instanceof UserError) problems.push(error.message)
      else if (error instanceof DbInputError) problems.push(...error.errors.map((e) => `${path}: ${formatValidationError(e)}`))
      else throw error
    }
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'))
  return inputs
}
