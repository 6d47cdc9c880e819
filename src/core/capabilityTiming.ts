// When each planned capability is really in place (docs/model.md): its own quarter, or later when
// it `needs` a tool, service or role whose first line starts later. Needs are never inferred; a
// line ending, or a seat left empty, does not take a capability away once it is in place.
import type { PlannedCapability, ScenarioDoc } from './scenario'

/** Earliest start of each need a plan can name, keyed `tool:ID` and `role:ID` (`existing` lines included). */
export function earliestLineStarts(doc: ScenarioDoc): Map<string, number> {
  const starts = new Map<string, number>()
  const note = (key: string, quarter: number) => starts.set(key, Math.min(quarter, starts.get(key) ?? Infinity))
  for (const line of doc.tools ?? []) note(`tool:${line.tool}`, line.quarter)
  for (const hire of doc.hires ?? []) note(`role:${hire.role}`, hire.quarter)
  return starts
}

/**
 * The quarter a capability is in place: the latest of its own quarter and the start of each need,
 * or null when that is beyond the horizon (never in place within the plan). `startOf` gives a
 * need's earliest start (undefined: no line, which validation refuses in a saved plan).
 */
export function inPlaceQuarter(
  capability: PlannedCapability, startOf: (need: string) => number | undefined, horizon: number
): number | null {
  let quarter = capability.quarter
  for (const need of capability.needs ?? []) quarter = Math.max(quarter, startOf(need) ?? Infinity)
  return quarter < horizon ? quarter : null
}

export interface CapabilityTiming {
  id: string
  /** The quarter the plan names. */
  planned: number
  /** When its needs let it be in place: the planned quarter or later; null when beyond the horizon. */
  inPlace: number | null
}

/** Each of the plan's capabilities with its planned and in-place quarters, in the plan's order. */
export function capabilityTimings(doc: ScenarioDoc): CapabilityTiming[] {
  const starts = earliestLineStarts(doc)
  const startOf = (need: string) => starts.get(need)
  return (doc.capabilities ?? []).map((c) => ({ id: c.id, planned: c.quarter, inPlace: inPlaceQuarter(c, startOf, doc.quarters) }))
}

/**
 * The capabilities at the quarter each is really in place, for the maturity and pitfall rules. One
 * never in place within the plan gets the horizon as its quarter, which every per-quarter count
 * leaves out.
 */
export function effectiveCapabilities(timings: readonly CapabilityTiming[], horizon: number): PlannedCapability[] {
  return timings.map((c) => ({ id: c.id, quarter: c.inPlace ?? horizon }))
}
