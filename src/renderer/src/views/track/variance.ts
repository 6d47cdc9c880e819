// How a recorded quarter's spend reads against its plan and budget. Spending less than planned
// looks good only when the plan was delivered: money unspent because hires are behind plan is the
// salaries of people not hired yet, a shortfall to explain, not a saving.
import type { QuarterPlanVersusActual } from '../../../../core/actuals'
import { signedMoney } from '../../../../core/format'

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
  /** "+$242.5K" under, "−$10K" over. */
  text: string
  tone: VarianceTone
  /** Why an amount under plan or budget is not good news, when it is not. */
  reason: string | null
}

/** Planned (or budget) minus actual, for one recorded quarter; null before actuals are recorded. */
export function readVariance(row: QuarterPlanVersusActual, against: 'plan' | 'budget', currency: string): VarianceReading | null {
  const variance = against === 'plan' ? row.varianceToPlan?.total : row.varianceToBudget
  if (variance === null || variance === undefined || !row.actual) return null
  const text = signedMoney(variance, currency)
  if (variance < 0) return { text, tone: 'bad', reason: null }
  if (variance === 0) return { text, tone: 'neutral', reason: null }
  const lag = hiringLag(row)
  const peopleUnderPlan = row.actual.people < row.planned.people
  if (lag.behind && peopleUnderPlan) {
    return { text, tone: 'warn', reason: `hiring behind plan: ${lag.made}` }
  }
  return { text, tone: 'good', reason: null }
}
