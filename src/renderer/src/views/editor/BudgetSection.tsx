// Budget policy: a percent of revenue by org phase or one fixed percent, a minimum, and where it
// sits against the blueprint's 2–8% band and the cited cross-industry benchmarks.
import { BENCHMARKS, BUDGET_BAND, DEFAULT_BUDGET_PERCENT, PHASES } from '../../../../core/catalog'
import { formatMoneyCompact } from '../../../../core/format'
import { NumberField } from '../../components/fields'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'
import { useWorkspace } from '../../session/workspace'

/** The band chart's scale runs from 0 to this percent of revenue. */
const SCALE_MAX = 9

export function BudgetSection(): React.JSX.Element | null {
  const { doc, errors, setField, edit } = useWorkspace()
  if (!doc) return null
  const currency = doc.currency ?? 'USD'
  const budget = doc.budget
  const markers = budget.mode === 'fixed'
    ? [{ label: 'Fixed', value: budget.fixedPercent ?? 0 }]
    : PHASES.map((p) => ({ label: p.name, value: budget.percent?.[p.id] ?? DEFAULT_BUDGET_PERCENT[p.id] }))
  const revenueBenchmarks = BENCHMARKS.filter((b) => b.metric === 'percentOfRevenue')

  const setMode = (mode: 'byPhase' | 'fixed') => edit('budget.mode', (d) => ({
    ...d,
    budget: mode === 'fixed'
      ? { ...d.budget, mode, fixedPercent: d.budget.fixedPercent ?? 4 }
      : { ...d.budget, mode, percent: d.budget.percent ?? { ...DEFAULT_BUDGET_PERCENT } }
  }))

  return (
    <div className="editor-section">
      <section className="card" data-field="budget" tabIndex={-1}>
        <header className="card-header">
          <div>
            <h2>Budget envelope</h2>
            <p className="card-subtitle">Security budget as a percent of quarterly revenue, never below the annual minimum</p>
          </div>
          <ProvenanceBadge source="reference" title="Default percents and the 2–8% band come from the AI-security maturity blueprint" />
        </header>
        <fieldset className="segmented" data-field="budget.mode">
          <legend className="visually-hidden">Budget mode</legend>
          <label className={budget.mode === 'byPhase' ? 'selected' : ''}>
            <input type="radio" name="budget-mode" checked={budget.mode === 'byPhase'} onChange={() => setMode('byPhase')} />
            By organisation phase
          </label>
          <label className={budget.mode === 'fixed' ? 'selected' : ''}>
            <input type="radio" name="budget-mode" checked={budget.mode === 'fixed'} onChange={() => setMode('fixed')} />
            Fixed percent
          </label>
        </fieldset>
        {budget.mode === 'byPhase' ? (
          <div className="form-grid form-grid-5">
            {PHASES.map((p) => (
              <NumberField key={p.id} label={p.name} path={`budget.percent.${p.id}`} suffix="%" step={0.1}
                value={budget.percent?.[p.id]} onChange={setField} error={errors.get(`budget.percent.${p.id}`)}
                hint={`default ${DEFAULT_BUDGET_PERCENT[p.id]}%`} />
            ))}
          </div>
        ) : (
          <div className="form-grid form-grid-4">
            <NumberField label="Percent of revenue" path="budget.fixedPercent" suffix="%" step={0.1}
              value={budget.fixedPercent} onChange={setField} error={errors.get('budget.fixedPercent')} />
          </div>
        )}
        <div className="form-grid form-grid-4">
          <NumberField label={`Annual minimum (${currency})`} path="budget.minimumAnnual" value={budget.minimumAnnual}
            onChange={setField} error={errors.get('budget.minimumAnnual')} step={10000} min={0} placeholder="0" currency={currency}
            hint={budget.minimumAnnual ? `${formatMoneyCompact(budget.minimumAnnual / 4, currency)} a quarter at least` : 'none'} />
        </div>
      </section>

      <section className="card">
        <header className="card-header">
          <div>
            <h2>How the envelope compares</h2>
            <p className="card-subtitle">The blueprint's {BUDGET_BAND.min}–{BUDGET_BAND.max}% band for AI companies sits well above cross-industry averages</p>
          </div>
        </header>
        <div className="band-scale" aria-label="Budget percents against the 2–8% band and peer benchmarks">
          <div className="band-zone" style={{ left: `${(BUDGET_BAND.min / SCALE_MAX) * 100}%`, width: `${((BUDGET_BAND.max - BUDGET_BAND.min) / SCALE_MAX) * 100}%` }}>
            <span>Blueprint band {BUDGET_BAND.min}–{BUDGET_BAND.max}%</span>
          </div>
          {revenueBenchmarks.map((b) => (
            <div key={b.id} className="band-marker band-peer" style={{ left: `${(b.value / SCALE_MAX) * 100}%` }}
              title={`${b.label}: ${b.value}% (${b.source}, ${b.year})`}>
              <span>{b.year}: {b.value}%</span>
            </div>
          ))}
          {markers.map((m, i) => (
            <div key={m.label} className={`band-marker band-plan ${m.value < BUDGET_BAND.min || m.value > BUDGET_BAND.max ? 'outside' : ''} ${m.value > SCALE_MAX * 0.75 ? 'label-left' : ''}`}
              style={{ left: `${(Math.min(Math.max(m.value, 0), SCALE_MAX) / SCALE_MAX) * 100}%`, top: `${8 + (i % 3) * 18}px` }}
              title={`${m.label}: ${m.value}%`}>
              <span>{m.label} {m.value}%</span>
            </div>
          ))}
          <div className="band-axis">
            {Array.from({ length: SCALE_MAX + 1 }, (_, v) => (
              <span key={v} style={{ left: `${(v / SCALE_MAX) * 100}%` }}>{v}%</span>
            ))}
          </div>
        </div>
        <table className="table table-compact benchmarks" data-testid="benchmarks">
          <thead><tr><th>Peer benchmark</th><th className="num">Value</th><th>Source</th><th className="num">Year</th></tr></thead>
          <tbody>
            {BENCHMARKS.map((b) => (
              <tr key={b.id}>
                <td>{b.label}</td>
                <td className="num">{b.unit === '%' ? `${b.value}%` : b.unit === 'USD' ? formatMoneyCompact(b.value, 'USD') : `$${b.value}B`}</td>
                <td>{b.source}</td>
                <td className="num">{b.year}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}
