// Plan versus actual, in the finance sign convention: a difference is actual minus plan, so over
// plan is positive (and shown red) and under plan negative, with the difference as % of plan.
// Per recorded quarter, and per fiscal year to date (the recorded quarters of each year against
// the plan for the same quarters). A quarter recorded with lines also has them against the plan's
// own lines, by core's lineVariance as the app's Track view has them.
import {
  CAPABILITIES_PER_PHASE, PHASE_IDS, phaseName, planVersusActual, type FiscalYearResult, type QuarterActual,
  type QuarterResult
} from '../../core'
import { lineVariance, plannedLines, type CategoryVariance } from '../../core/actualLines'
import type { ReportBasis } from './basis'

export interface Spend {
  people: number
  tools: number
  programs: number
  total: number
}

export interface ActualQuarter {
  label: string
  plan: Spend
  actual: Spend
  /** Actual minus plan: positive is over plan. */
  overPlan: Spend
  /** overPlan.total / plan.total, null when nothing was planned. */
  overPlanShare: number | null
  budget: number
  plannedHiresToDate: number
  hiredToDate: number
  /** Catalog capabilities the plan has in place by this quarter, and those recorded in place. */
  plannedCapabilities: number
  actualCapabilities: number
  plannedPhase: string
  achievedPhase: string
  note: string
  /** Each category against the plan by line (with what its lines leave "Not itemised"); null when
   * the quarter was recorded without lines. */
  lines: CategoryVariance[] | null
}

export interface ActualYearToDate {
  label: string
  /** The recorded quarters of the year. */
  quarters: string[]
  plan: Spend
  actual: Spend
  overPlan: Spend
  overPlanShare: number | null
  /** The whole year as planned and budgeted, for context. */
  yearPlan: number
  yearBudget: number
}

export interface ActualsReport {
  quarters: ActualQuarter[]
  years: ActualYearToDate[]
  /** Recorded quarters beyond the plan's horizon (a plan shortened after they were recorded). */
  beyondHorizon: number
}

const spend = (people: number, tools: number, programs: number): Spend =>
  ({ people, tools, programs, total: people + tools + programs })
const minus = (a: Spend, b: Spend): Spend => spend(a.people - b.people, a.tools - b.tools, a.programs - b.programs)
const add = (a: Spend, b: Spend): Spend => spend(a.people + b.people, a.tools + b.tools, a.programs + b.programs)
const share = (over: Spend, plan: Spend) => (plan.total === 0 ? null : over.total / plan.total)

/** Catalog capabilities in place in a quarter of the projection. */
function capabilitiesInPlace(q: QuarterResult): number {
  return Math.round(PHASE_IDS.reduce((n, id) => n + (id === 'adhoc' ? 0 : q.phaseScores[id] * CAPABILITIES_PER_PHASE[id]), 0))
}

export function actualsReportOf(
  report: Pick<ReportBasis, 'doc' | 'projection' | 'fiscalYears'>, actuals: readonly QuarterActual[]
): ActualsReport | null {
  if (actuals.length === 0) return null
  const recorded = new Map(actuals.map((a) => [a.quarter, a]))
  const quarters: ActualQuarter[] = []
  for (const row of planVersusActual(report.doc, actuals)) {
    const entry = recorded.get(row.quarter)
    if (!row.actual || !entry) continue
    const plan = spend(row.planned.people, row.planned.tools, row.planned.programs)
    const actual = spend(row.actual.people, row.actual.tools, row.actual.programs)
    const overPlan = minus(actual, plan)
    quarters.push({
      label: row.label, plan, actual, overPlan, overPlanShare: share(overPlan, plan), budget: row.budget,
      plannedHiresToDate: row.plannedHiresToDate, hiredToDate: row.hiredToDate,
      plannedCapabilities: capabilitiesInPlace(report.projection.quarters[row.quarter]),
      actualCapabilities: entry.capabilities.length,
      plannedPhase: phaseName(row.plannedMaturityPhase),
      achievedPhase: row.achievedMaturityPhase ? phaseName(row.achievedMaturityPhase) : '',
      note: entry.note,
      lines: entry.lines?.length
        ? lineVariance(plannedLines(report.doc, row.quarter, report.projection.quarters[row.quarter].headcount), row.planned, row.actual, entry.lines)
        : null
    })
  }
  const years = report.fiscalYears.flatMap((year: FiscalYearResult): ActualYearToDate[] => {
    const inYear = quarters.filter((q) => year.quarters.includes(q.label))
    if (inYear.length === 0) return []
    const zero = spend(0, 0, 0)
    const plan = inYear.reduce((s, q) => add(s, q.plan), zero)
    const actual = inYear.reduce((s, q) => add(s, q.actual), zero)
    const overPlan = minus(actual, plan)
    return [{
      label: year.label, quarters: inYear.map((q) => q.label), plan, actual, overPlan, overPlanShare: share(overPlan, plan),
      yearPlan: year.total, yearBudget: year.budget
    }]
  })
  return { quarters, years, beyondHorizon: actuals.filter((a) => a.quarter >= report.doc.quarters).length }
}
