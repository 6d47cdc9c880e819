// Deadlines: a name, the quarter it falls in, the capabilities it requires and whether it is hard,
// each with the engine's verdict (met, or what is still missing by then).
import { useCallback, useState } from 'react'
import { CAPABILITIES, CAPABILITY_BY_ID, DEADLINE_TEMPLATES, quarterOfDate, type DeadlineTemplate } from '../../../../core/catalog'
import { absoluteQuarter } from '../../../../core/quarters'
import type { Deadline, ScenarioDoc } from '../../../../core/scenario'
import { FieldFrame, QuarterField, TextField } from '../../components/fields'
import { useWorkspace } from '../../session/workspace'
import { rowErrors, useQuarterOptions, withoutIndex } from './editorShared'
import { ListCard } from './ListCard'

/**
 * A deadline from a catalog template: its name, capabilities and hardness; its quarter from the
 * template's date where a cited text sets one (kept inside the plan), else the plan's last quarter
 * for the user to move.
 */
export function deadlineFromTemplate(doc: ScenarioDoc, template: DeadlineTemplate): Deadline {
  const last = doc.quarters - 1
  const dated = template.date === null ? last : absoluteQuarter(quarterOfDate(template.date)) - absoluteQuarter(doc.start)
  return {
    name: template.name, quarter: Math.min(Math.max(dated, 0), last), capabilities: [...template.capabilities],
    ...(template.hard && { hard: true })
  }
}

export function DeadlinesSection({ doc }: { doc: ScenarioDoc }): React.JSX.Element {
  const { errors, setField, edit, analysis } = useWorkspace()
  const options = useQuarterOptions(doc, analysis?.doc.start ?? doc.start)
  const deadlines = doc.deadlines ?? []
  const results = analysis?.projection.deadlines ?? []
  const remove = useCallback((index: number) => edit('deadlines:remove', (d) => {
    const rest = withoutIndex(d.deadlines, index)
    const { deadlines: _removed, ...without } = d
    return rest.length > 0 ? { ...d, deadlines: rest } : without
  }), [edit])
  const add = () => edit('deadlines:add', (d) => ({
    ...d,
    // A new deadline starts with the first planned capability, so it is valid from the start.
    deadlines: [...(d.deadlines ?? []), { name: 'New deadline', quarter: Math.max(0, d.quarters - 1), capabilities: [(d.capabilities ?? [])[0]?.id ?? CAPABILITIES[0].id] }]
  }))

  return (
    <ListCard field="deadlines" title="Deadlines" testId="deadlines"
      subtitle="An audit, certification or regulation due in a quarter, met when every capability it requires is in place by then"
      actions={(
        <div className="button-row">
          <FieldFrame compact label="Add a deadline from a template">
            {(id) => (
              <select id={id} value="" onChange={(e) => {
                const template = DEADLINE_TEMPLATES.find((t) => t.id === e.target.value)
                if (template) edit('deadlines:add', (d) => ({ ...d, deadlines: [...(d.deadlines ?? []), deadlineFromTemplate(d, template)] }))
              }}>
                <option value="">From a template…</option>
                {DEADLINE_TEMPLATES.map((t) => <option key={t.id} value={t.id}>{t.name}{t.date ? ` (${quarterOfDate(t.date)})` : ''}</option>)}
              </select>
            )}
          </FieldFrame>
          <button type="button" className="button button-small" onClick={add}>Add deadline</button>
        </div>
      )}
      count={deadlines.length} empty="No deadlines. Add one for a SOC 2 report, an ISO certification or an AI Act obligation.">
      <ul className="deadline-list">
        {deadlines.map((deadline, i) => (
          <DeadlineRow key={i} index={i} deadline={deadline} options={options} errors={rowErrors(errors, `deadlines[${i}]`)}
            result={results[i]} onChange={setField} onRemove={remove}
            onCapabilities={(ids) => edit(`deadlines[${i}].capabilities`, (d) => ({
              ...d, deadlines: (d.deadlines ?? []).map((x, j) => (j === i ? { ...x, capabilities: ids } : x))
            }))} />
        ))}
      </ul>
    </ListCard>
  )
}

interface DeadlineRowProps {
  index: number
  deadline: Deadline
  options: { value: string; label: string }[]
  errors: Readonly<Record<string, string>>
  result: { met: boolean; missing: string[] } | undefined
  onChange: (path: string, value: unknown) => void
  onRemove: (index: number) => void
  onCapabilities: (ids: string[]) => void
}

function DeadlineRow({ index, deadline, options, errors, result, onChange, onRemove, onCapabilities }: DeadlineRowProps): React.JSX.Element {
  const [adding, setAdding] = useState('')
  const path = `deadlines[${index}]`
  const n = index + 1
  const name = (id: string) => CAPABILITY_BY_ID.get(id)?.name ?? id
  return (
    <li className="deadline" data-testid={`deadline-${n}`}>
      <div className="form-grid deadline-fields">
        <TextField label={`Deadline ${n} name`} path={`${path}.name`} value={deadline.name} onChange={onChange} error={errors.name} />
        <QuarterField label={`Deadline ${n} quarter`} path={`${path}.quarter`} value={deadline.quarter} options={options}
          onChange={onChange} error={errors.quarter} />
        <label className="checkbox deadline-hard">
          <input type="checkbox" checked={deadline.hard ?? false}
            onChange={(event) => onChange(`${path}.hard`, event.target.checked ? true : undefined)} />
          Hard (missing it is critical)
        </label>
        <button type="button" className="icon-button" onClick={() => onRemove(index)} aria-label={`Remove deadline ${n}`}>✕</button>
      </div>
      <div className="deadline-capabilities">
        <ul className="chip-list" aria-label={`Capabilities deadline ${n} requires`}>
          {deadline.capabilities.map((id) => (
            <li key={id}>
              <button type="button" className="chip chip-removable" disabled={deadline.capabilities.length === 1}
                onClick={() => onCapabilities(deadline.capabilities.filter((c) => c !== id))} aria-label={`Remove ${name(id)} from deadline ${n}`}>
                {name(id)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
        <FieldFrame compact label={`Capability deadline ${n} requires`}>
          {(id) => (
            <select id={id} value={adding} onChange={(e) => {
              if (e.target.value) onCapabilities([...deadline.capabilities, e.target.value])
              setAdding('')
            }}>
              <option value="">Require a capability…</option>
              {CAPABILITIES.filter((c) => !deadline.capabilities.includes(c.id)).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          )}
        </FieldFrame>
        {errors.capabilities && <p className="field-error">{errors.capabilities}</p>}
      </div>
      {result && (
        <p className={result.met ? 'deadline-status text-good' : `deadline-status ${deadline.hard ? 'text-bad' : 'text-warn'}`} data-testid={`deadline-${n}-status`} role="status">
          {result.met ? 'Met: every required capability is in place by then.' : `Missed: ${result.missing.map(name).join(', ')} not in place by then.`}
        </p>
      )}
    </li>
  )
}
