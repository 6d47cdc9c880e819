// The hiring plan as an editable table, and the yearly salary growth it is costed with.
import { useCallback } from 'react'
import { ROLE_BY_ID } from '../../../../../core/catalog'
import type { ScenarioDoc } from '../../../../../core/scenario'
import { peopleRates } from '../../../../../core/peopleCost'
import { NumberField } from '../../../components/fields'
import { useWorkspace } from '../../../session/workspace'
import { rowErrors, useQuarterOptions, withoutIndex } from '../editorShared'
import { HireRow } from './HireRow'

export function HiringPlanCard({ doc }: { doc: ScenarioDoc }): React.JSX.Element {
  const { errors, setField, edit, analysis } = useWorkspace()
  const fallbackStart = analysis?.doc.start ?? '2026-Q1'
  const options = useQuarterOptions(doc, fallbackStart)
  const endOptions = useQuarterOptions(doc, fallbackStart, true)
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
  const hires = doc.hires ?? []
  const currency = doc.currency ?? 'USD'
  const { loadFactor } = peopleRates(doc)

  const addHire = () => edit('hires:add', (d) => {
    const last = d.hires?.[d.hires.length - 1]
    const role = ROLE_BY_ID.get('security-engineer')!
    return { ...d, hires: [...(d.hires ?? []), { role: role.id, count: 1, quarter: last?.quarter ?? 0, annualCost: role.annualCost }] }
  })

  return (
    <section className="card" data-field="hires" tabIndex={-1}>
      <header className="card-header">
        <div>
          <h2>Hiring plan</h2>
          <p className="card-subtitle">Base pay per person a year; the plan costs it loaded with the overhead below, plus the recruiting fee for each new hire</p>
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
            <th className="col-quarter">Leaves</th><th className="col-money">Base annual cost ({currency})</th>
            <th className="col-money-narrow num">Loaded cost</th><th className="col-existing">In post</th><th className="col-remove"><span className="visually-hidden">Remove</span></th>
          </tr>
        </thead>
        <tbody>
          {hires.map((h, i) => (
            <HireRow key={i} index={i} hire={h} options={options} endOptions={endOptions} errors={rowErrors(errors, `hires[${i}]`)}
              currency={currency} loadFactor={loadFactor} onChange={setField} onRole={changeRole} onRemove={removeHire} />
          ))}
        </tbody>
      </table>
      {hires.length === 0 && <p className="empty">No hires planned yet. Add one, or let Rampart suggest a sequence.</p>}
      <div className="form-grid form-grid-4 section-foot">
        <NumberField label="Annual salary growth" path="salaryGrowthPercent" value={doc.salaryGrowthPercent} suffix="% a year"
          onChange={setField} error={errors.get('salaryGrowthPercent')} step={0.5} placeholder="0" />
        <NumberField label="Overhead on base pay" path="peopleCosts.overheadPercent" value={doc.peopleCosts?.overheadPercent} suffix="%"
          onChange={setField} error={errors.get('peopleCosts.overheadPercent')} step={1} min={0} placeholder="0"
          hint="Benefits, payroll tax and equity; 25–30% is common" />
        <NumberField label="Recruiting fee" path="peopleCosts.recruitingFeePercent" value={doc.peopleCosts?.recruitingFeePercent} suffix="% of base pay"
          onChange={setField} error={errors.get('peopleCosts.recruitingFeePercent')} step={1} min={0} placeholder="0"
          hint="Paid once per new hire in the start quarter; none for people already in post" />
      </div>
    </section>
  )
}
