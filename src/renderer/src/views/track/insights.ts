// "Most improved" and "top concerns" for the last quarter with recorded actuals: each measure's
// shortfall against the plan now, and how it moved since the quarter recorded before it. With no
// earlier check-in, only measures ahead of plan count as improved: on plan is not an improvement.
// Spending less than planned is not an improvement when it only shows that hires are behind
// plan: people spend under plan while the team is short is a concern, and the total under budget
// for the same reason is not counted as better.
import type { QuarterPlanVersusActual } from '../../../../core/actuals'
import { phaseName } from '../../../../core/catalog'
import { formatMoneyCompact } from '../../../../core/format'
import { hiringLag, TOLERANCE } from './variance'

export interface Insight {
  measure: string
  detail: string
}

export interface Insights {
  quarter: string
  concerns: Insight[]
  improved: Insight[]
  /** The check-in "improved" is measured against, or null when this is the first one. */
  comparedWith: string | null
}

interface Gap {
  measure: string
  /** Relative shortfall against the plan: > 0 is worse than planned, <= 0 on or better than plan. */
  gap: number
  describe: () => string
  /** Under plan only because hiring is behind: never listed as improved. */
  explainedByHiringLag?: boolean
  /** Measured against the budget, not the plan: being under it is no achievement of this quarter. */
  againstBudget?: boolean
}

const MONEY_CATEGORIES = [
  { key: 'people', measure: 'People spend' },
  { key: 'tools', measure: 'Tools spend' },
  { key: 'programs', measure: 'Programs spend' }
] as const

function gapsOf(row: QuarterPlanVersusActual, currency: string): Gap[] {
  const actual = row.actual
  if (!actual) return []
  const money = (v: number) => formatMoneyCompact(v, currency)
  const planned = row.plannedHiresToDate
  const lag = hiringLag(row)
  const hiringBehind = lag.behind
  const gaps: Gap[] = MONEY_CATEGORIES.filter(({ key }) => row.planned[key] > 0 || actual[key] > 0).map(({ key, measure }) => {
    const planned = row.planned[key]
    const spent = actual[key]
    const overspend = planned > 0 ? (spent - planned) / planned : spent > 0 ? 1 : 0
    const percent = `${overspend >= 0 ? '+' : '−'}${Math.abs(overspend * 100).toFixed(0)}%`
    if (key === 'people' && hiringBehind && overspend < -TOLERANCE) {
      // The money not spent is the salaries of people not hired yet: a shortfall, not a saving.
      return {
        measure, gap: -overspend, explainedByHiringLag: true,
        describe: () => `${money(spent)} spent against ${money(planned)} planned (${percent}) because hiring is behind plan: ${lag.made}`
      }
    }
    return { measure, gap: overspend, describe: () => `${money(spent)} spent against ${money(planned)} planned (${percent})` }
  })
  const overBudget = row.budget > 0 ? (actual.total - row.budget) / row.budget : 0
  gaps.push({
    measure: 'Total against budget',
    gap: overBudget,
    againstBudget: true,
    explainedByHiringLag: hiringBehind && overBudget < 0,
    describe: () => `${money(actual.total)} spent against a budget of ${money(row.budget)}`
  })
  gaps.push({
    measure: 'Hiring',
    gap: lag.gap,
    describe: () => `${row.hiredToDate} hired to date against ${planned} planned by now`
  })
  if (row.achievedMaturityPhase !== null && row.maturityShortfall !== null) {
    const achieved = row.achievedMaturityPhase
    gaps.push({
      measure: 'Maturity',
      gap: row.maturityShortfall,
      describe: () => `${phaseName(achieved)} achieved against ${phaseName(row.plannedMaturityPhase)} planned`
    })
  }
  return gaps
}

export function insightsFor(rows: readonly QuarterPlanVersusActual[], currency: string): Insights | null {
  const recorded = rows.filter((r) => r.actual !== null)
  const last = recorded[recorded.length - 1]
  if (!last) return null
  const previous = recorded[recorded.length - 2]
  const now = gapsOf(last, currency)
  const before = new Map((previous ? gapsOf(previous, currency) : []).map((g) => [g.measure, g.gap]))
  const concerns = now.filter((g) => g.gap > TOLERANCE).sort((a, b) => b.gap - a.gap).slice(0, 3)
    .map((g) => ({ measure: g.measure, detail: g.describe() }))
  const improved = now
    .filter((g) => !g.explainedByHiringLag)
    .map((g) => ({ g, change: before.has(g.measure) ? before.get(g.measure)! - g.gap : -g.gap }))
    .filter(({ change, g }) => (previous ? change > 0.01 : !g.againstBudget && g.gap < -TOLERANCE))
    .sort((a, b) => b.change - a.change).slice(0, 3)
    .map(({ g }) => ({
      measure: g.measure,
      detail: previous ? `${g.describe()}; better than ${previous.label}` : `${g.describe()}; ahead of plan`
    }))
  return { quarter: last.label, concerns, improved, comparedWith: previous?.label ?? null }
}
