// Compare a base scenario with up to five others: KPIs with deltas against the base and
// overlaid charts, all simulated with the same seed so differences come from the plans.
import { useEffect, useMemo, useState } from 'react'
import { PHASE_IDS, phaseName } from '../../../core/catalog'
import type { Comparison, NumericKpi } from '../../../core/compare'
import { formatMoneyCompact, formatPercent, formatRatioAsPercent } from '../../../core/format'
import { quarterRangeLabel } from '../../../core/quarters'
import type { ScenarioDoc } from '../../../core/scenario'
import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_COMPARED_SCENARIOS } from '../../../core/limits'
import { ChartCard } from '../charts/ChartCard'
import { compareFteConfig, compareMaturityConfig, compareSpendConfig } from '../charts/configs'
import { SERIES_COLORS } from '../charts/palette'
import { askWorker } from '../compute/workerClient'
import { FieldFrame } from '../components/fields'
import { PageHeader } from '../components/PageHeader'
import { describeErrors, useNotify } from '../session/notices'
import { useWorkspace } from '../session/workspace'

const MAX_OTHERS = MAX_COMPARED_SCENARIOS - 1

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

export function CompareView(): React.JSX.Element {
  const { scenarios, open, analysis } = useWorkspace()
  const notify = useNotify()
  const [baseId, setBaseId] = useState<number | null>(open?.id ?? scenarios[0]?.id ?? null)
  const [others, setOthers] = useState<number[]>(() => scenarios.filter((s) => s.id !== (open?.id ?? scenarios[0]?.id)).slice(0, 1).map((s) => s.id))
  const [comparison, setComparison] = useState<Comparison | null>(null)
  const [running, setRunning] = useState(false)
  const liveDoc = analysis?.doc ?? null
  const openId = open?.id ?? null
  const ids = useMemo(() => (baseId === null ? [] : [baseId, ...others.filter((id) => id !== baseId)]), [baseId, others])

  useEffect(() => {
    if (ids.length === 0) return
    let current = true
    setRunning(true)
    void (async () => {
      try {
        const docs: ScenarioDoc[] = []
        for (const id of ids) {
          // The open scenario is compared as edited, even before its autosave lands.
          if (id === openId && liveDoc) {
            docs.push(liveDoc)
            continue
          }
          const result = await window.rampart.scenarioGet(id)
          if (!result.ok) {
            if (current) notify(`Could not load a scenario to compare: ${describeErrors(result.errors)}`, 'error')
            return
          }
          docs.push(result.value.document)
        }
        const response = await askWorker('compare', { kind: 'compare', docs, seed: DEFAULT_SEED, samples: DEFAULT_SAMPLES })
        if (!current || !response) return
        if (response.kind === 'compare') setComparison(response.value)
        else if (response.kind === 'error') notify(`Comparison failed: ${response.message}`, 'error')
      } finally {
        // Whatever ended this run, a newer one (if any) owns the flag now.
        if (current) setRunning(false)
      }
    })()
    return () => {
      current = false
    }
  }, [ids, openId, liveDoc, notify])

  const currency = comparison?.scenarios[0]?.kpis.currency ?? 'USD'
  const spend = useMemo(() => (comparison ? compareSpendConfig(comparison.scenarios, currency) : null), [comparison, currency])
  const maturity = useMemo(() => (comparison ? compareMaturityConfig(comparison.scenarios) : null), [comparison])
  const fte = useMemo(() => (comparison ? compareFteConfig(comparison.scenarios) : null), [comparison])
  const toggle = (id: number) => setOthers((list) => list.includes(id)
    ? list.filter((x) => x !== id)
    : list.length >= MAX_OTHERS ? list : [...list, id])
  const mixedCurrencies = comparison ? new Set(comparison.scenarios.map((s) => s.kpis.currency)).size > 1 : false
  const periods = comparison ? comparison.scenarios.map((s) => periodOf(s.kpis)) : []
  const mixedPeriods = new Set(periods).size > 1

  return (
    <div className="view compare">
      <PageHeader title="Compare" subtitle={`A base and up to ${MAX_OTHERS} others, simulated with the same seed (${DEFAULT_SEED}) and ${DEFAULT_SAMPLES.toLocaleString('en-US')} samples`} />
      <section className="card compare-picker">
        <FieldFrame label="Base scenario">
          {(id) => (
            <select id={id} value={baseId ?? ''} data-testid="compare-base" onChange={(e) => setBaseId(Number(e.target.value))}>
              {scenarios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          )}
        </FieldFrame>
        <fieldset className="checkbox-group">
          <legend>Compare with ({others.filter((id) => id !== baseId).length} of {MAX_OTHERS})</legend>
          {scenarios.filter((s) => s.id !== baseId).map((s) => (
            <label key={s.id} className="checkbox">
              <input type="checkbox" checked={others.includes(s.id)} onChange={() => toggle(s.id)}
                disabled={!others.includes(s.id) && others.length >= MAX_OTHERS} />
              {s.name}
            </label>
          ))}
          {scenarios.length < 2 && <p className="muted">Duplicate a scenario as a what-if to have something to compare.</p>}
        </fieldset>
      </section>

      {running && !comparison && <p className="empty">Simulating…</p>}
      {comparison && (
        <>
          {mixedCurrencies && (
            <div className="banner banner-warn" data-testid="mixed-currencies">
              These scenarios use different currencies: money is shown in each scenario's own, and differences in money
              against the base ({currency}) are n/a.
            </div>
          )}
          {mixedPeriods && comparison && (
            <div className="banner banner-warn" data-testid="different-periods">
              These scenarios cover different periods, so totals over the plan (spend, budget, revenue, % of revenue) and the
              figures at the end are not like for like:{' '}
              {comparison.scenarios.map((s, i) => `${s.doc.name} ${periods[i]} (${s.kpis.quarters} quarters)`).join('; ')}.
            </div>
          )}
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
          <div className="grid-2">
            {spend && <ChartCard title="Planned spend and budget" className="span-2" scenarioName="comparison" config={spend}
              subtitle="Solid: planned spend per quarter; dashed: each scenario's budget envelope" testId="chart-compare-spend" />}
            {maturity && <ChartCard title="Achieved maturity" scenarioName="comparison" config={maturity} testId="chart-compare-maturity" />}
            {fte && <ChartCard title="Security FTE" scenarioName="comparison" config={fte} testId="chart-compare-fte" />}
          </div>
        </>
      )}
    </div>
  )
}

/** "2027-Q1 – 2031-Q4": the quarters a scenario's totals cover. */
function periodOf(kpis: { start: string; quarters: number }): string {
  return quarterRangeLabel(kpis.start, 0, kpis.quarters - 1)
}

/** When maturity reaches a phase against the base: "+2 qtr later", "same", or which one never does. */
function ReachedDelta({ delta, reached, baseReached }: { delta: number | null; reached: boolean; baseReached: boolean }): React.JSX.Element {
  if (delta === null) {
    if (reached === baseReached) return <div className="delta">neither reaches it</div>
    return reached
      ? <div className="delta delta-good" title="The base does not reach this phase within its plan">reached; base never</div>
      : <div className="delta delta-bad" title="The base reaches this phase; this scenario does not within its plan">never; base does</div>
  }
  if (delta === 0) return <div className="delta">same quarter</div>
  const quarters = Math.abs(delta)
  return (
    <div className={`delta ${delta > 0 ? 'delta-bad' : 'delta-good'}`} title={`${quarters} quarter${quarters === 1 ? '' : 's'} ${delta > 0 ? 'later' : 'earlier'} than the base`}>
      {delta > 0 ? '+' : '−'}{quarters} qtr {delta > 0 ? 'later' : 'earlier'}
    </div>
  )
}

function Delta({ value, worse, format }: { value: number; worse?: 'up' | 'down'; format: (v: number) => string }): React.JSX.Element {
  if (Math.abs(value) < 1e-9) return <div className="delta">no change</div>
  const tone = worse === undefined ? '' : (value > 0) === (worse === 'up') ? 'delta-bad' : 'delta-good'
  return <div className={`delta ${tone}`}>{value > 0 ? '+' : '−'}{format(Math.abs(value))}</div>
}
