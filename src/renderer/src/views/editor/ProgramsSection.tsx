// Programs: audits, tests, exercises and training, once, every quarter, or every year.
import { memo, useCallback } from 'react'
import { DEFAULT_SCENARIO } from '../../../../core/defaultScenario'
import type { Program } from '../../../../core/scenario'
import { NumberField, QuarterField, SelectField, TextField } from '../../components/fields'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'
import { useWorkspace } from '../../session/workspace'
import { rowErrors, useQuarterOptions, withoutIndex } from './editorShared'
import { ListCard } from './ListCard'

/** The default scenario's program prices are placeholders; a program still at one is marked. */
const ILLUSTRATIVE_AMOUNTS = new Map((DEFAULT_SCENARIO.programs ?? []).map((p) => [p.name, p.amount]))

const RECURRENCES = [
  { value: 'once', label: 'Once' }, { value: 'quarterly', label: 'Every quarter' }, { value: 'annual', label: 'Every year' }
]

export function ProgramsSection(): React.JSX.Element | null {
  const { doc, errors, setField, edit, analysis } = useWorkspace()
  const options = useQuarterOptions(doc ?? DEFAULT_SCENARIO, analysis?.doc.start ?? '2026-Q1')
  const removeProgram = useCallback((index: number) => edit('programs:remove', (d) => ({ ...d, programs: withoutIndex(d.programs, index) })), [edit])
  if (!doc) return null
  const programs = doc.programs ?? []
  const currency = doc.currency ?? 'USD'
  const addProgram = () => edit('programs:add', (d) => ({
    ...d, programs: [...(d.programs ?? []), { name: 'New program', quarter: 0, amount: 10000, recurrence: 'once' }]
  }))
  return (
    <div className="editor-section">
      <ListCard field="programs" title="Programs" subtitle="Each amount is charged at every occurrence"
        actions={<button type="button" className="button button-small" onClick={addProgram}>Add program</button>}
        count={programs.length} empty="No programs planned.">
        <table className="table table-fixed" data-testid="programs-table">
          <thead><tr><th>Program</th><th className="col-quarter">First quarter</th><th className="col-money">Amount ({currency})</th><th className="col-recurrence">Recurs</th><th className="col-remove"><span className="visually-hidden">Remove</span></th></tr></thead>
          <tbody>
            {programs.map((p, i) => (
              <ProgramRow key={i} index={i} program={p} options={options} errors={rowErrors(errors, `programs[${i}]`)}
                currency={currency} onChange={setField} onRemove={removeProgram} />
            ))}
          </tbody>
        </table>
      </ListCard>
    </div>
  )
}

interface ProgramRowProps {
  index: number
  program: Program
  options: { value: string; label: string }[]
  errors: Readonly<Record<string, string>>
  currency: string
  onChange: (path: string, value: unknown) => void
  onRemove: (index: number) => void
}

const ProgramRow = memo(function ProgramRow({ index, program, options, errors, currency, onChange, onRemove }: ProgramRowProps) {
  const path = `programs[${index}]`
  const n = index + 1
  return (
    <tr>
      <td><TextField compact wrap label={`Program ${n} name`} path={`${path}.name`} value={program.name} onChange={onChange} error={errors.name} /></td>
      <td><QuarterField compact label={`Program ${n} first quarter`} path={`${path}.quarter`} value={program.quarter} options={options}
        onChange={onChange} error={errors.quarter} /></td>
      <td>
        <NumberField compact label={`Program ${n} amount`} path={`${path}.amount`} value={program.amount} onChange={onChange}
          error={errors.amount} min={0} step={1000} currency={currency}
          hint={ILLUSTRATIVE_AMOUNTS.get(program.name) === program.amount ? <ProvenanceBadge source="illustrative" /> : undefined} />
      </td>
      <td><SelectField compact label={`Program ${n} recurrence`} path={`${path}.recurrence`} value={program.recurrence}
        options={RECURRENCES} onChange={onChange} error={errors.recurrence} /></td>
      <td className="cell-actions">
        <button type="button" className="icon-button" onClick={() => onRemove(index)} aria-label={`Remove program ${n}`}>✕</button>
      </td>
    </tr>
  )
})
