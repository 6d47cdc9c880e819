// What the next phase needs (docs/model.md): for a quarter, the capabilities not yet in place
// that stand between the achieved maturity phase and the next one, prerequisites first, with the
// smallest set that reaches the next phase marked. Every phase up to the achieved one already
// scores at least 0.8, so the next phase is the one to bring to 0.8; a capability counts only
// with its prerequisites in place, so the set carries the missing prerequisites along.
import {
  CAPABILITIES, CAPABILITY_BY_ID, PHASE_IDS, phaseIndex, type Capability, type PhaseId
} from './catalog'
import { ACHIEVED_SCORE, CAPABILITIES_PER_PHASE } from './maturity'
import type { Projection } from './projection'

export interface NextPhaseCapability {
  id: string
  name: string
  phase: Capability['phase']
  /** Prerequisites not in place at the quarter, which come earlier in the list. */
  missingPrerequisites: string[]
  /** Part of the smallest set that reaches the next phase. */
  inSmallestSet: boolean
  /** When the plan puts it in place, if later than the quarter; null when the plan does not hold it. */
  plannedQuarter: number | null
}

export interface NextPhaseNeeds {
  quarter: number
  achieved: PhaseId
  /** The phase after the achieved one; null at World-Class. */
  next: PhaseId | null
  /** How many more of the next phase's capabilities reach its 80%. */
  needed: number
  /** Missing capabilities of the next phase and their missing prerequisites, prerequisites first. */
  capabilities: NextPhaseCapability[]
}

const CATALOG_ORDER = new Map(CAPABILITIES.map((c, i) => [c.id, i]))

/** The fewest of a phase's capabilities that score at least 0.8 (as the maturity rule compares). */
export function capabilitiesToAchieve(phase: Exclude<PhaseId, 'adhoc'>): number {
  const total = CAPABILITIES_PER_PHASE[phase]
  let count = 0
  while (count / total < ACHIEVED_SCORE) count++
  return count
}

export function nextPhaseNeeds(projection: Projection, quarter: number): NextPhaseNeeds {
  const row = projection.quarters[quarter]
  if (!row) throw new RangeError(`quarter ${quarter} is outside the ${projection.quarters.length}-quarter plan`)
  const achieved = row.maturityPhase
  const next = PHASE_IDS[phaseIndex(achieved) + 1] as Exclude<PhaseId, 'adhoc'> | undefined
  if (next === undefined) return { quarter, achieved, next: null, needed: 0, capabilities: [] }

  const planned = new Map(projection.capabilities.map((c) => [c.id, c.inPlace]))
  const inPlace = (id: string) => {
    const at = planned.get(id)
    return at !== undefined && at !== null && at <= quarter
  }
  const missingOfPhase = CAPABILITIES.filter((c) => c.phase === next && !inPlace(c.id)).map((c) => c.id)
  const needed = capabilitiesToAchieve(next) - (CAPABILITIES_PER_PHASE[next] - missingOfPhase.length)

  // Each capability with the missing prerequisites it brings along, transitively.
  const closures = new Map<string, Set<string>>()
  const closureOf = (id: string): Set<string> => {
    let closure = closures.get(id)
    if (closure) return closure
    closure = new Set([id])
    for (const prerequisite of CAPABILITY_BY_ID.get(id)?.prerequisites ?? []) {
      if (!inPlace(prerequisite)) for (const p of closureOf(prerequisite)) closure.add(p)
    }
    closures.set(id, closure)
    return closure
  }
  const listed = new Set<string>()
  for (const id of missingOfPhase) for (const p of closureOf(id)) listed.add(p)

  const smallest = smallestSet(missingOfPhase, Math.max(0, needed), closureOf)
  const order = prerequisitesFirst([...listed])
  return {
    quarter, achieved, next, needed: Math.max(0, needed),
    capabilities: order.map((id) => {
      const capability = CAPABILITY_BY_ID.get(id)!
      const at = planned.get(id)
      return {
        id, name: capability.name, phase: capability.phase,
        missingPrerequisites: capability.prerequisites.filter((p) => !inPlace(p)),
        inSmallestSet: smallest.has(id),
        plannedQuarter: at === undefined || at === null ? null : at
      }
    })
  }
}

/**
 * The smallest prerequisite-closed set holding `needed` of the phase's missing capabilities: every
 * way of leaving out all but `needed` of them is tried (a phase has at most a handful to leave
 * out), ties going to the set that comes first in catalog order.
 */
function smallestSet(missing: readonly string[], needed: number, closureOf: (id: string) => Set<string>): Set<string> {
  if (needed === 0) return new Set()
  let best: string[] | null = null
  const consider = (chosen: readonly string[]) => {
    const union = new Set<string>()
    for (const id of chosen) for (const p of closureOf(id)) union.add(p)
    const ids = [...union].sort(byCatalogOrder)
    if (best === null || ids.length < best.length || (ids.length === best.length && comesFirst(ids, best))) best = ids
  }
  const choose = (from: number, chosen: string[]) => {
    if (chosen.length === needed) return consider(chosen)
    for (let i = from; i <= missing.length - (needed - chosen.length); i++) choose(i + 1, [...chosen, missing[i]])
  }
  // Choosing exactly `needed` is enough: a set whose prerequisites bring in more of the phase is
  // also reached by choosing those.
  choose(0, [])
  return new Set(best ?? [])
}

function byCatalogOrder(a: string, b: string): number {
  return (CATALOG_ORDER.get(a) ?? 0) - (CATALOG_ORDER.get(b) ?? 0)
}

function comesFirst(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return byCatalogOrder(a[i], b[i]) < 0
  }
  return false
}

/** Catalog order, except that a capability always comes after its prerequisites. */
function prerequisitesFirst(ids: readonly string[]): string[] {
  const wanted = new Set(ids)
  const out: string[] = []
  const placed = new Set<string>()
  const place = (id: string) => {
    if (placed.has(id)) return
    placed.add(id)
    for (const p of CAPABILITY_BY_ID.get(id)?.prerequisites ?? []) if (wanted.has(p)) place(p)
    out.push(id)
  }
  for (const id of [...ids].sort(byCatalogOrder)) place(id)
  return out
}
