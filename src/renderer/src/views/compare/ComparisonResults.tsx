// A finished comparison: warnings when the scenarios are not like for like, the KPI table, the
// period table and the bridge, and the overlaid charts.
import { useMemo } from 'react'
import type { Comparison } from '../../../../core/compare'
import { quarterRangeLabel } from '../../../../core/quarters'
import { ChartCard } from '../../charts/ChartCard'
import { compareFteConfig, compareMaturityConfig, compareSpendConfig } from '../../charts/configs'
import { CompareBridge } from './CompareBridge'
import { ComparePeriodTable } from './ComparePeriodTable'
import { CompareTable } from './CompareTable'

export function ComparisonResults({ comparison }: { comparison: Comparison }): React.JSX.Element {
  const currency = comparison.scenarios[0]?.kpis.currency ?? 'USD'
  const spend = useMemo(() => compareSpendConfig(comparison.scenarios, currency), [comparison, currency])
  const maturity = useMemo(() => compareMaturityConfig(comparison.scenarios), [comparison])
  const fte = useMemo(() => compareFteConfig(comparison.scenarios), [comparison])
  const mixedCurrencies = new Set(comparison.scenarios.map((s) => s.kpis.currency)).size > 1
  const periods = comparison.scenarios.map((s) => periodOf(s.kpis))
  const mixedPeriods = new Set(periods).size > 1

  return (
    <>
      {mixedCurrencies && (
        <div className="banner banner-warn" data-testid="mixed-currencies">
          These scenarios use different currencies: money is shown in each scenario's own, and differences in money
          against the base ({currency}) are n/a.
        </div>
      )}
      {mixedPeriods && (
        <div className="banner banner-warn" data-testid="different-periods">
          These scenarios cover different periods, so totals over the plan (spend, budget, revenue, % of revenue) and the
          figures at the end are not like for like:{' '}
          {comparison.scenarios.map((s, i) => `${s.doc.name} ${periods[i]} (${s.kpis.quarters} quarters)`).join('; ')}.
        </div>
      )}
      <CompareTable comparison={comparison} periods={periods} mixedPeriods={mixedPeriods} currency={currency} />
      <ComparePeriodTable comparison={comparison} />
      <CompareBridge comparison={comparison} />
      <div className="grid-2">
        <ChartCard title="Planned spend and budget" className="span-2" scenarioName="comparison" config={spend}
          subtitle="Solid: planned spend per quarter; dashed: each scenario's budget envelope" testId="chart-compare-spend" />
        <ChartCard title="Achieved maturity" scenarioName="comparison" config={maturity} testId="chart-compare-maturity" />
        <ChartCard title="Security FTE" scenarioName="comparison" config={fte} testId="chart-compare-fte" />
      </div>
    </>
  )
}

/** "2027-Q1 – 2031-Q4": the quarters a scenario's totals cover. */
function periodOf(kpis: { start: string; quarters: number }): string {
  return quarterRangeLabel(kpis.start, 0, kpis.quarters - 1)
}
