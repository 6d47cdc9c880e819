// The check-in form: one quarter's spend, hires, capabilities in place and a note, each amount
// with the plan's figure beside it.
import type { QuarterPlanVersusActual } from '../../../../core/actuals'
import { CAPABILITIES, CAPABILITY_BY_ID, PHASES } from '../../../../core/catalog'
import { formatMoney } from '../../../../core/format'
import { FieldFrame, NumberField, QuarterField } from '../../components/fields'
import type { ScenarioDoc } from '../../../../core/scenario'
import { CheckInLines } from './CheckInLines'
import type { CheckIn, CheckInDraft } from './useCheckIn'

interface CheckInPanelProps {
  checkIn: CheckIn
  draft: CheckInDraft
  /** The plan for the draft's quarter. */
  plan: QuarterPlanVersusActual
  doc: ScenarioDoc
  /** The plan's headcount in the draft's quarter (tools priced per employee). */
  headcount: number
  quarterOptions: readonly { value: string; label: string }[]
  currency: string
}

export function CheckInPanel({ checkIn, draft, plan, doc, headcount, quarterOptions, currency }: CheckInPanelProps): React.JSX.Element {
  const { errors, setField, toggleCapability } = checkIn
  return (
    <section className="card checkin" data-testid="checkin" data-own-undo>
      <header className="card-header">
        <h2>Check-in</h2>
        <QuarterField label="Quarter" path="quarter" value={draft.quarter} options={quarterOptions}
          onChange={(_, q) => void (q !== undefined && checkIn.switchQuarter(q))} error={errors.get('quarter')} />
      </header>
      <p className="muted checkin-status" data-testid="checkin-status" role="status">
        {plan.actual
          ? <>{plan.label} is recorded: its saved figures are loaded, and saving replaces them.</>
          : <>{plan.label} is not recorded yet.</>}
      </p>
      <div className="form-grid form-grid-2">
        <NumberField label={`People spend (${currency})`} path="people" value={draft.people} onChange={setField}
          error={errors.get('people')} hint={`Plan ${formatMoney(plan.planned.people, currency)}`} min={0} step={1000} currency={currency} />
        <NumberField label={`Tools spend (${currency})`} path="tools" value={draft.tools} onChange={setField}
          error={errors.get('tools')} hint={`Plan ${formatMoney(plan.planned.tools, currency)}`} min={0} step={1000} currency={currency} />
        <NumberField label={`Programs spend (${currency})`} path="programs" value={draft.programs} onChange={setField}
          error={errors.get('programs')} hint={`Plan ${formatMoney(plan.planned.programs, currency)}`} min={0} step={1000} currency={currency} />
        <NumberField label="Hires this quarter" path="hires" value={draft.hires} onChange={setField}
          error={errors.get('hires')} hint={`Plan: ${plan.plannedHiresThisQuarter} this quarter, ${plan.plannedHiresToDate} to date`} min={0} />
      </div>
      <CheckInLines plan={doc} draft={draft} label={plan.label} headcount={headcount} currency={currency} onChange={checkIn.setLine} />
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
            onChange={(e) => setField('note', e.target.value)} placeholder="What changed this quarter" />
        )}
      </FieldFrame>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void checkIn.save()}>Save check-in</button>
      </div>
    </section>
  )
}
