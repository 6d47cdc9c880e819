// How a recorded quarter's spend reads against its plan and budget. Spending less than planned
// looks good only when the plan was delivered: money unspent because hires are behind plan is the
// salaries of people not hired yet, a shortfall to explain, not a saving.
import type { QuarterPlanVersusActual } from '../../../../core/actuals'
import { signedMoney, signedPercent } from '../../../../core/format'

/** Gaps within this share of the plan are "on plan". */
export const TOLERANCE = 0.05

export interface HiringLag {
  /** Share of the hires planned to date not made yet: > 0 is behind plan. */
  gap: number
  behind: boolean
  /** "1 of 5 planned hires made" */
  made: string
}

export function hiringLag(row: QuarterPlanVersusActual): HiringLag {
  const planned = row.plannedHiresToDate
  const gap = planned > 0 ? (planned - row.hiredToDate) / planned : 0
  return { gap, behind: gap > TOLERANCE, made: `${row.hiredToDate} of ${planned} planned hires made` }
}

export type VarianceTone = 'good' | 'bad' | 'warn' | 'neutral'

export interface VarianceReading {
  /** Actual less plan (or budget), in the finance convention: "+$40.9K" over, "−$10K" under. */
  text: string
  /** The same as a share of the plan (or budget): "+12.3%"; "n/a" when that is zero. */
  percent: string
  tone: VarianceTone
  /** Why an amount under plan or budget is not good news, when it is not. */
  reason: string | null
}

/**
 * Actual against plan or budget for one recorded quarter, over plan positive as finance reads it;
 * null before actuals are recorded. A zero plan has no percentage: $1K against $0 is not "+100%".
 */
export function readVariance(row: QuarterPlanVersusActual, against: 'plan' | 'budget', currency: string): VarianceReading | null {
  if (!row.actual) return null
  const reference = against === 'plan' ? row.planned.total : row.budget
  const over = row.actual.total - reference
  const { text, percent } = overReference(row.actual.total, reference, currency)
  if (over > 0) return { text, percent, tone: 'bad', reason: null }
  if (over === 0) return { text, percent, tone: 'neutral', reason: null }
  const lag = hiringLag(row)
  const peopleUnderPlan = row.actual.people < row.planned.people
  if (lag.behind && peopleUnderPlan) {
    return { text, percent, tone: 'warn', reason: `hiring behind plan: ${lag.made}` }
  }
  return { text, percent, tone: 'good', reason: null }
}

/**
 * `actual` less `reference` as finance reads it ("+$40.9K" over, "−$10K" under) with its share of
 * the reference ("+12.3%"), which a zero reference does not have ("n/a", never "+100%").
 */
export function overReference(actual: number, reference: number, currency: string): { text: string; percent: string } {
  const over = actual - reference
  return { text: signedMoney(over, currency), percent: signedPercent(reference === 0 ? null : over / reference) }
}
