// Budget policy: a percent of revenue by org phase or one fixed percent, a minimum, and where it
// sits against the blueprint's 2–8% band and the cited cross-industry benchmarks.
import { BENCHMARKS, BUDGET_BAND, DEFAULT_BUDGET_PERCENT, PHASES } from '../../../../core/catalog'
import { formatMoneyCompact } from '../../../../core/format'
import { projectScenario } from '../../../../core/projection'
import type { BudgetMode, ScenarioDoc } from '../../../../core/scenario'
import { NumberField, SelectField } from '../../components/fields'
import { FiscalYearHeading } from '../../components/FiscalYearHeading'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'
import { useWorkspace } from '../../session/workspace'

/** The band chart's scale runs from 0 to this percent of revenue. */
const SCALE_MAX = 9

const MODES: { id: BudgetMode; label: string; explains: string }[] = [
  { id: 'byPhase', label: 'By organisation phase', explains: 'A percent of revenue for each phase; it steps when headcount crosses a threshold.' },
  { id: 'fixed', label: 'Fixed percent', explains: 'One percent of revenue throughout the plan.' },
  { id: 'glide', label: 'Glide', explains: 'The phase percents blended by headcount between thresholds, so the budget never jumps.' },
  { id: 'amounts', label: 'Approved amounts', explains: 'The budget the board approved for each fiscal year; the 2–8% band stays beside it as a reference.' }
]

const MONTHS = ['January', 'April', 'July', 'October']

/**
 * The plan with another budget mode, keeping what that mode needs: approved amounts start from the
 * budgets of the mode before, and stand alone (validation refuses percents or a minimum beside
 * them); leaving them drops them.
 */
export function withBudgetMode(doc: ScenarioDoc, mode: BudgetMode): ScenarioDoc {
  const { amounts, percent, fixedPercent, minimumAnnual } = doc.budget
  if (mode === 'amounts') {
    const current = projectScenario(doc).fiscalYears
    return { ...doc, budget: { mode, amounts: amounts ?? current.map((y) => ({ fiscalYear: y.year, amount: Math.round(y.budget) })) } }
  }
  const kept = { ...(percent && { percent }), ...(fixedPercent !== undefined && { fixedPercent }), ...(minimumAnnual !== undefined && { minimumAnnual }) }
  if (mode === 'fixed') return { ...doc, budget: { ...kept, mode, fixedPercent: fixedPercent ?? 4 } }
  return { ...doc, budget: { ...kept, mode, percent: percent ?? { ...DEFAULT_BUDGET_PERCENT } } }
}

export function BudgetSection(): React.JSX.Element | null {
  const { doc, errors, setField, edit, analysis } = useWorkspace()
  if (!doc) return null
  const currency = doc.currency ?? 'USD'
  const budget = doc.budget
  const markers = budget.mode === 'amounts' ? [] : budget.mode === 'fixed'
    ? [{ label: 'Fixed', value: budget.fixedPercent ?? 0 }]
    : PHASES.map((p) => ({ label: p.name, value: budget.percent?.[p.id] ?? DEFAULT_BUDGET_PERCENT[p.id] }))
  const revenueBenchmarks = BENCHMARKS.filter((b) => b.metric === 'percentOfRevenue')

  const setMode = (mode: BudgetMode) => edit('budget.mode', (d) => withBudgetMode(d, mode))
  // Each mode's budget per fiscal year for the last valid plan: a small preview beside the choice.
  const base = analysis?.doc
  const preview = base ? MODES.map((m) => ({ mode: m, years: projectScenario(withBudgetMode(base, m.id)).fiscalYears })) : []
  const years = analysis?.projection.fiscalYears ?? []

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
        <div className="form-grid form-grid-4">
          <SelectField label="Fiscal year starts in" path="fiscalYearStart" value={String(doc.fiscalYearStart ?? 1)}
            options={MONTHS.map((m, i) => ({ value: String(i + 1), label: `${m} (calendar Q${i + 1})` }))}
            onChange={(path, value) => setField(path, Number(value))} error={errors.get('fiscalYearStart')}
            hint="A fiscal year is named by the calendar year in which it ends" />
        </div>
        <fieldset className="segmented" data-field="budget.mode">
          <legend className="visually-hidden">Budget mode</legend>
          {MODES.map((m) => (
            <label key={m.id} className={budget.mode === m.id ? 'selected' : ''}>
              <input type="radio" name="budget-mode" checked={budget.mode === m.id} onChange={() => setMode(m.id)} />
              {m.label}
            </label>
          ))}
        </fieldset>
        <p className="muted budget-mode-explains" data-testid="budget-mode-explains">{MODES.find((m) => m.id === budget.mode)?.explains}</p>
        {preview.length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Budget by fiscal year in each mode">
            <table className="table table-compact budget-preview" data-testid="budget-preview">
              <caption className="visually-hidden">Budget by fiscal year in each mode</caption>
              <thead>
                <tr><th scope="col">Mode</th>{preview[0].years.map((y) => <th key={y.year} scope="col" className="num fiscal-year-heading"><FiscalYearHeading year={y} /></th>)}</tr>
              </thead>
              <tbody>
                {preview.map(({ mode, years: modeYears }) => (
                  <tr key={mode.id} className={mode.id === budget.mode ? 'row-current' : ''}>
                    <th scope="row">{mode.label}{mode.id === budget.mode ? ' (chosen)' : ''}</th>
                    {modeYears.map((y) => <td key={y.year} className="num">{formatMoneyCompact(y.budget, currency)}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {budget.mode === 'amounts' ? (
          <div className="form-grid form-grid-4" data-testid="budget-amounts">
            {(budget.amounts ?? []).map((a, i) => {
              const year = years.find((y) => y.year === a.fiscalYear)
              return (
                <NumberField key={a.fiscalYear} label={`FY${a.fiscalYear} approved budget (${currency})`} path={`budget.amounts[${i}].amount`}
                  value={a.amount} onChange={setField} error={errors.get(`budget.amounts[${i}].amount`) ?? errors.get(`budget.amounts[${i}]`)}
                  min={0} step={10000} currency={currency}
                  hint={year ? `${BUDGET_BAND.min}–${BUDGET_BAND.max}% of revenue: ${formatMoneyCompact((year.revenue * BUDGET_BAND.min) / 100, currency)}–${formatMoneyCompact((year.revenue * BUDGET_BAND.max) / 100, currency)} (reference)` : undefined} />
              )
            })}
            {errors.get('budget.amounts') && <p className="field-error">{errors.get('budget.amounts')}</p>}
          </div>
        ) : budget.mode === 'byPhase' || budget.mode === 'glide' ? (
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
        {budget.mode !== 'amounts' && <div className="form-grid form-grid-4">
          <NumberField label={`Annual minimum (${currency})`} path="budget.minimumAnnual" value={budget.minimumAnnual}
            onChange={setField} error={errors.get('budget.minimumAnnual')} step={10000} min={0} placeholder="0" currency={currency}
            hint={budget.minimumAnnual ? `${formatMoneyCompact(budget.minimumAnnual / 4, currency)} a quarter at least` : 'none'} />
        </div>}
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
