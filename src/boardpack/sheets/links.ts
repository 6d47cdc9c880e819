// The cells one sheet's formulas read on another, as each writer hands them on. Kept apart from
// the writers so that no sheet imports another just for a type: the Quarterly Plan reads Hiring,
// Tools and Assumptions, while Hiring and Tools read the plan's columns.
import type { PhaseId } from '../../core'

/** The Assumptions inputs other sheets' formulas read. */
export type LinkedInput = 'fixedPercent' | `budgetPercent:${PhaseId}` | 'minimumAnnual' | 'salaryGrowth'

export interface AssumptionLinks {
  /** `Assumptions!$C$21`: the cell of a linked input. */
  cell(input: LinkedInput): string
  /** The label and value cells of the budget % of each phase, for a lookup by phase name; null
   * when the budget is a fixed % of revenue. */
  budgetByPhase: string | null
}

/** The plan's columns other sheets' formulas read, known before the plan is written. */
export interface PlanReferences {
  /** `'Quarterly Plan'!$A$5:$A$24`: the quarter labels. */
  quarters: string
  /** The plan year of each quarter (1 for the first four), which sets its salary growth. */
  planYears: string
  headcounts: string
  /** The headcount of the last quarter. */
  lastHeadcount: string
}

/** The Hiring cells the Quarterly Plan's formulas read, as absolute ranges over the hires. */
export interface HiringLinks {
  counts: string
  starts: string
  leaves: string
  /** Count × annual cost per person, at starting pay. */
  annualCosts: string
}

/** The Tools cells the Quarterly Plan's formulas read, as absolute ranges over the tool lines. */
export interface ToolLinks {
  starts: string
  pointValues: string
  perEmployee: string
}
