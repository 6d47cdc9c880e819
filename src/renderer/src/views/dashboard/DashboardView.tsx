// The plan at a glance: KPIs, spend against the envelope with its uncertainty, the simulated
// ranges and chances, people, maturity, what drives the cost, the warnings, and the risk register
// over time.
import { useEffect, useMemo } from 'react'
import { quarterRangeLabel } from '../../../../core/quarters'
import { peakOverrunProbability } from '../../../../core/simulation'
import { ChartCard } from '../../charts/ChartCard'
import { headcountConfig, maturityConfig, phaseScoresConfig, spendConfig } from '../../charts/configs'
import { fteBandConfig } from '../../charts/fteBandConfig'
import { useUncertainty } from '../../compute/useUncertainty'
import { PageHeader } from '../../components/PageHeader'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'
import { bandCoversText } from '../../components/simulatedText'
import { useNotify } from '../../session/notices'
import { useWorkspace } from '../../session/workspace'
import { BenchmarksCard } from './BenchmarksCard'
import { DashboardKpis } from './DashboardKpis'
import { NextPhaseCard } from './NextPhaseCard'
import { PeriodTable } from './PeriodTable'
import { RiskHeatMap } from './RiskHeatMap'
import { SimulatedRangesCard } from './SimulatedRangesCard'
import { SpendDriversCard } from './SpendDriversCard'
import { WarningsList } from './WarningsList'

/** The FTE band's card, and the card that holds its place until the simulation answers. */
const FTE_BAND_TITLE = 'Security FTE in post, simulated'

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
  // The ranges in words and numbers are shown only for the plan on screen, never an earlier one.
  const current = simulation !== null && uncertainty.computedFor === analysis?.doc ? simulation : null

  const spend = useMemo(() => (projection ? spendConfig(projection, simulation) : null), [projection, simulation])
  const people = useMemo(() => (projection ? headcountConfig(projection) : null), [projection])
  const maturity = useMemo(() => (projection ? maturityConfig(projection) : null), [projection])
  const scores = useMemo(() => (projection ? phaseScoresConfig(projection) : null), [projection])
  const fteBand = useMemo(() => (projection && current ? fteBandConfig(projection, current) : null), [projection, current])

  if (!analysis || !projection || !spend || !people || !maturity || !scores) {
    return <p className="empty">Open a scenario to see its dashboard.</p>
  }
  const { doc, pitfalls, risks } = analysis
  // A simulation of the document before the last edit changed the horizon does not fit this one.
  const peakOverrun = simulation && simulation.quarters.length === projection.quarters.length
    ? peakOverrunProbability(simulation) : null

  return (
    <div className="view dashboard">
      <PageHeader title={doc.name}
        subtitle={<>{quarterRangeLabel(doc.start, 0, doc.quarters - 1)} · {doc.quarters} quarters · {projection.currency}</>} />
      {errorList.length > 0 && (
        <div className="banner banner-warn" role="status">
          The editor has {errorList.length} field{errorList.length === 1 ? '' : 's'} to fix; the dashboard shows the last valid plan.
        </div>
      )}
      <DashboardKpis analysis={analysis} peakOverrun={peakOverrun} failure={failure} />

      <div className="grid-2">
        <ChartCard title="Budget envelope and planned spend" className="span-2" height="large" scenarioName={doc.name}
          subtitle={simulation
            ? <>Stacked spend per quarter; shaded, the simulated P10–P90 of total spend. {bandCoversText(simulation.sources)} ({simulation.samples.toLocaleString('en-US')} samples, seed {simulation.seed})</>
            : failure ? <>Stacked spend per quarter; the P10–P90 band is missing because the simulation failed</>
              : <>Stacked spend per quarter; simulating the P10–P90 band…</>}
          config={spend} testId="chart-spend" />
        <PeriodTable projection={projection} />
        <BenchmarksCard projection={projection} />
        {current
          ? <SimulatedRangesCard simulation={current} currency={projection.currency} />
          : <p className="empty span-2" data-testid="simulated-ranges-pending">{failure ? 'No simulated ranges: the simulation failed.' : 'Simulating ranges and chances…'}</p>}
        {/* Two by two, whether or not the simulation is in: people beside simulated people (its place
            held while it runs), then the maturity chart beside what the next phase needs; the phase
            scores under both, full width. */}
        <ChartCard title="Headcount and security FTE" scenarioName={doc.name} config={people} testId="chart-headcount" />
        {fteBand ? (
          <ChartCard title={FTE_BAND_TITLE} scenarioName={doc.name} config={fteBand} testId="chart-fte-band"
            subtitle={<>
              <ProvenanceBadge source="derived" title="Derived: simulated by Rampart from the plan and its uncertainty settings" />{' '}
              {current?.sources.hiringDates || current?.sources.attrition
                ? 'Solid: the plan; shaded: the P10–P90 of people in post, as hiring slips and people leaving move it'
                : 'The plan: no hire slips and nobody leaves in this plan, so every sample has the planned people in post'}
            </>} />
        ) : (
          <section className="card" data-testid="chart-fte-band-pending" aria-labelledby="fte-band-pending-title">
            <h2 id="fte-band-pending-title">{FTE_BAND_TITLE}</h2>
            <p className="empty">{failure ? 'Missing: the simulation failed.' : 'Simulating…'}</p>
          </section>
        )}
        <ChartCard title="Organisation phase and achieved maturity" scenarioName={doc.name} config={maturity}
          subtitle="Dashed blue: the organisation's phase; solid orange: achieved maturity; orange shading where maturity lags, blue where it leads" testId="chart-maturity" />
        <NextPhaseCard projection={projection} />
        <ChartCard title="Phase scores" scenarioName={doc.name} config={scores} className="span-2"
          subtitle="Share of each phase's capabilities in place; 80% counts as achieved" testId="chart-scores" />
        <section className="card span-2">
          <header className="card-header">
            <div>
              <h2>AI risk register</h2>
              <p className="card-subtitle">Before mitigation, quarter by quarter, and at the end of the plan</p>
            </div>
          </header>
          <RiskHeatMap risks={risks} start={doc.start} />
        </section>
      </div>

      <div className="grid-2 dashboard-lower">
        <section className="card">
          <header className="card-header"><h2>Warnings ({pitfalls.length})</h2></header>
          <WarningsList pitfalls={pitfalls} />
        </section>
        <SpendDriversCard sensitivity={uncertainty.value?.sensitivity ?? null} currency={projection.currency}
          scenarioName={doc.name} failure={failure} />
      </div>
    </div>
  )
}
