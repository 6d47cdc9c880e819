// What the next phase needs, from the engine, for a chosen quarter: the capabilities still missing,
// prerequisites first, the smallest set that reaches the next phase marked, and one button that
// puts that set in the plan at that quarter (bringing forward any planned later).
import { useState } from 'react'
import { phaseName } from '../../../../core/catalog'
import { nextPhaseNeeds } from '../../../../core/nextPhase'
import type { Projection } from '../../../../core/projection'
import type { PlannedCapability, ScenarioDoc } from '../../../../core/scenario'
import { useWorkspace } from '../../session/workspace'

/** The plan with each capability in `ids` planned at `quarter`: added, or brought forward when planned later. */
export function withCapabilitiesAt(doc: ScenarioDoc, ids: readonly string[], quarter: number): ScenarioDoc {
  const planned: PlannedCapability[] = (doc.capabilities ?? []).map((c) =>
    (ids.includes(c.id) && c.quarter > quarter ? { ...c, quarter } : c))
  const known = new Set(planned.map((c) => c.id))
  return { ...doc, capabilities: [...planned, ...ids.filter((id) => !known.has(id)).map((id) => ({ id, quarter }))] }
}

export function NextPhaseCard({ projection }: { projection: Projection }): React.JSX.Element {
  const { doc, edit } = useWorkspace()
  const last = projection.quarters.length - 1
  const [chosen, setChosen] = useState<number | null>(null)
  const quarter = chosen === null || chosen > last ? last : chosen
  const label = projection.quarters[quarter].label
  const needs = nextPhaseNeeds(projection, quarter)
  const plannedAt = new Map((doc?.capabilities ?? []).map((c) => [c.id, c.quarter]))
  const marked = needs.capabilities.filter((i) => i.inSmallestSet)
  // What the button changes: the marked capabilities not already planned at or before the quarter.
  const toAdd = marked.filter((i) => (plannedAt.get(i.id) ?? Infinity) > quarter).map((i) => i.id)

  return (
    <section className="card next-phase" data-testid="next-phase" aria-labelledby="next-phase-title">
      <header className="card-header">
        <div>
          <h2 id="next-phase-title">What the next phase needs</h2>
          <p className="card-subtitle">
            {needs.next === null
              ? <>Achieved {phaseName(needs.achieved)} in {label}: the last phase.</>
              : <>Achieved in {label}: <strong data-testid="next-phase-achieved">{phaseName(needs.achieved)}</strong>.
                {' '}{phaseName(needs.next)} needs {needs.needed} more of its capabilities in place; the marked ones are the fewest that get there.</>}
          </p>
        </div>
        <div className="field next-phase-quarter">
          <label htmlFor="next-phase-quarter" className="field-label">Quarter</label>
          <select id="next-phase-quarter" value={quarter} onChange={(e) => setChosen(Number(e.target.value))}>
            {projection.quarters.map((q) => <option key={q.quarter} value={q.quarter}>{q.label}</option>)}
          </select>
        </div>
      </header>
      {needs.capabilities.length > 0 && (
        <ul className="next-phase-list" data-testid="next-phase-items">
          {needs.capabilities.map((item) => {
            const planned = plannedAt.get(item.id)
            return (
              <li key={item.id} data-id={item.id} data-marked={item.inSmallestSet ? 'true' : 'false'}>
                <span className={`chip ${item.inSmallestSet ? 'chip-needed' : 'chip-optional'}`}>
                  {item.inSmallestSet ? 'Needed' : 'Also counts'}
                </span>
                <span>{item.name}</span>
                <span className="muted">
                  {phaseName(item.phase)}
                  {planned === undefined ? ' · not planned' : planned > quarter
                    ? ` · planned for ${projection.quarters[Math.min(planned, last)].label}` : ' · planned, waiting for its tool or role'}
                  {item.missingPrerequisites.length > 0 && ` · after ${item.missingPrerequisites.length} prerequisite${item.missingPrerequisites.length === 1 ? '' : 's'}`}
                </span>
              </li>
            )
          })}
        </ul>
      )}
      {needs.next !== null && (
        <div className="button-row">
          <button type="button" className="button button-small button-primary" data-testid="next-phase-add"
            disabled={toAdd.length === 0 || doc === null}
            onClick={() => edit('capabilities:next-phase', (d) => withCapabilitiesAt(d, toAdd, quarter))}>
            Add the {toAdd.length} needed to the plan in {label}
          </button>
          {marked.length > 0 && toAdd.length === 0 && (
            <span className="muted">The needed capabilities are planned by {label}; they wait for the tools or roles they need.</span>
          )}
        </div>
      )}
    </section>
  )
}
