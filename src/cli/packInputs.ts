// What `export`, `deck` and `db import` read: scenario files and "export all" bundles from
// `db export all`, which carry each scenario's quarterly actuals. Every file is read and checked
// before anything is built or written, and every problem of every file is reported at once as
// `FILE: path: reason`.
import type { QuarterActual, ScenarioDoc } from '../core'
import { InputError } from '../core/inputError'
import type { ValidationError } from '../core/scenario'
import { parseImport, type ScenarioBundle } from '../store/importExport'
import { checkScenarioCount } from './args'
import { readTextFile } from './io'
import { inFile } from './scenarioFile'

export interface PackInputs {
  docs: ScenarioDoc[]
  /** The recorded actuals of each scenario, in the order of `docs`. */
  actuals: QuarterActual[][]
}

/**
 * The scenarios a board pack or deck (`what`) is made of: at most the comparison's limit of files,
 * and of scenarios, since a bundle holds several.
 */
export function loadPackInputs(paths: readonly string[], what: string): PackInputs {
  checkScenarioCount(paths, what)
  const bundles = loadBundles(paths)
  checkScenarioCount(bundles.map((b) => b.document.name), what)
  return { docs: bundles.map((b) => b.document), actuals: bundles.map((b) => b.actuals) }
}

/** Every scenario, with its actuals, in the files `paths`, in order; nothing when any file has a problem. */
export function loadBundles(paths: readonly string[]): ScenarioBundle[] {
  const bundles: ScenarioBundle[] = []
  const problems: ValidationError[] = []
  for (const path of paths) {
    let text: string
    try {
      text = readTextFile(path)
    } catch (error) {
      // A file that cannot be read (missing, a FIFO, UTF-16) is named by its own message.
      if (!(error instanceof InputError)) throw error
      problems.push(...error.errors)
      continue
    }
    try {
      bundles.push(...parseImport(text))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(...inFile(path, error.errors))
    }
  }
  if (problems.length > 0) throw new InputError(problems)
  return bundles
}
