// The dashboard's headline figures: spend against the envelope, share of revenue, quarters over
// budget with the simulated overrun risk, security FTE, maturity and warnings.
import { phaseName } from '../../../../core/catalog'
import { formatMoneyCompact, formatPercent, formatRatioAsPercent } from '../../../../core/format'
import type { Analysis } from '../../compute/analysis'
import { KpiTile } from '../../components/KpiTile'
import { envelopeStatus } from './envelopeStatus'

interface DashboardKpisProps {
  analysis: Analysis
  /** The simulated chance of the worst quarter overrunning; null until simulated. */
  peakOverrun: number | null
  /** Why the simulation failed, if it did. */
  failure: string | null
}

export function DashboardKpis({ analysis, peakOverrun, failure }: DashboardKpisProps): React.JSX.Element {
  const { projection, pitfalls, kpis } = analysis
  const currency = projection.currency
  const money = (v: number) => formatMoneyCompact(v, currency)
  const last = projection.quarters[projection.quarters.length - 1]
  const percentOfRevenue = kpis.averagePercentOfRevenue
  const critical = pitfalls.filter((p) => p.severity === 'critical').length
  const envelope = envelopeStatus(kpis.quartersOverBudget, peakOverrun)

  return (
    <div className="kpis" data-testid="kpis">
      <KpiTile testId="kpi-total-spend" label="Planned spend over the plan" value={money(kpis.totalSpend)}
        detail={<>Budget {money(kpis.totalBudget)} · {envelope.text}</>} tone={envelope.tone} />
      <KpiTile testId="kpi-percent-revenue" label="Spend as % of revenue"
        value={percentOfRevenue === null ? 'n/a' : formatPercent(percentOfRevenue, 2)}
        detail="Blueprint band 2–8% · peers 0.69% (IANS 2024)"
        tone={percentOfRevenue === null ? 'neutral' : percentOfRevenue < 2 || percentOfRevenue > 8 ? 'warn' : 'good'} />
      <KpiTile testId="kpi-over-budget" label="Quarters over budget" value={`${kpis.quartersOverBudget} of ${kpis.quarters}`}
        detail={peakOverrun !== null ? `Peak overrun probability ${formatRatioAsPercent(peakOverrun, 0)}`
          : failure ? 'Overrun risk not simulated (the simulation failed)' : 'Simulating overrun risk…'}
        tone={envelope.tone} />
      <KpiTile testId="kpi-fte" label={`Security FTE, ${last.label}`} value={String(kpis.endSecurityFte)}
        detail={last.ftePer100 === null ? 'no employees' : `${last.ftePer100.toFixed(2)} per 100 of ${kpis.endHeadcount.toLocaleString('en-US')} employees`} />
      <KpiTile testId="kpi-maturity" label={`Maturity, ${last.label}`} value={phaseName(last.maturityPhase)}
        detail={`Organisation: ${phaseName(last.orgPhase)} · peak gap ${kpis.peakMaturityGap}`}
        tone={kpis.peakMaturityGap > 0 ? 'warn' : 'good'} />
      <KpiTile testId="kpi-warnings" label="Warnings" value={String(pitfalls.length)}
        detail={critical > 0 ? `${critical} critical` : 'none critical'} tone={critical > 0 ? 'bad' : pitfalls.length > 0 ? 'warn' : 'good'} />
    </div>
  )
}
