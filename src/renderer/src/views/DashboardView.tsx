// The plan at a glance: KPIs, spend against the envelope with its uncertainty, people, maturity,
// what drives the cost, the warnings, and the risk register over time.
import { useEffect, useMemo } from 'react'
import { phaseName } from '../../../core/catalog'
import { formatMoneyCompact, formatPercent, formatRatioAsPercent, signedMoney } from '../../../core/format'
import { quarterRangeLabel } from '../../../core/quarters'
import { peakOverrunProbability } from '../../../core/simulation'
import { ChartCard } from '../charts/ChartCard'
import {
  headcountConfig, maturityConfig, phaseScoresConfig, spendConfig, tornadoConfig, TORNADO_DRIVERS, tornadoHeight
} from '../charts/configs'
import { useUncertainty } from '../compute/useUncertainty'
import { KpiTile } from '../components/KpiTile'
import { PageHeader } from '../components/PageHeader'
import { useNotify } from '../session/notices'
import { useWorkspace } from '../session/workspace'
import { envelopeStatus } from './dashboard/envelopeStatus'
import { RiskHeatMap } from './dashboard/RiskHeatMap'
import { WarningsList } from './dashboard/WarningsList'

export function DashboardView(): React.JSX.Element {
  const { analysis, errorList } = useWorkspace()
  const notify = useNotify()
  const uncertainty = useUncertainty(analysis?.doc ?? null)
  const failure = uncertainty.error
  useEffect(() => {
    if (failure) notify(`Simulation failed: ${failure}`, 'error')
  }, [failure, notify])
  const projection = analysis?.projection
  const simulation = uncertainty.value?.simulation ?? null

  const spend = useMemo(() => (projection ? spendConfig(projection, simulation) : null), [projection, simulation])
  const people = useMemo(() => (projection ? headcountConfig(projection) : null), [projection])
  const maturity = useMemo(() => (projection ? maturityConfig(projection) : null), [projection])
  const scores = useMemo(() => (projection ? phaseScoresConfig(projection) : null), [projection])
  const sensitivity = uncertainty.value?.sensitivity ?? null
  const tornado = useMemo(() => (sensitivity && projection ? tornadoConfig(sensitivity, projection.currency) : null),
    [sensitivity, projection])

  if (!analysis || !projection || !spend || !people || !maturity || !scores) {
    return <p className="empty">Open a scenario to see its dashboard.</p>
  }
  const { doc, pitfalls, risks, kpis } = analysis
  const currency = projection.currency
  const money = (v: number) => formatMoneyCompact(v, currency)
  const rows = projection.quarters
  const last = rows[rows.length - 1]
  const percentOfRevenue = kpis.averagePercentOfRevenue
  const peakOverrun = simulation && simulation.quarters.length === rows.length
    ? peakOverrunProbability(simulation) : null
  const critical = pitfalls.filter((p) => p.severity === 'critical').length
  const envelope = envelopeStatus(kpis.quartersOverBudget, peakOverrun)

  return (
    <div className="view dashboard">
      <PageHeader title={doc.name}
        subtitle={<>{quarterRangeLabel(doc.start, 0, doc.quarters - 1)} · {doc.quarters} quarters · {currency}</>} />
      {errorList.length > 0 && (
        <div className="banner banner-warn" role="status">
          The editor has {errorList.length} field{errorList.length === 1 ? '' : 's'} to fix; the dashboard shows the last valid plan.
        </div>
      )}
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

      <div className="grid-2">
        <ChartCard title="Budget envelope and planned spend" className="span-2" height="large" scenarioName={doc.name}
          subtitle={simulation
            ? <>Stacked spend per quarter; shaded band is the simulated P10–P90 of total spend ({simulation.samples.toLocaleString('en-US')} samples, seed {simulation.seed})</>
            : failure ? <>Stacked spend per quarter; the P10–P90 band is missing because the simulation failed</>
              : <>Stacked spend per quarter; simulating the P10–P90 band…</>}
          config={spend} testId="chart-spend" />
        <ChartCard title="Headcount and security FTE" scenarioName={doc.name} config={people} testId="chart-headcount" />
        <ChartCard title="Organisation phase and achieved maturity" scenarioName={doc.name} config={maturity}
          subtitle="Red shading: security maturity lags the organisation's phase" testId="chart-maturity" />
        <ChartCard title="Phase scores" scenarioName={doc.name} config={scores}
          subtitle="Share of each phase's capabilities in place; 80% counts as achieved" testId="chart-scores" />
        <section className="card">
          <header className="card-header">
            <div>
              <h3>AI risk register</h3>
              <p className="card-subtitle">Before mitigation, quarter by quarter, and at the end of the plan</p>
            </div>
          </header>
          <RiskHeatMap risks={risks} start={doc.start} />
        </section>
      </div>

      <div className="grid-2 dashboard-lower">
        <section className="card">
          <header className="card-header"><h3>Warnings ({pitfalls.length})</h3></header>
          <WarningsList pitfalls={pitfalls} />
        </section>
        {tornado && sensitivity
          ? <ChartCard title="What drives total spend" scenarioName={doc.name} config={tornado} testId="chart-tornado"
              canvasHeight={tornadoHeight(Math.min(TORNADO_DRIVERS, sensitivity.drivers.length))}
              summary={<ul>{sensitivity.drivers.slice(0, TORNADO_DRIVERS).map((d) => (
                <li key={d.id}>{d.label}: at {d.lowSetting} {signedMoney(d.lowTotal - sensitivity.baseTotal, currency)}; at {d.highSetting} {signedMoney(d.highTotal - sensitivity.baseTotal, currency)}</li>
              ))}</ul>}
              subtitle={<>Top {Math.min(TORNADO_DRIVERS, sensitivity.drivers.length)} inputs by swing in total spend over the plan.
                Each is moved to a low and a high setting (named under it) with everything else as planned.</>} />
          : <section className="card chart-card chart-medium"><header className="card-header"><h3>What drives total spend</h3></header><p className="empty">{failure ? `The sensitivity analysis failed: ${failure}` : 'Running the sensitivity analysis…'}</p></section>}
      </div>
    </div>
  )
}
