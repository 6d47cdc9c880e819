// What the story modules read from a scenario: the engine's results plus the few things the
// model derives first. The model's ScenarioReport extends this, so the stories never import it.
import type { FiscalYearResult, Pitfall, RiskTimeline, ScenarioWithResults } from '../../core'
import type { DeadlineStatus } from './deadlines'

export interface ReportBasis extends ScenarioWithResults {
  currency: string
  pitfalls: Pitfall[]
  risks: RiskTimeline[]
  /** The engine's per-fiscal-year totals (the projection's own). */
  fiscalYears: FiscalYearResult[]
  /** Each deadline met or missed in the plan, with its simulated chance of being met. */
  deadlines: DeadlineStatus[]
}
