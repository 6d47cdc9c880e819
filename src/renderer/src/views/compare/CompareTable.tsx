// The KPIs of every compared scenario side by side, each with its difference from the base, and
// the quarter each reaches every maturity phase.
import { PHASE_IDS, phaseName } from '../../../../core/catalog'
import type { Comparison, NumericKpi } from '../../../../core/compare'
import { formatMoneyCompact, formatPercent, formatRatioAsPercent } from '../../../../core/format'
import { SERIES_COLORS } from '../../charts/palette'
import { Delta, ReachedDelta } from './Deltas'

interface KpiRow {
  key: NumericKpi
  label: string
  format: (value: number, currency: string) => string
  /** For percentages, a difference is in percentage points, not percent. */
  formatDelta?: (value: number) => string
  /** Which direction of change is worse, for colouring deltas. */
  worse?: 'up' | 'down'
  /** Amounts of money: a difference between two currencies means nothing. */
  money?: boolean
}

const KPI_ROWS: KpiRow[] = [
  { key: 'totalSpend', label: 'Planned spend over the plan', format: formatMoneyCompact, money: true },
  { key: 'totalBudget', label: 'Budget over the plan', format: formatMoneyCompact, money: true },
  { key: 'averagePercentOfRevenue', label: 'Spend as % of revenue', format: (v) => formatPercent(v, 2), formatDelta: (v) => `${v.toFixed(2)} pts` },
  { key: 'quartersOverBudget', label: 'Quarters over budget', format: (v) => String(v), worse: 'up' },
  { key: 'peakOverrunProbability', label: 'Peak overrun probability', format: (v) => formatRatioAsPercent(v, 0), formatDelta: (v) => `${(v * 100).toFixed(0)} pts`, worse: 'up' },
  { key: 'peakMaturityGap', label: 'Peak maturity gap (phases)', format: (v) => String(v), worse: 'up' },
  { key: 'endSecurityFte', label: 'Security FTE at end', format: (v) => String(v) },
  { key: 'endHeadcount', label: 'Employees at end', format: (v) => v.toLocaleString('en-US') },
  { key: 'totalRevenue', label: 'Revenue over the plan', format: formatMoneyCompact, money: true }
]

interface CompareTableProps {
  comparison: Comparison
  /** Each scenario's period ("2027-Q1 – 2031-Q4"), in the comparison's order. */
  periods: readonly string[]
  mixedPeriods: boolean
  /** The base's currency: differences in money against another currency are n/a. */
  currency: string
}

export function CompareTable({ comparison, periods, mixedPeriods, currency }: CompareTableProps): React.JSX.Element {
  return (
    <section className="card">
      <table className="table kpi-table" data-testid="compare-table">
        <thead>
          <tr>
            <th>KPI</th>
            {comparison.scenarios.map((s, i) => (
              <th key={i} className="num">
                <span className="series-swatch" style={{ background: SERIES_COLORS[i] }} aria-hidden="true" />
                {s.doc.name}{i === 0 && <span className="muted"> (base)</span>}
                <div className={`column-period ${mixedPeriods ? 'column-period-differs' : ''}`}>{periods[i]}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KPI_ROWS.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {comparison.scenarios.map((s, i) => {
                const value = s.kpis[row.key]
                const delta = comparison.deltas[i].values[row.key]
                const comparable = !row.money || s.kpis.currency === currency
                return (
                  <td key={i} className="num">
                    <div>{value === null ? 'n/a' : row.format(value, s.kpis.currency)}</div>
                    {i > 0 && (delta === null || !comparable
                      ? <div className="delta" title={comparable ? undefined : `${s.kpis.currency} cannot be compared with the base's ${currency}`}>n/a</div>
                      : <Delta value={delta} worse={row.worse} format={row.formatDelta ?? ((v) => row.format(v, s.kpis.currency))} />)}
                  </td>
                )
              })}
            </tr>
          ))}
          {PHASE_IDS.slice(1).map((phase) => (
            <tr key={phase}>
              <th scope="row">Maturity reaches {phaseName(phase)}</th>
              {comparison.scenarios.map((s, i) => {
                const delta = comparison.deltas[i].maturityPhaseReached[phase]
                return (
                  <td key={i} className="num">
                    <div>{s.kpis.maturityPhaseReached[phase] ?? 'not in plan'}</div>
                    {i > 0 && <ReachedDelta delta={delta} reached={s.kpis.maturityPhaseReached[phase] !== null}
                      baseReached={comparison.scenarios[0].kpis.maturityPhaseReached[phase] !== null} />}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
