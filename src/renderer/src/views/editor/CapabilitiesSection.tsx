// Capabilities on a quarter timeline: when each lands, its phase, and what it waits on.
import { memo, useCallback, useState } from 'react'
import { CAPABILITIES, CAPABILITY_BY_ID, phaseName } from '../../../../core/catalog'
import { DEFAULT_SCENARIO } from '../../../../core/defaultScenario'
import type { PlannedCapability } from '../../../../core/scenario'
import { FieldFrame, QuarterField } from '../../components/fields'
import { useWorkspace } from '../../session/workspace'
import { DeadlinesSection } from './DeadlinesSection'
import { rowErrors, useQuarterOptions, withoutIndex } from './editorShared'

export function CapabilitiesSection(): React.JSX.Element | null {
  const { doc, errors, setField, edit, analysis } = useWorkspace()
  const options = useQuarterOptions(doc ?? DEFAULT_SCENARIO, analysis?.doc.start ?? '2026-Q1')
  const [adding, setAdding] = useState('')
  const remove = useCallback((index: number) => edit('capabilities:remove', (d) => ({ ...d, capabilities: withoutIndex(d.capabilities, index) })), [edit])
  if (!doc) return null
  const planned = doc.capabilities ?? []
  const plannedIds = new Set(planned.map((c) => c.id))
  const unplanned = CAPABILITIES.filter((c) => !plannedIds.has(c.id))
  // Every warning the engine ties to a capability row, whatever its kind, shows on that row.
  const warnings = new Map<number, string[]>()
  for (const p of analysis?.pitfalls ?? []) {
    const row = /^capabilities\[(\d+)\]/.exec(p.field)
    if (!row) continue
    const index = Number(row[1])
    const list = warnings.get(index) ?? []
    if (!list.includes(p.detail)) warnings.set(index, [...list, p.detail])
  }
  const add = () => {
    if (!adding) return
    edit('capabilities:add', (d) => ({ ...d, capabilities: [...(d.capabilities ?? []), { id: adding, quarter: 0 }] }))
    setAdding('')
  }
  // The timeline's scale marks calendar years at their first quarter.
  const yearStarts = options.map((o, q) => ({ q, year: o.label.slice(0, 4) })).filter(({ q }) => options[q].label.endsWith('Q1'))
  const yearEvery = Math.ceil(yearStarts.length / 6)

  return (
    <div className="editor-section">
      <section className="card" data-field="capabilities" tabIndex={-1}>
        <header className="card-header">
          <div>
            <h2>Capabilities</h2>
            <p className="card-subtitle">{planned.length} of {CAPABILITIES.length} catalog capabilities planned; a capability counts from its quarter on</p>
          </div>
        </header>
        <div className="button-row add-capability">
          <FieldFrame compact label="Capability to add">
            {(id) => (
              <select id={id} value={adding} onChange={(e) => setAdding(e.target.value)}>
                <option value="">Add a capability…</option>
                {unplanned.map((c) => <option key={c.id} value={c.id}>{phaseName(c.phase)}: {c.name}</option>)}
              </select>
            )}
          </FieldFrame>
          <button type="button" className="button button-small" onClick={add} disabled={!adding}>Add</button>
        </div>
        {errors.get('capabilities') && <p className="field-error">{errors.get('capabilities')}</p>}
        <div className="timeline" data-testid="capabilities-timeline">
          <div className="timeline-row timeline-header">
            <div>Capability</div>
            <div>In place from</div>
            <div className="timeline-track timeline-ticks">
              {yearStarts.filter((_, i) => i % yearEvery === 0).map(({ q, year }) => (
                <span key={q} style={{ left: `${(q / options.length) * 100}%` }}>{year}</span>
              ))}
            </div>
            <div />
          </div>
          {planned.map((c, i) => (
            <CapabilityRow key={`${c.id}-${i}`} index={i} capability={c} options={options} horizon={options.length}
              errors={rowErrors(errors, `capabilities[${i}]`)} warnings={warnings.get(i)}
              onChange={setField} onRemove={remove} />
          ))}
        </div>
      </section>
      <DeadlinesSection doc={doc} />
    </div>
  )
}

interface CapabilityRowProps {
  index: number
  capability: PlannedCapability
  options: { value: string; label: string }[]
  horizon: number
  errors: Readonly<Record<string, string>>
  warnings?: readonly string[]
  onChange: (path: string, value: unknown) => void
  onRemove: (index: number) => void
}

const CapabilityRow = memo(function CapabilityRow({ index, capability, options, horizon, errors, warnings, onChange, onRemove }: CapabilityRowProps) {
  const catalog = CAPABILITY_BY_ID.get(capability.id)
  const path = `capabilities[${index}]`
  const at = Math.min(capability.quarter, horizon - 1)
  return (
    <div className={`timeline-row ${warnings ? 'timeline-warn' : ''}`}>
      <div className="timeline-name">
        <span className={`phase-dot phase-${catalog?.phase ?? 'adhoc'}`} aria-hidden="true" />
        <span>
          {catalog?.name ?? capability.id}
          <span className="muted"> · {catalog ? `${phaseName(catalog.phase)}, ${catalog.domain}` : 'unknown'}</span>
          {warnings?.map((w) => <span key={w} className="timeline-warning">{w}</span>)}
          {errors.id && <span className="field-error">{errors.id}</span>}
        </span>
      </div>
      <QuarterField compact label={`${catalog?.name ?? capability.id} in place from`} path={`${path}.quarter`} value={capability.quarter}
        options={options} onChange={onChange} error={errors.quarter} />
      <div className="timeline-track" aria-hidden="true">
        <div className={`timeline-bar phase-${catalog?.phase ?? 'adhoc'}`} style={{ left: `${(at / horizon) * 100}%` }} />
      </div>
      <button type="button" className="icon-button" onClick={() => onRemove(index)} aria-label={`Remove ${catalog?.name ?? capability.id}`}>✕</button>
    </div>
  )
})
