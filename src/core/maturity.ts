// Maturity scoring (docs/model.md): a phase's score is the share of its catalog capabilities in place;
// the achieved phase is the highest phase p such that every phase from Foundation to p scores at
// least 0.8.
import { CAPABILITIES, CAPABILITY_BY_ID, PHASE_IDS, type Capability, type PhaseId } from './catalog'
import type { PlannedCapability } from './scenario'

export const ACHIEVED_SCORE = 0.8

export const CAPABILITIES_PER_PHASE: Readonly<Record<PhaseId, number>> = Object.fromEntries(
  PHASE_IDS.map((id) => [id, CAPABILITIES.filter((c) => c.phase === id).length])
) as Record<PhaseId, number>

/**
 * For each quarter, how many planned catalog capabilities are in place in each group (a phase, a
 * domain): a capability counts from its quarter on.
 */
export function cumulativeCounts<K extends string>(
  planned: readonly PlannedCapability[], quarters: number, groups: readonly K[],
  groupOf: (capability: Capability) => K
): Record<K, number>[] {
  // Counted in one flat array, quarter by group, and turned into records once: the projection
  // runs this on every edit.
  const width = groups.length
  const added = new Float64Array(quarters * width)
  for (const { id, quarter } of planned) {
    const capability = CAPABILITY_BY_ID.get(id)
    if (capability && quarter < quarters) added[quarter * width + groups.indexOf(groupOf(capability))] += 1
  }
  const running = new Float64Array(width)
  const counts: Record<K, number>[] = new Array(quarters)
  for (let q = 0; q < quarters; q++) {
    const record = {} as Record<K, number>
    for (let g = 0; g < width; g++) {
      running[g] += added[q * width + g]
      record[groups[g]] = running[g]
    }
    counts[q] = record
  }
  return counts
}

/** For each quarter, how many capabilities of each phase are in place. */
export function capabilitiesInPlace(
  planned: readonly PlannedCapability[], quarters: number
): Record<PhaseId, number>[] {
  return cumulativeCounts(planned, quarters, PHASE_IDS, (c) => c.phase)
}

export function phaseScores(inPlace: Record<PhaseId, number>): Record<PhaseId, number> {
  const scores = {} as Record<PhaseId, number>
  for (const id of PHASE_IDS) {
    // Ad Hoc has no capabilities to put in place: every organisation has reached it.
    scores[id] = CAPABILITIES_PER_PHASE[id] === 0 ? 1 : inPlace[id] / CAPABILITIES_PER_PHASE[id]
  }
  return scores
}

export function achievedPhase(scores: Record<PhaseId, number>): PhaseId {
  let achieved: PhaseId = 'adhoc'
  for (const id of PHASE_IDS.slice(1)) {
    if (scores[id] < ACHIEVED_SCORE) break
    achieved = id
  }
  return achieved
}

export interface PrerequisiteIssue {
  /** Index in the scenario's capabilities array. */
  index: number
  capability: string
  quarter: number
  prerequisite: string
  /** When the prerequisite is planned, or null when it is not planned at all. */
  prerequisiteQuarter: number | null
}

/** Capabilities planned before one of their prerequisites is in place. */
export function prerequisiteIssues(planned: readonly PlannedCapability[]): PrerequisiteIssue[] {
  const when = new Map(planned.map((c) => [c.id, c.quarter]))
  const issues: PrerequisiteIssue[] = []
  planned.forEach((c, index) => {
    for (const prerequisite of CAPABILITY_BY_ID.get(c.id)?.prerequisites ?? []) {
      const prerequisiteQuarter = when.get(prerequisite) ?? null
      if (prerequisiteQuarter === null || prerequisiteQuarter > c.quarter) {
        issues.push({ index, capability: c.id, quarter: c.quarter, prerequisite, prerequisiteQuarter })
      }
    }
  })
  return issues
}
