// Which scenarios to compare: one base, and up to MAX_OTHERS others.
import type { ScenarioSummary } from '../../../../shared'
import { FieldFrame } from '../../components/fields'
import { MAX_OTHERS } from './compareLimits'

interface ComparePickerProps {
  scenarios: readonly ScenarioSummary[]
  baseId: number | null
  others: readonly number[]
  onBase: (id: number) => void
  onToggle: (id: number) => void
}

export function ComparePicker({ scenarios, baseId, others, onBase, onToggle }: ComparePickerProps): React.JSX.Element {
  return (
    <section className="card compare-picker">
      <FieldFrame label="Base scenario">
        {(id) => (
          <select id={id} value={baseId ?? ''} data-testid="compare-base" onChange={(e) => onBase(Number(e.target.value))}>
            {scenarios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        )}
      </FieldFrame>
      <fieldset className="checkbox-group">
        <legend>Compare with ({others.filter((id) => id !== baseId).length} of {MAX_OTHERS})</legend>
        {scenarios.filter((s) => s.id !== baseId).map((s) => (
          <label key={s.id} className="checkbox">
            <input type="checkbox" checked={others.includes(s.id)} onChange={() => onToggle(s.id)}
              disabled={!others.includes(s.id) && others.length >= MAX_OTHERS} />
            {s.name}
          </label>
        ))}
        {scenarios.length < 2 && <p className="muted">Duplicate a scenario as a what-if to have something to compare.</p>}
      </fieldset>
    </section>
  )
}
