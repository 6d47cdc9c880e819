// When the organisation enters each phase (by headcount) and when security maturity reaches it:
// in the plan, and as the simulation spreads it (the P50 and P90 quarters, and the chance of
// reaching it within the plan at all).
import { PHASE_IDS, type PhaseDateUncertainty, type PhaseId } from '../../core'
import type { ReportBasis } from './basis'

export interface PhaseDate {
  phase: PhaseId
  /** First quarter the headcount puts the organisation in this phase, or null. */
  orgReaches: string | null
  /** First quarter security maturity reaches it in the plan, or null. */
  maturityReaches: string | null
  /** The simulated quarters by which maturity reaches it. */
  range: PhaseDateUncertainty | null
}

export function phaseDatesOf(report: Pick<ReportBasis, 'kpis' | 'simulation'>): PhaseDate[] {
  return PHASE_IDS.slice(1).map((phase) => ({
    phase,
    orgReaches: report.kpis.orgPhaseReached[phase],
    maturityReaches: report.kpis.maturityPhaseReached[phase],
    range: report.simulation.phases.find((r) => r.phase === phase) ?? null
  }))
}
