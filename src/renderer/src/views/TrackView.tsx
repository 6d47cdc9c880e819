// The quarterly check-in: what was actually spent, hired and put in place, against the plan.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { planVersusActual, type QuarterActual } from '../../../core/actuals'
import { CAPABILITIES, CAPABILITY_BY_ID, PHASES, phaseName } from '../../../core/catalog'
import { formatMoney, formatMoneyCompact } from '../../../core/format'
import { ChartCard } from '../charts/ChartCard'
import { planActualHiresConfig, planActualSpendConfig } from '../charts/configs'
import { useConfirm } from '../components/ConfirmDialog'
import { FieldFrame, NumberField, QuarterField } from '../components/fields'
import { PageHeader } from '../components/PageHeader'
import { useNavigation } from '../session/navigation'
import { describeErrors, useNotify } from '../session/notices'
import { useWorkspace } from '../session/workspace'
import { insightsFor } from './track/insights'
import { readVariance, type VarianceReading } from './track/variance'

type Draft = Omit<QuarterActual, 'people' | 'tools' | 'programs' | 'hires'> & {
  people?: number
  tools?: number
  programs?: number
  hires?: number
}

export function TrackView(): React.JSX.Element {
  const { open, analysis } = useWorkspace()
  const notify = useNotify()
  const confirm = useConfirm()
  const { setLeaveGuard } = useNavigation()
  const [actuals, setActuals] = useState<QuarterActual[]>([])
  const [draft, setDraft] = useState<Draft | null>(null)
  /** The check-in as it was started or last saved, to tell whether the form holds unsaved changes. */
  const [baseline, setBaseline] = useState<string | null>(null)
  const [errors, setErrors] = useState<Map<string, string>>(new Map())
  const projection = analysis?.projection ?? null

  const openId = open?.id ?? null
  useEffect(() => {
    if (openId === null) return
    setDraft(null)
    void window.rampart.actualList(openId).then((result) => {
      if (result.ok) setActuals(result.value)
      else notify(`Could not load actuals: ${describeErrors(result.errors)}`, 'error')
    })
  }, [openId, notify])

  const planDoc = analysis?.doc ?? null
  const rows = useMemo(() => (planDoc ? planVersusActual(planDoc, actuals) : []), [planDoc, actuals])
  const currency = projection?.currency ?? 'USD'
  const spendChart = useMemo(() => (rows.length ? planActualSpendConfig(rows, currency) : null), [rows, currency])
  const hiresChart = useMemo(() => (rows.length ? planActualHiresConfig(rows) : null), [rows])
  const insights = useMemo(() => insightsFor(rows, currency), [rows, currency])
  const quarterOptions = useMemo(() => rows.map((r) => ({ value: String(r.quarter), label: r.label })), [rows])

  const startDraft = (quarter: number) => {
    const recorded = actuals.find((a) => a.quarter === quarter)
    // A new check-in starts from what the plan says is in place by then.
    const started: Draft = recorded
      ? { ...recorded }
      : { quarter, capabilities: (analysis?.doc.capabilities ?? []).filter((c) => c.quarter <= quarter).map((c) => c.id), note: '' }
    setDraft(started)
    setBaseline(JSON.stringify(started))
    setErrors(new Map())
  }

  const dirty = draft !== null && baseline !== null && JSON.stringify(draft) !== baseline
  const dirtyLabel = dirty ? rows[draft.quarter]?.label ?? 'this quarter' : null
  const confirmDiscard = useCallback(() => confirm({
    title: 'Discard the unsaved check-in?',
    message: `The ${dirtyLabel} check-in has changes that are not saved yet.`,
    confirmLabel: 'Discard changes',
    cancelLabel: 'Keep editing'
  }), [confirm, dirtyLabel])
  const switchQuarter = async (quarter: number) => {
    if (quarter === draft?.quarter) return
    if (dirty && !(await confirmDiscard())) return
    startDraft(quarter)
  }

  // Leaving the view with an unsaved check-in asks first.
  useEffect(() => {
    if (!dirty) return
    setLeaveGuard(confirmDiscard)
    return () => setLeaveGuard(null)
  }, [dirty, confirmDiscard, setLeaveGuard])

  // Until the user picks a quarter, the check-in is for the quarter after the last one recorded.
  useEffect(() => {
    if (draft || rows.length === 0) return
    const lastRecorded = actuals.reduce((max, a) => Math.max(max, a.quarter), -1)
    startDraft(Math.min(lastRecorded + 1, rows.length - 1))
  })

  if (!open || !projection) return <p className="empty">Open a scenario to track it.</p>
  const plan = draft ? rows[draft.quarter] : null

  const save = async () => {
    if (!draft) return
    const actual = {
      quarter: draft.quarter, people: draft.people, tools: draft.tools, programs: draft.programs,
      hires: draft.hires, capabilities: draft.capabilities, note: draft.note
    } as QuarterActual
    const result = await window.rampart.actualSave({ id: open.id, actual })
    if (!result.ok) {
      setErrors(new Map(result.errors.map((e) => [e.path.replace(/^actual\./, ''), e.message])))
      notify(`Check-in not saved: ${describeErrors(result.errors)}`, 'error')
      return
    }
    setActuals(result.value)
    setBaseline(JSON.stringify(draft))
    setErrors(new Map())
    notify(`Saved the ${rows[draft.quarter]?.label} check-in`, 'success')
  }
  const setDraftField = (path: string, value: unknown) => setDraft((d) => (d ? { ...d, [path]: value } : d))
  const toggleCapability = (id: string) => setDraft((d) => d && ({
    ...d, capabilities: d.capabilities.includes(id) ? d.capabilities.filter((c) => c !== id) : [...d.capabilities, id]
  }))
  const recorded = rows.filter((r) => r.actual)

  return (
    <div className="view track">
      <PageHeader title="Track" subtitle="Quarterly check-in: record what happened and see it against the plan" />
      <div className="track-layout">
        {draft && plan && (
          <section className="card checkin" data-testid="checkin" data-own-undo>
            <header className="card-header">
              <h3>Check-in</h3>
              <QuarterField label="Quarter" path="quarter" value={draft.quarter} options={quarterOptions}
                onChange={(_, q) => void (q !== undefined && switchQuarter(q))} error={errors.get('quarter')} />
            </header>
            <div className="form-grid form-grid-2">
              <NumberField label={`People spend (${currency})`} path="people" value={draft.people} onChange={setDraftField}
                error={errors.get('people')} hint={`Plan ${formatMoney(plan.planned.people, currency)}`} min={0} step={1000} currency={currency} />
              <NumberField label={`Tools spend (${currency})`} path="tools" value={draft.tools} onChange={setDraftField}
                error={errors.get('tools')} hint={`Plan ${formatMoney(plan.planned.tools, currency)}`} min={0} step={1000} currency={currency} />
              <NumberField label={`Programs spend (${currency})`} path="programs" value={draft.programs} onChange={setDraftField}
                error={errors.get('programs')} hint={`Plan ${formatMoney(plan.planned.programs, currency)}`} min={0} step={1000} currency={currency} />
              <NumberField label="Hires this quarter" path="hires" value={draft.hires} onChange={setDraftField}
                error={errors.get('hires')} hint={`Plan: ${plan.plannedHiresThisQuarter} this quarter, ${plan.plannedHiresToDate} to date`} min={0} />
            </div>
            <fieldset className="capability-checklist">
              <legend>Capabilities in place ({draft.capabilities.length})</legend>
              {errors.get('capabilities') && <div className="field-error">{errors.get('capabilities')}</div>}
              {draft.capabilities.length === 0
                ? <p className="muted checklist-summary">None ticked yet.</p>
                : (
                  <ul className="chip-list checklist-summary" data-testid="capabilities-in-place" aria-label="Ticked capabilities">
                    {draft.capabilities.map((id) => (
                      <li key={id}>
                        <button type="button" className="chip chip-removable" onClick={() => toggleCapability(id)}
                          aria-label={`Untick ${CAPABILITY_BY_ID.get(id)?.name ?? id}`}>
                          {CAPABILITY_BY_ID.get(id)?.name ?? id} <span aria-hidden="true">×</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              <div className="checklist-columns">
                {PHASES.slice(1).map((phase) => (
                  <div key={phase.id}>
                    <div className="checklist-phase">{phase.name}</div>
                    {CAPABILITIES.filter((c) => c.phase === phase.id).map((c) => (
                      <label key={c.id} className="checkbox">
                        <input type="checkbox" checked={draft.capabilities.includes(c.id)} onChange={() => toggleCapability(c.id)} />
                        {c.name}
                      </label>
                    ))}
                  </div>
                ))}
              </div>
            </fieldset>
            <FieldFrame label="Note" error={errors.get('note')}>
              {(id, describedBy) => (
                <textarea id={id} rows={2} value={draft.note} aria-describedby={describedBy}
                  onChange={(e) => setDraftField('note', e.target.value)} placeholder="What changed this quarter" />
              )}
            </FieldFrame>
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => void save()}>Save check-in</button>
            </div>
          </section>
        )}
        <div className="stack">
          <section className="card" data-testid="insights">
            <header className="card-header">
              <h3>{insights ? `${insights.quarter}: how it went` : 'How it went'}</h3>
            </header>
            {!insights ? <p className="empty">Record a quarter to see what improved and what needs attention.</p> : (
              <div className="insights">
                <div>
                  <h4>Top concerns</h4>
                  {insights.concerns.length === 0 ? <p className="muted">Nothing is more than 5% off the plan.</p> : (
                    <ul>{insights.concerns.map((c) => <li key={c.measure} className="concern"><strong>{c.measure}</strong> {c.detail}</li>)}</ul>
                  )}
                </div>
                <div>
                  <h4>Most improved</h4>
                  {insights.improved.length === 0 ? (
                    <p className="muted">{insights.comparedWith
                      ? `No measure improved on the ${insights.comparedWith} check-in.`
                      : 'Nothing is ahead of plan yet; later check-ins show what improved on this one.'}</p>
                  ) : (
                    <ul>{insights.improved.map((c) => <li key={c.measure} className="improved"><strong>{c.measure}</strong> {c.detail}</li>)}</ul>
                  )}
                </div>
              </div>
            )}
          </section>
          {spendChart && <ChartCard title="Planned and actual spend" scenarioName={analysis?.doc.name ?? 'scenario'} config={spendChart} testId="chart-plan-actual" />}
          {hiresChart && <ChartCard title="Security team: plan and hires" scenarioName={analysis?.doc.name ?? 'scenario'} config={hiresChart} height="small" testId="chart-plan-hires" />}
        </div>
      </div>
      {recorded.length > 0 && (
        <section className="card">
          <header className="card-header"><h3>Recorded quarters</h3></header>
          <table className="table table-compact" data-testid="actuals-table">
            <thead>
              <tr><th>Quarter</th><th className="num">Planned</th><th className="num">Actual</th><th className="num">Against plan</th>
                <th className="num">Against budget</th><th className="num">Hires</th><th>Maturity (plan / achieved)</th><th>Note</th></tr>
            </thead>
            <tbody>
              {recorded.map((r) => (
                <tr key={r.quarter}>
                  <td className="nowrap"><button type="button" className="link-button" onClick={() => void switchQuarter(r.quarter)}>{r.label}</button></td>
                  <td className="num">{formatMoneyCompact(r.planned.total, currency)}</td>
                  <td className="num">{formatMoneyCompact(r.actual!.total, currency)}</td>
                  <VarianceCell reading={readVariance(r, 'plan', currency)} testId={`variance-plan-${r.quarter}`} />
                  <VarianceCell reading={readVariance(r, 'budget', currency)} testId={`variance-budget-${r.quarter}`} />
                  <td className="num">{r.hiresThisQuarter}</td>
                  <td>{phaseName(r.plannedMaturityPhase)} / {r.achievedMaturityPhase ? phaseName(r.achievedMaturityPhase) : 'n/a'}</td>
                  <td className="muted note-cell">{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted table-note">
            Positive amounts are under plan or budget; negative are over. Under plan only because hires are behind is shown
            in amber: it is salaries not yet paid for work not yet done, not a saving.
          </p>
        </section>
      )}
    </div>
  )
}

function VarianceCell({ reading, testId }: { reading: VarianceReading | null; testId: string }): React.JSX.Element {
  if (!reading) return <td className="num">n/a</td>
  return (
    <td className={`num text-${reading.tone}`} data-testid={testId} data-tone={reading.tone}>
      {reading.text}
      {reading.reason && <div className="variance-reason">{reading.reason}</div>}
    </td>
  )
}
