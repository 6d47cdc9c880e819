// The hiring plan as an editable table, the engine's suggested sequence as a draft to review and
// apply, and the four first-hire profiles side by side.
import { memo, useCallback, useMemo, useState } from 'react'
import { ROLE_BY_ID, ROLES } from '../../../../core/catalog'
import { DEFAULT_SCENARIO } from '../../../../core/defaultScenario'
import { formatMoney, formatMoneyCompact } from '../../../../core/format'
import { firstHireOptions, suggestHiringSequence, type HiringSuggestion } from '../../../../core/hiring'
import type { Hire } from '../../../../core/scenario'
import { NumberField, QuarterField, SelectField } from '../../components/fields'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'
import { useWorkspace } from '../../session/workspace'
import { draftEffect } from './draftEffect'
import { rowErrors, useQuarterOptions, withoutIndex } from './editorShared'

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r.id, label: r.name }))

export function HiringSection(): React.JSX.Element | null {
  const { doc, errors, setField, edit, analysis } = useWorkspace()
  const [suggestion, setSuggestion] = useState<HiringSuggestion | null>(null)
  const [keepExisting, setKeepExisting] = useState(true)
  const fallbackStart = analysis?.doc.start ?? '2026-Q1'
  const options = useQuarterOptions(doc ?? DEFAULT_SCENARIO, fallbackStart)
  const endOptions = useQuarterOptions(doc ?? DEFAULT_SCENARIO, fallbackStart, true)
  const profiles = useMemo(() => firstHireOptions(), [])
  const effect = useMemo(() => (suggestion && analysis ? draftEffect(analysis.doc, analysis.kpis, suggestion.draft) : null),
    [suggestion, analysis])
  const removeHire = useCallback((index: number) => edit('hires:remove', (d) => ({ ...d, hires: withoutIndex(d.hires, index) })), [edit])
  const changeRole = useCallback((index: number, role: string) => edit(`hires[${index}].role`, (d) => ({
    ...d,
    hires: (d.hires ?? []).map((h, i) => {
      if (i !== index) return h
      // A role still at its catalog cost moves to the new role's cost; a negotiated one stays.
      const previous = ROLE_BY_ID.get(h.role)
      const next = ROLE_BY_ID.get(role)
      const annualCost = previous && next && h.annualCost === previous.annualCost ? next.annualCost : h.annualCost
      return { ...h, role, annualCost }
    })
  })), [edit])
  if (!doc) return null
  const hires = doc.hires ?? []
  const currency = doc.currency ?? 'USD'

  const addHire = () => edit('hires:add', (d) => {
    const last = d.hires?.[d.hires.length - 1]
    const role = ROLE_BY_ID.get('security-engineer')!
    return { ...d, hires: [...(d.hires ?? []), { role: role.id, count: 1, quarter: last?.quarter ?? 0, annualCost: role.annualCost }] }
  })
  const suggest = () => {
    if (analysis) setSuggestion(suggestHiringSequence(analysis.doc, { keepExisting }))
  }
  const applySuggestion = () => {
    if (!suggestion) return
    edit('hires:suggestion', (d) => ({ ...d, hires: suggestion.draft }))
    setSuggestion(null)
  }
  const makeFirstHire = (role: string) => edit('hires:first', (d) => {
    const profile = ROLE_BY_ID.get(role)!
    const list = d.hires ?? []
    const first = list.reduce((best, h, i) => (best === -1 || h.quarter < list[best].quarter ? i : best), -1)
    const hire: Hire = { role, count: 1, quarter: 0, annualCost: profile.annualCost }
    return { ...d, hires: first === -1 ? [hire] : list.map((h, i) => (i === first ? { ...h, role, annualCost: profile.annualCost } : h)) }
  })

  return (
    <div className="editor-section">
      <section className="card" data-field="hires" tabIndex={-1}>
        <header className="card-header">
          <div>
            <h3>Hiring plan</h3>
            <p className="card-subtitle">Annual costs are fully loaded; salaries grow each year by the rate below</p>
          </div>
          <div className="button-row">
            <button type="button" className="button button-small" onClick={addHire}>Add hire</button>
          </div>
        </header>
        {errors.get('hires') && <p className="field-error">{errors.get('hires')}</p>}
        <table className="table table-fixed" data-testid="hires-table">
          <thead>
            <tr>
              <th>Role</th><th className="col-count">Count</th><th className="col-quarter">Start</th>
              <th className="col-quarter">Leaves</th><th className="col-money">Annual cost ({currency})</th><th className="col-remove"><span className="visually-hidden">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {hires.map((h, i) => (
              <HireRow key={i} index={i} hire={h} options={options} endOptions={endOptions} errors={rowErrors(errors, `hires[${i}]`)}
                currency={currency} onChange={setField} onRole={changeRole} onRemove={removeHire} />
            ))}
          </tbody>
        </table>
        {hires.length === 0 && <p className="empty">No hires planned yet. Add one, or let Rampart suggest a sequence.</p>}
        <div className="form-grid form-grid-4 section-foot">
          <NumberField label="Annual salary growth" path="salaryGrowthPercent" value={doc.salaryGrowthPercent} suffix="% a year"
            onChange={setField} error={errors.get('salaryGrowthPercent')} step={0.5} placeholder="0" />
        </div>
      </section>

      <section className="card">
        <header className="card-header">
          <div>
            <h3>Suggest a sequence</h3>
            <p className="card-subtitle">A draft from the growth curve: the roles each phase needs, then the team grows with the company</p>
          </div>
          <div className="button-row">
            <label className="checkbox">
              <input type="checkbox" checked={keepExisting} onChange={(e) => setKeepExisting(e.target.checked)} />
              Keep current hires
            </label>
            <button type="button" className="button button-primary button-small" onClick={suggest} disabled={!analysis}>Suggest a sequence</button>
          </div>
        </header>
        {suggestion && (
          <div className="suggestion" data-testid="suggestion">
            {effect && (
              <div className="draft-effect">
                <h4>What the draft does to the plan</h4>
                <table className="table table-compact" data-testid="suggestion-effect">
                  <thead><tr><th><span className="visually-hidden">Measure</span></th><th className="num">Now</th><th className="num">With the draft</th><th className="num">Change</th></tr></thead>
                  <tbody>
                    {effect.map((r) => (
                      <tr key={r.measure}>
                        <th scope="row">{r.measure}</th>
                        <td className="num">{r.now}</td>
                        <td className="num">{r.withDraft}</td>
                        <td className={`num ${r.tone === 'worse' ? 'text-bad' : r.tone === 'better' ? 'text-good' : ''}`}>{r.change}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={applySuggestion} disabled={suggestion.added.length === 0 && keepExisting}>
                Apply draft ({suggestion.draft.length} hires)
              </button>
              <button type="button" className="button" onClick={() => setSuggestion(null)}>Discard</button>
            </div>
            {suggestion.added.length === 0
              ? <p className="empty">The plan already covers what the growth curve calls for; nothing to add.</p>
              : (
                <table className="table table-compact">
                  <thead><tr><th>Role</th><th>Open requisition</th><th>Starts</th><th className="num">Annual cost</th><th>Why</th></tr></thead>
                  <tbody>
                    {suggestion.added.map((h, i) => (
                      <tr key={i}>
                        <td>{ROLE_BY_ID.get(h.role)?.name ?? h.role}</td>
                        <td className="nowrap">{h.requisitionLabel}</td>
                        <td className="nowrap">{h.startLabel}</td>
                        <td className="num nowrap">{formatMoney(h.annualCost, currency)}</td>
                        <td className="muted">{h.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
          </div>
        )}
      </section>

      <section className="card">
        <header className="card-header">
          <div>
            <h3>The first security hire</h3>
            <p className="card-subtitle">The blueprint's four profiles; it recommends a senior security engineer with AI experience</p>
          </div>
        </header>
        <div className="profiles">
          {profiles.map((p) => (
            <article key={p.role} className={`profile ${p.recommended ? 'profile-recommended' : ''}`}>
              <h4>{p.name}</h4>
              {p.recommended && <span className="chip chip-good">Recommended</span>}
              <div className="profile-cost">{formatMoneyCompact(p.annualCost, currency)} / year <ProvenanceBadge source="illustrative" /></div>
              <dl>
                <dt>Strengths</dt><dd>{p.strengths}</dd>
                <dt>Gaps</dt><dd>{p.gaps}</dd>
              </dl>
              <button type="button" className="button button-small" onClick={() => makeFirstHire(p.role)}>Make first hire</button>
            </article>
          ))}
        </div>
      </section>
    </div>
  )
}

interface HireRowProps {
  index: number
  hire: Hire
  options: { value: string; label: string }[]
  endOptions: { value: string; label: string }[]
  errors: Readonly<Record<string, string>>
  currency: string
  onChange: (path: string, value: unknown) => void
  onRole: (index: number, role: string) => void
  onRemove: (index: number) => void
}

const HireRow = memo(function HireRow({ index, hire, options, endOptions, errors, currency, onChange, onRole, onRemove }: HireRowProps) {
  const path = `hires[${index}]`
  const catalogRole = ROLE_BY_ID.get(hire.role)
  const n = index + 1
  return (
    <tr>
      <td><SelectField compact wrap label={`Hire ${n} role`} path={`${path}.role`} value={hire.role} options={ROLE_OPTIONS}
        onChange={(_, role) => onRole(index, role)} error={errors.role} /></td>
      <td><NumberField compact label={`Hire ${n} count`} path={`${path}.count`} value={hire.count} onChange={onChange} error={errors.count} min={1} /></td>
      <td><QuarterField compact label={`Hire ${n} start quarter`} path={`${path}.quarter`} value={hire.quarter} options={options}
        onChange={onChange} error={errors.quarter} /></td>
      <td><QuarterField compact label={`Hire ${n} leaves`} path={`${path}.endQuarter`} value={hire.endQuarter} options={endOptions.slice(1)}
        onChange={onChange} error={errors.endQuarter} noneLabel="Stays" /></td>
      <td>
        <NumberField compact label={`Hire ${n} annual cost`} path={`${path}.annualCost`} value={hire.annualCost} onChange={onChange}
          error={errors.annualCost} min={0} step={5000} currency={currency}
          hint={catalogRole && hire.annualCost === catalogRole.annualCost ? <ProvenanceBadge source={catalogRole.source} /> : undefined} />
      </td>
      <td className="cell-actions">
        <button type="button" className="icon-button" onClick={() => onRemove(index)} aria-label={`Remove hire ${n}`}>✕</button>
      </td>
    </tr>
  )
})
