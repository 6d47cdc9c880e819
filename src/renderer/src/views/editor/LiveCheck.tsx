// The editor's right-hand panel: the numbers every edit moves, recomputed at once.
import { useMemo } from 'react'
import { phaseName } from '../../../../core/catalog'
import { formatMoneyCompact } from '../../../../core/format'
import { ChartView } from '../../charts/ChartView'
import { liveSpendConfig } from '../../charts/configs'
import { useNavigation } from '../../session/navigation'
import { useWorkspace } from '../../session/workspace'
import { plainError } from '../../session/plainErrors'

export function LiveCheck(): React.JSX.Element | null {
  const { analysis, errorList } = useWorkspace()
  const { focusField } = useNavigation()
  const projection = analysis?.projection
  const config = useMemo(() => (projection ? liveSpendConfig(projection) : null), [projection])
  if (!analysis || !projection || !config) return null
  const { kpis } = analysis
  const money = (v: number) => formatMoneyCompact(v, projection.currency)
  const last = projection.quarters[projection.quarters.length - 1]
  return (
    <aside className="live-check card" aria-label="Live check" data-testid="live-check">
      <h2>Live check</h2>
      {errorList.length > 0 && (
        <div className="live-errors" role="alert">
          <strong>{errorList.length} field{errorList.length === 1 ? '' : 's'} to fix</strong>
          <ul>
            {errorList.slice(0, 4).map((e, i) => {
              const plain = plainError(e, projection.currency)
              // One field can have several messages (the engine's and main's), so paths are not unique keys.
              return (
                <li key={i}>
                  <button type="button" className="link-button" onClick={() => focusField(e.path)} title={e.path}>{plain.label || 'The plan'}</button>
                  {plain.label ? plain.text.slice(plain.label.length) : `: ${plain.text}`}
                  <span className="error-details">{plain.details}</span>
                </li>
              )
            })}
          </ul>
          <p className="muted">Numbers below are from the last valid plan.</p>
        </div>
      )}
      <dl className="live-figures">
        <div><dt>Planned spend</dt><dd data-testid="live-total-spend">{money(kpis.totalSpend)}</dd></div>
        <div><dt>Budget</dt><dd>{money(kpis.totalBudget)}</dd></div>
        <div><dt>Quarters over budget</dt><dd data-testid="live-over-budget">{kpis.quartersOverBudget}</dd></div>
        <div><dt>Security FTE at end</dt><dd>{kpis.endSecurityFte}</dd></div>
        <div><dt>Maturity at end</dt><dd>{phaseName(last.maturityPhase)}</dd></div>
        <div><dt>Warnings</dt><dd>{analysis.pitfalls.length}</dd></div>
      </dl>
      <div className="live-chart">
        {/* The canvas's name is its summary; the figures above hold the totals. */}
        <ChartView config={config} label={`Planned spend against budget per quarter: ${kpis.quartersOverBudget} of ${projection.quarters.length} quarters over budget`} />
      </div>
    </aside>
  )
}
