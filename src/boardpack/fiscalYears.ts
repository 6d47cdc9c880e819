// The plan by fiscal year, as the Summary, Comparison, Actuals and the deck show it. A fiscal year
// is named by the calendar year it ends in; one with fewer than four quarters inside the horizon
// is partial. Sums of money over its quarters; headcount, FTE and phases of its last quarter.
// Every fiscal-year figure in the exports comes from `fiscalYearsOf`, the one place to switch to
// the engine's own per-fiscal-year totals.
import { parseQuarter, type PhaseId, type Projection, type QuarterResult } from '../core'

export interface FiscalYearRow {
  /** `FY2028`. */
  label: string
  partial: boolean
  /** Labels of its quarters inside the horizon, in order. */
  quarters: string[]
  /** 0-based plan quarters of the first and last of them. */
  firstQuarter: number
  lastQuarter: number
  revenue: number
  budget: number
  people: number
  tools: number
  programs: number
  total: number
  /** Budget minus total, as the engine reports it: positive means under budget. */
  variance: number
  /** Total / budget, null when the budget is 0. */
  utilization: number | null
  headcount: number
  securityFte: number
  orgPhase: PhaseId
  maturityPhase: PhaseId
}

/** The fiscal year (`FY2028`) a calendar quarter (`2027-Q2`) belongs to, the year opening in
 * calendar quarter `fiscalYearStart` (1: the calendar year). */
export function fiscalYearOf(label: string, fiscalYearStart = 1): string {
  const quarter = parseQuarter(label)
  if (!quarter) throw new RangeError(`not a quarter label: ${label}`)
  const endsLater = fiscalYearStart > 1 && quarter.quarter >= fiscalYearStart
  return `FY${quarter.year + (endsLater ? 1 : 0)}`
}

export function fiscalYearsOf(projection: Projection, fiscalYearStart = 1): FiscalYearRow[] {
  const groups = new Map<string, QuarterResult[]>()
  for (const q of projection.quarters) {
    const label = fiscalYearOf(q.label, fiscalYearStart)
    groups.set(label, [...(groups.get(label) ?? []), q])
  }
  return [...groups].map(([label, quarters]) => {
    const sum = (pick: (q: QuarterResult) => number) => quarters.reduce((s, q) => s + pick(q), 0)
    const last = quarters[quarters.length - 1]
    const budget = sum((q) => q.budget)
    const total = sum((q) => q.total)
    return {
      label,
      partial: quarters.length < 4,
      quarters: quarters.map((q) => q.label),
      firstQuarter: quarters[0].quarter,
      lastQuarter: last.quarter,
      revenue: sum((q) => q.revenue),
      budget,
      people: sum((q) => q.people),
      tools: sum((q) => q.tools),
      programs: sum((q) => q.programs),
      total,
      variance: budget - total,
      utilization: budget === 0 ? null : total / budget,
      headcount: last.headcount,
      securityFte: last.securityFte,
      orgPhase: last.orgPhase,
      maturityPhase: last.maturityPhase
    }
  })
}

/** `FY2028`, or `FY2031 (2 qtrs)` for a partial year. */
export function fiscalYearDisplay(year: Pick<FiscalYearRow, 'label' | 'partial' | 'quarters'>): string {
  if (!year.partial) return year.label
  return `${year.label} (${year.quarters.length} qtr${year.quarters.length === 1 ? '' : 's'})`
}
