// The security budget of a quarter (docs/model.md), in each of the four modes:
// - byPhase: the org phase's percent of the quarter's revenue;
// - fixed: one percent of revenue throughout;
// - glide: a percent interpolated on headcount between the phase thresholds, so crossing a
//   threshold does not make the budget jump;
// - amounts: the board-approved amount of the quarter's fiscal year, a quarter of it each quarter.
// In the percent modes the budget is never below minimumAnnual / 4.
import { PHASE_IDS, type PhaseId, type PhaseThresholds, type ThresholdPhaseId } from './catalog'
import type { ResolvedBudget } from './scenarioDefaults'

/** The percent of revenue a percent mode applies at this headcount and org phase. */
export function budgetPercentFor(
  budget: ResolvedBudget, thresholds: PhaseThresholds, headcount: number, orgPhase: PhaseId
): number {
  switch (budget.mode) {
    case 'fixed': return budget.fixedPercent
    case 'glide': return glidePercent(budget.percent, thresholds, headcount)
    default: return budget.percent[orgPhase]
  }
}

/**
 * Linear between the anchors (0, adhoc), (T_foundation, foundation) … (T_worldclass, worldclass),
 * flat at the world-class percent beyond T_worldclass. Equal to byPhase at each threshold.
 */
export function glidePercent(percent: Record<PhaseId, number>, thresholds: PhaseThresholds, headcount: number): number {
  let fromHeadcount = 0
  let fromPercent = percent.adhoc
  for (const id of PHASE_IDS.slice(1) as ThresholdPhaseId[]) {
    const toHeadcount = thresholds[id]
    if (headcount < toHeadcount) {
      return fromPercent + ((percent[id] - fromPercent) * (headcount - fromHeadcount)) / (toHeadcount - fromHeadcount)
    }
    fromHeadcount = toHeadcount
    fromPercent = percent[id]
  }
  return percent.worldclass
}

/** A percent mode's budget: revenue × percent, never below the annual minimum / 4. */
export function percentBudget(quarterRevenue: number, percent: number, minimumAnnual: number): number {
  return Math.max((quarterRevenue * percent) / 100, minimumAnnual / 4)
}

/** An approved fiscal-year amount spread evenly over its quarters, partial years included. */
export function amountsBudget(budget: ResolvedBudget, fiscalYear: number): number {
  return (budget.amounts.get(fiscalYear) ?? 0) / 4
}
