// When the organisation enters each phase (by headcount) and when security maturity reaches it,
// with the simulated range of the maturity date where the simulation gives one.
import { PHASE_IDS, type PhaseId } from '../../core'
import type { ScenarioReport } from '../model'

/** The simulated quarter by which security maturity reaches a phase: P50 and P90 quarter labels
 * (null when fewer than that share of samples reach it) and the probability of reaching it. */
export interface PhaseDateRange {
  phase: PhaseId
  p50: string | null
  p90: string | null
  reachedProbability: number
}

export interface PhaseDate {
  phase: PhaseId
  /** First quarter the headcount puts the organisation in this phase, or null. */
  orgReaches: string | null
  /** First quarter security maturity reaches it in the plan, or null. */
  maturityReaches: string | null
  /** Null until the simulation dates phases. */
  range: PhaseDateRange | null
}

export function phaseDatesOf(report: Pick<ScenarioReport, 'kpis' | 'phaseRanges'>): PhaseDate[] {
  return PHASE_IDS.slice(1).map((phase) => ({
    phase,
    orgReaches: report.kpis.orgPhaseReached[phase],
    maturityReaches: report.kpis.maturityPhaseReached[phase],
    range: report.phaseRanges?.find((r) => r.phase === phase) ?? null
  }))
}
