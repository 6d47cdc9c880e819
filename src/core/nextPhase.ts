// What the next phase needs (docs/model.md): for one quarter, the capabilities not yet in place
// that stand between the achieved phase and the next, prerequisites first, with the smallest set
// that brings the next phase to the achieved score marked.
import { CAPABILITIES, CAPABILITY_BY_ID, PHASE_IDS, phaseIndex, type Capability, type PhaseId } from './catalog'
import { ACHIEVED_SCORE, CAPABILITIES_PER_PHASE } from './maturity'
import type { Projection } from './projection'

export interface NextPhaseItem {
  id: string
  name: string
  phase: Capability['phase']
  /** Its prerequisites not yet in place (each is also an item, listed before it). */
  missingPrerequisites: string[]
  /** Part of the smallest set that reaches the next phase. */
  inSmallestSet: boolean
}

export interface NextPhaseNeeds {
  achieved: PhaseId
  /** The phase after the achieved one, or null at the last phase. */
  next: PhaseId | null
  /** How many more of the next phase's capabilities it needs to reach the achieved score. */
  shortfall: number
  items: NextPhaseItem[]
}

const CATALOG_ORDER = new Map(CAPABILITIES.map((c, i) => [c.id, i]))

/** Missing prerequisites of a capability, transitively, prerequisites first. */
function missingClosure(id: string, inPlace: ReadonlySet<string>, into: Set<string>): void {
  if (inPlace.has(id) || into.has(id)) return
  for (const prerequisite of CAPABILITY_BY_ID.get(id)?.prerequisites ?? []) missingClosure(prerequisite, inPlace, into)
  into.add(id)
}

/** How many of a phase's capabilities are in place. */
function countIn(phase: PhaseId, ids: Iterable<string>): number {
  let count = 0
  for (const id of ids) if (CAPABILITY_BY_ID.get(id)?.phase === phase) count++
  return count
}

/** What the next phase needs, given the achieved phase and the capabilities in place. */
export function nextPhaseNeeds(achieved: PhaseId, inPlace: ReadonlySet<string>): NextPhaseNeeds {
  const nextIndex = phaseIndex(achieved) + 1
  if (nextIndex >= PHASE_IDS.length) return { achieved, next: null, shortfall: 0, items: [] }
  const next = PHASE_IDS[nextIndex]
  const total = CAPABILITIES_PER_PHASE[next]
  const have = countIn(next, inPlace)
  let shortfall = 0
  while ((have + shortfall) / total < ACHIEVED_SCORE) shortfall++

  const missing = CAPABILITIES.filter((c) => c.phase === next && !inPlace.has(c.id))
  // The listed items: the next phase's missing capabilities with their missing prerequisites, in
  // an order where each prerequisite comes first and catalog order breaks ties.
  const listed = new Set<string>()
  for (const c of missing) missingClosure(c.id, inPlace, listed)
  const ordered = [...listed].sort((a, b) => CATALOG_ORDER.get(a)! - CATALOG_ORDER.get(b)!)
  const items: string[] = []
  const placed = new Set<string>()
  while (items.length < ordered.length) {
    const ready = ordered.find((id) => !placed.has(id) &&
      (CAPABILITY_BY_ID.get(id)?.prerequisites ?? []).every((p) => inPlace.has(p) || placed.has(p)))!
    items.push(ready)
    placed.add(ready)
  }

  // The smallest set: repeatedly take the missing capability of the next phase whose own missing
  // prerequisites add the fewest capabilities (catalog order on ties), with those prerequisites,
  // until the phase reaches the score. With the catalog's shallow prerequisites this is exact.
  const chosen = new Set<string>()
  while (countIn(next, chosen) < shortfall) {
    let best: Set<string> | null = null
    for (const c of missing) {
      if (chosen.has(c.id)) continue
      const closure = new Set<string>()
      missingClosure(c.id, new Set([...inPlace, ...chosen]), closure)
      if (best === null || closure.size < best.size) best = closure
    }
    if (best === null) break
    for (const id of best) chosen.add(id)
  }

  return {
    achieved, next, shortfall,
    items: items.map((id) => {
      const capability = CAPABILITY_BY_ID.get(id)!
      return {
        id, name: capability.name, phase: capability.phase,
        missingPrerequisites: capability.prerequisites.filter((p) => !inPlace.has(p)),
        inSmallestSet: chosen.has(id)
      }
    })
  }
}

/** What the next phase needs in one quarter of a projection (its capabilities in place then). */
export function nextPhaseNeedsAt(projection: Projection, quarter: number): NextPhaseNeeds {
  const inPlace = new Set(projection.capabilities
    .filter((c) => c.inPlace !== null && c.inPlace <= quarter && CAPABILITY_BY_ID.has(c.id)).map((c) => c.id))
  return nextPhaseNeeds(projection.quarters[quarter].maturityPhase, inPlace)
}
