// The quarterly check-in: what was actually spent, hired and put in place, against the plan.
import { useMemo } from 'react'
import { planVersusActual } from '../../../../core/actuals'
import { ChartCard } from '../../charts/ChartCard'
import { planActualHiresConfig, planActualSpendConfig } from '../../charts/configs'
import type { Analysis } from '../../compute/analysis'
import { PageHeader } from '../../components/PageHeader'
import { useWorkspace } from '../../session/workspace'
import { ActualsImportPanel } from './ActualsImportPanel'
import { CheckInPanel } from './CheckInPanel'
import { insightsFor } from './insights'
import { InsightsPanel } from './InsightsPanel'
import { LineVariancePanel } from './LineVariancePanel'
import { RecordedQuartersPanel } from './RecordedQuartersPanel'
import { useActuals } from './useActuals'
import './actuals.css'
import { useCheckIn } from './useCheckIn'

export function TrackView(): React.JSX.Element {
  const { open, analysis } = useWorkspace()
  if (!open || !analysis) return <p className="empty">Open a scenario to track it.</p>
  // Each scenario has its own actuals and check-in, so another scenario starts afresh.
  return <TrackScenario key={open.id} scenarioId={open.id} analysis={analysis} />
}

function TrackScenario({ scenarioId, analysis }: { scenarioId: number; analysis: Analysis }): React.JSX.Element {
  const [actuals, setActuals] = useActuals(scenarioId)
  const plan = analysis.doc
  const currency = analysis.projection.currency
  const rows = useMemo(() => planVersusActual(plan, actuals ?? []), [plan, actuals])
  const spendChart = useMemo(() => (rows.length ? planActualSpendConfig(rows, currency) : null), [rows, currency])
  const hiresChart = useMemo(() => (rows.length ? planActualHiresConfig(rows) : null), [rows])
  const insights = useMemo(() => insightsFor(rows, currency), [rows, currency])
  const quarterOptions = useMemo(() => rows.map((r) => ({ value: String(r.quarter), label: r.label })), [rows])
  const checkIn = useCheckIn({ scenarioId, plan, rows, actuals, onSaved: setActuals })
  const draftPlan = checkIn.draft ? rows[checkIn.draft.quarter] : undefined
  // By line: the check-in's quarter when it is recorded, else the latest recorded quarter.
  const lineRow = draftPlan?.actual ? draftPlan : rows.findLast((r) => r.actual)
  const lineRecorded = lineRow && actuals?.find((a) => a.quarter === lineRow.quarter)

  return (
    <div className="view track">
      <PageHeader title="Track" subtitle="Quarterly check-in: record what happened and see it against the plan" />
      {/* The variance comes first: it is what a finance reader opens Track for. */}
      <RecordedQuartersPanel recorded={rows.filter((r) => r.actual)} currency={currency}
        onPick={(quarter) => void checkIn.switchQuarter(quarter)} />
      {lineRow && lineRecorded && (
        <LineVariancePanel plan={plan} row={lineRow} recorded={lineRecorded}
          headcount={analysis.projection.quarters[lineRow.quarter].headcount} currency={currency} />
      )}
      <div className="track-layout">
        {checkIn.draft && draftPlan && (
          <CheckInPanel checkIn={checkIn} draft={checkIn.draft} plan={draftPlan} doc={plan} quarterOptions={quarterOptions} currency={currency}
            headcount={analysis.projection.quarters[checkIn.draft.quarter].headcount} />
        )}
        <div className="stack">
          {actuals && <ActualsImportPanel scenarioId={scenarioId} onImported={(imported) => {
            setActuals(imported)
            checkIn.reload(imported)
          }} />}
          <InsightsPanel insights={insights} />
          {spendChart && <ChartCard title="Planned and actual spend" scenarioName={plan.name} config={spendChart} testId="chart-plan-actual" />}
          {hiresChart && <ChartCard title="Security team: plan and hires" scenarioName={plan.name} config={hiresChart} height="small" testId="chart-plan-hires" />}
        </div>
      </div>
    </div>
  )
}
