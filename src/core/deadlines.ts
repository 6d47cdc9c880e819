// Deadlines (docs/model.md): a deadline is met when every capability it lists is in place at its
// quarter. A missed one is a warning, critical when the deadline is hard, naming what is missing.
import { quarterLabel } from './quarters'
import type { ScenarioDoc } from './scenario'

export interface DeadlineResult {
  name: string
  /** Plan quarter (0-based) and its label. */
  quarter: number
  label: string
  hard: boolean
  met: boolean
  /** Capability ids not in place by the deadline's quarter, in the deadline's order. */
  missing: string[]
}

/** `inPlace` gives each planned capability's in-place quarter (null: never within the plan). */
export function evaluateDeadlines(doc: ScenarioDoc, inPlace: ReadonlyMap<string, number | null>): DeadlineResult[] {
  return (doc.deadlines ?? []).map((d) => {
    const missing = d.capabilities.filter((id) => {
      const quarter = inPlace.get(id)
      return quarter === undefined || quarter === null || quarter > d.quarter
    })
    return {
      name: d.name, quarter: d.quarter, label: quarterLabel(doc.start, d.quarter),
      hard: d.hard ?? false, met: missing.length === 0, missing
    }
  })
}
