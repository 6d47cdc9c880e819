// Each deadline of the plan with its status: met or missed in the plan (and what it misses), and
// the chance the simulation gives it of being met, as the Summary, Maturity, the decisions and the
// deck all show it.
import { CAPABILITY_BY_ID, type DeadlineResult, type ScenarioWithResults } from '../../core'

export interface DeadlineStatus extends DeadlineResult {
  /** Share of simulated outcomes in which it is met. */
  metProbability: number
}

export function deadlineStatusesOf(report: Pick<ScenarioWithResults, 'projection' | 'simulation'>): DeadlineStatus[] {
  return report.projection.deadlines.map((deadline, i) => ({
    ...deadline,
    // The simulation evaluates the same deadlines in the same order; without it the plan decides.
    metProbability: report.simulation.deadlines[i]?.metProbability ?? (deadline.met ? 1 : 0)
  }))
}

/** "met" or "missed: SIEM, EDR not in place". */
export function planStatusText(deadline: Pick<DeadlineResult, 'met' | 'missing'>): string {
  return deadline.met ? 'met' : `missed: ${capabilityNames(deadline.missing)} not in place`
}

/** "SIEM, SOC 2 / ISO 27001 certification": catalog names of capability ids. */
export function capabilityNames(ids: readonly string[]): string {
  return ids.map((id) => CAPABILITY_BY_ID.get(id)?.name ?? id).join(', ')
}
