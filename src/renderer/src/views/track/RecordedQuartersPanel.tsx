// Every recorded quarter against the plan and the budget; a quarter's name opens its check-in.
import type { QuarterPlanVersusActual } from '../../../../core/actuals'
import { phaseName } from '../../../../core/catalog'
import { formatMoneyCompact } from '../../../../core/format'
import { readVariance, type VarianceReading } from './variance'

interface RecordedQuartersPanelProps {
  /** Quarters with actuals only. */
  recorded: readonly QuarterPlanVersusActual[]
  currency: string
  onPick: (quarter: number) => void
}

export function RecordedQuartersPanel({ recorded, currency, onPick }: RecordedQuartersPanelProps): React.JSX.Element | null {
  if (recorded.length === 0) return null
  return (
    <section className="card" aria-labelledby="recorded-quarters-title">
      <header className="card-header">
        <div>
          <h2 id="recorded-quarters-title">Variance by recorded quarter</h2>
          <p className="card-subtitle">Actual less plan and less budget: over is + (red), under is −, each with its share of the plan or budget</p>
        </div>
      </header>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Variance by recorded quarter, scrolls sideways">
      <table className="table table-compact" data-testid="actuals-table">
        <thead>
          <tr><th scope="col">Quarter</th><th scope="col" className="num">Planned</th><th scope="col" className="num">Actual</th>
            <th scope="col" className="num">Over (+) / under (−) plan</th>
            <th scope="col" className="num">Over (+) / under (−) budget</th><th scope="col" className="num">Hires</th>
            <th scope="col">Maturity (plan / achieved)</th><th scope="col">Note</th></tr>
        </thead>
        <tbody>
          {recorded.map((r) => (
            <tr key={r.quarter}>
              <td className="nowrap"><button type="button" className="link-button" onClick={() => onPick(r.quarter)}>{r.label}</button></td>
              <td className="num">{formatMoneyCompact(r.planned.total, currency)}</td>
              <td className="num">{r.actual ? formatMoneyCompact(r.actual.total, currency) : 'n/a'}</td>
              <VarianceCell reading={readVariance(r, 'plan', currency)} testId={`variance-plan-${r.quarter}`} />
              <VarianceCell reading={readVariance(r, 'budget', currency)} testId={`variance-budget-${r.quarter}`} />
              <td className="num">{r.hiresThisQuarter}</td>
              <td>{phaseName(r.plannedMaturityPhase)} / {r.achievedMaturityPhase ? phaseName(r.achievedMaturityPhase) : 'n/a'}</td>
              <td className="muted note-cell">{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <p className="muted table-note">
        Over plan or budget is positive and red; under is negative. A zero plan has no percentage (n/a). Under plan only
        because hires are behind is shown in amber: it is salaries not yet paid for work not yet done, not a saving.
      </p>
    </section>
  )
}

function VarianceCell({ reading, testId }: { reading: VarianceReading | null; testId: string }): React.JSX.Element {
  if (!reading) return <td className="num">n/a</td>
  return (
    <td className={`num text-${reading.tone}`} data-testid={testId} data-tone={reading.tone}>
      {reading.text} <span className="variance-percent">({reading.percent})</span>
      {reading.reason && <div className="variance-reason">{reading.reason}</div>}
    </td>
  )
}
