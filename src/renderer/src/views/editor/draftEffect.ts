// What applying a suggested hiring draft would do to the plan's money and team, before it is
// applied: the plan's KPIs now against those of a copy with the draft's hires.
import { formatMoneyCompact, formatPercent } from '../../../../core/format'
import { projectionKpis, type ProjectionKpis } from '../../../../core/compare'
import { projectScenario } from '../../../../core/projection'
import type { Hire, ScenarioDoc } from '../../../../core/scenario'

export interface EffectRow {
  measure: string
  now: string
  withDraft: string
  /** "+$1.2M", "−2", "no change". */
  change: string
  /** Whether the change puts the plan further over budget or behind on maturity, for colouring. */
  tone: 'worse' | 'better' | 'neutral'
}

export function draftEffect(doc: ScenarioDoc, now: ProjectionKpis, hires: readonly Hire[]): EffectRow[] {
  const next = projectionKpis(projectScenario({ ...doc, hires: [...hires] }))
  const currency = now.currency
  const money = (v: number) => formatMoneyCompact(v, currency)
  const count = (v: number) => v.toLocaleString('en-US')
  const rows: EffectRow[] = [
    row('Planned spend over the plan', now.totalSpend, next.totalSpend, money),
    row('Quarters over budget', now.quartersOverBudget, next.quartersOverBudget, count, 'up', ` of ${now.quarters}`),
    row('Security FTE at the end', now.endSecurityFte, next.endSecurityFte, count),
    row('Peak maturity gap (phases)', now.peakMaturityGap, next.peakMaturityGap, count, 'up')
  ]
  if (now.averagePercentOfRevenue !== null && next.averagePercentOfRevenue !== null) {
    rows.splice(1, 0, row('Spend as % of revenue', now.averagePercentOfRevenue, next.averagePercentOfRevenue,
      (v) => formatPercent(v, 2), undefined, '', (v) => `${v.toFixed(2)} pts`))
  }
  return rows
}

function row(
  measure: string, now: number, withDraft: number, format: (v: number) => string,
  worse?: 'up', unit = '', formatChange: (v: number) => string = format
): EffectRow {
  const difference = withDraft - now
  const same = Math.abs(difference) < 1e-9
  return {
    measure,
    now: `${format(now)}${unit}`,
    withDraft: `${format(withDraft)}${unit}`,
    change: same ? 'no change' : `${difference > 0 ? '+' : '−'}${formatChange(Math.abs(difference))}`,
    tone: same || worse === undefined ? 'neutral' : difference > 0 ? 'worse' : 'better'
  }
}
