// How long roles take to fill: a named choice, or the chance of each slip typed as a percent.
import { useState } from 'react'
import { capitalised } from '../../../../../core/format'
import { MAX_SLIP_QUARTERS } from '../../../../../core/limits'
import type { ScenarioDoc } from '../../../../../core/scenario'
import { FieldFrame, NumberField } from '../../../components/fields'
import { useWorkspace } from '../../../session/workspace'
import { percentOf, SLIP_CHOICES, slipChoice, slipPositionText, slipText, TYPICAL_SLIP, type SlipChoice } from './hiringSlip'

const PATH = 'uncertainty.hiringSlip'

export function SlipSetting({ doc }: { doc: ScenarioDoc }): React.JSX.Element {
  const { errors, setField, edit } = useWorkspace()
  const slip = doc.uncertainty?.hiringSlip
  // "Chances of my own" stays chosen while the chances typed happen to match a named choice.
  const [ownChances, setOwnChances] = useState(() => slipChoice(slip) === 'custom')
  const choice: SlipChoice = ownChances ? 'custom' : slipChoice(slip)
  const setSlip = (key: string, next: number[] | undefined) => edit(key, (d) => {
    const { hiringSlip: _old, ...rest } = d.uncertainty ?? {}
    return { ...d, uncertainty: next === undefined ? rest : { ...rest, hiringSlip: next } }
  })
  // Choosing "my own" changes nothing yet: the chances as they stand become editable.
  const choose = (value: SlipChoice) => {
    setOwnChances(value === 'custom')
    if (value === 'onTime') setSlip(PATH, undefined)
    else if (value === 'typical') setSlip(PATH, [...TYPICAL_SLIP])
  }
  const chances = slip ?? [1]
  return (
    <div data-field={PATH} tabIndex={-1}>
      <FieldFrame label="Time to fill a role"
        hint={`${capitalised(slipText(chances))}. A planned start (not someone already in post) may come this late; a seat someone leaves stays empty one quarter plus the same delay.`}>
        {(id, describedBy) => (
          <select id={id} value={choice} aria-describedby={describedBy} onChange={(e) => choose(e.target.value as SlipChoice)}>
            {SLIP_CHOICES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
        )}
      </FieldFrame>
      {choice === 'custom' && (
        <div className="slip-chances" data-testid="slip-chances">
          <div className="form-grid slip-grid">
            {chances.map((p, i) => (
              <NumberField key={i} label={`Chance a start is ${slipPositionText(i)}`} path={`${PATH}[${i}]`} suffix="%"
                value={p === undefined || p === null ? undefined : percentOf(p)} min={0} step={5}
                error={errors.get(`${PATH}[${i}]`)}
                onChange={(path, v) => setField(path, v === undefined ? undefined : v / 100)} />
            ))}
          </div>
          <div className="button-row">
            <button type="button" className="button button-small" disabled={chances.length >= MAX_SLIP_QUARTERS}
              onClick={() => setSlip(`${PATH}:add`, [...chances, 0])}>Add a later quarter</button>
            <button type="button" className="button button-small" disabled={chances.length <= 1}
              onClick={() => setSlip(`${PATH}:remove`, chances.slice(0, -1))}>Remove the latest quarter</button>
          </div>
        </div>
      )}
      {errors.get(PATH) && <p className="field-error">{errors.get(PATH)}</p>}
    </div>
  )
}
