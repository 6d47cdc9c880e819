// Fiscal-year totals (docs/model.md). Boards approve annual budgets, so the plan is also read by
// fiscal year: money is the sum of the year's quarters, people and phases are those of its last
// quarter in the horizon, and a year with fewer than four quarters in the horizon is partial.
import { fiscalYearLabel } from './quarters'
import type { PhaseId } from './catalog'

/** The per-quarter figures a fiscal year is built from (a QuarterResult has them all). */
export interface FiscalYearQuarter {
  label: string
  fiscalYear: number
  headcount: number
  revenue: number
  budget: number
  people: number
  tools: number
  programs: number
  total: number
  securityFte: number
  orgPhase: PhaseId
  maturityPhase: PhaseId
  /** This quarter's share of the annual IT budget run-rate (run-rate / 4), or null without one. */
  itBudget: number | null
}

/** How the year compares with peers; each is shown beside its cited figure (see catalog BENCHMARKS). */
export interface FiscalYearBenchmarks {
  /** Total spend per employee, annualised for a partial year; null with no employees. */
  spendPerEmployee: number | null
  /** People / total spend, 0–1; null with no spend. */
  peopleShare: number | null
  /** Security FTE per 100 employees at the year's last quarter; null with no employees. */
  securityFtePer100: number | null
  /** Total spend as % of revenue; null with no revenue. */
  percentOfRevenue: number | null
  /** Total spend as % of the IT budget; null without an IT budget. */
  percentOfIt: number | null
}

export interface FiscalYearResult {
  year: number
  /** "FY2028": the calendar year in which the fiscal year ends. */
  label: string
  /** Fewer than four of its quarters are inside the horizon. */
  partial: boolean
  /** Labels of its quarters inside the horizon. */
  quarters: string[]
  /** Plan quarters (0-based) of its first and last quarter in the horizon. */
  fromQuarter: number
  toQuarter: number
  revenue: number
  budget: number
  people: number
  tools: number
  programs: number
  total: number
  variance: number
  /** total / budget, or null when the budget is zero. */
  utilization: number | null
  headcount: number
  securityFte: number
  orgPhase: PhaseId
  maturityPhase: PhaseId
  /** Quarters whose spend is above their own budget: cash timing when the year holds. */
  quartersOverBudget: number
  itBudget: number | null
  benchmarks: FiscalYearBenchmarks
}

export function fiscalYearTotals(rows: readonly FiscalYearQuarter[]): FiscalYearResult[] {
  const years: FiscalYearResult[] = []
  let headcountSum = 0
  for (let q = 0; q < rows.length; q++) {
    const row = rows[q]
    let year = years[years.length - 1]
    if (year === undefined || year.year !== row.fiscalYear) {
      if (year !== undefined) finish(year, headcountSum)
      headcountSum = 0
      year = {
        year: row.fiscalYear, label: fiscalYearLabel(row.fiscalYear), partial: false, quarters: [],
        fromQuarter: q, toQuarter: q, revenue: 0, budget: 0, people: 0, tools: 0, programs: 0, total: 0,
        variance: 0, utilization: null, headcount: 0, securityFte: 0, orgPhase: row.orgPhase,
        maturityPhase: row.maturityPhase, quartersOverBudget: 0, itBudget: row.itBudget === null ? null : 0,
        benchmarks: { spendPerEmployee: null, peopleShare: null, securityFtePer100: null, percentOfRevenue: null, percentOfIt: null }
      }
      years.push(year)
    }
    year.quarters.push(row.label)
    year.toQuarter = q
    year.revenue += row.revenue
    year.budget += row.budget
    year.people += row.people
    year.tools += row.tools
    year.programs += row.programs
    year.total += row.total
    if (year.itBudget !== null && row.itBudget !== null) year.itBudget += row.itBudget
    if (row.total > row.budget) year.quartersOverBudget += 1
    year.headcount = row.headcount
    year.securityFte = row.securityFte
    year.orgPhase = row.orgPhase
    year.maturityPhase = row.maturityPhase
    headcountSum += row.headcount
  }
  if (years.length > 0) finish(years[years.length - 1], headcountSum)
  return years
}

function finish(year: FiscalYearResult, headcountSum: number): void {
  const k = year.quarters.length
  year.partial = k < 4
  year.variance = year.budget - year.total
  year.utilization = year.budget === 0 ? null : year.total / year.budget
  const averageHeadcount = headcountSum / k
  year.benchmarks = {
    // Annualised: a partial year of k quarters is scaled by 4 / k.
    spendPerEmployee: averageHeadcount === 0 ? null : ((year.total / averageHeadcount) * 4) / k,
    peopleShare: year.total === 0 ? null : year.people / year.total,
    securityFtePer100: year.headcount === 0 ? null : (year.securityFte / year.headcount) * 100,
    percentOfRevenue: year.revenue === 0 ? null : (year.total / year.revenue) * 100,
    percentOfIt: year.itBudget === null || year.itBudget === 0 ? null : (year.total / year.itBudget) * 100
  }
}
