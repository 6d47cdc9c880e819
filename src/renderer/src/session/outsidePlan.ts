// Lines stranded after the plan's end (the plan was shortened, or a file says so), explained with
// the plan's own quarter labels. The engine's message counts quarters from zero, as the scenario
// file does ("12 is outside the 12-quarter horizon", which the CLI keeps); the window names the
// quarter the user would see instead: "2030-Q1 is after the plan's last quarter, 2029-Q4".
import { MAX_QUARTERS } from '../../../core/limits'
import { isPlannableQuarter, quarterLabel } from '../../../core/quarters'
import type { ScenarioDoc, ValidationError } from '../../../core/scenario'
import { parsePath } from './paths'

const QUARTER_FIELD = /\.(quarter|endQuarter)$/

export function explainOutsidePlan(doc: ScenarioDoc, errors: readonly ValidationError[]): ValidationError[] {
  const horizon = doc.quarters
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_QUARTERS || !isPlannableQuarter(doc.start)) return [...errors]
  const label = (q: number) => {
    try {
      return quarterLabel(doc.start, q)
    } catch {
      return null
    }
  }
  const last = label(horizon - 1)
  return errors.map((error) => {
    const field = QUARTER_FIELD.exec(error.path)?.[1]
    if (!field) return error
    const value = valueAt(doc, error.path)
    // An end quarter is exclusive: ending right after the plan is allowed, later is not.
    const outside = typeof value === 'number' && Number.isInteger(value) && (field === 'endQuarter' ? value > horizon : value >= horizon)
    const shown = outside ? label(value) : null
    if (shown === null || !isPlannableQuarter(shown) || last === null) return error
    return { path: error.path, message: `${shown} is after the plan's last quarter, ${last}: choose a quarter in the plan, or lengthen the plan` }
  })
}

function valueAt(root: unknown, path: string): unknown {
  let node = root
  for (const key of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[key]
  }
  return node
}
