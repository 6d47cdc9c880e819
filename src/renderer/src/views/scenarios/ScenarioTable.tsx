// Every scenario with its period, currency and planned spend, and what can be done to each:
// open, edit, duplicate as a what-if, rename in place, export, delete to the bin.
import { useState } from 'react'
import { formatMoneyCompact } from '../../../../core/format'
import { formatDateTime } from '../../components/dateTime'
import { useNavigation } from '../../session/navigation'
import { useNotify } from '../../session/notices'
import type { ScenarioActions } from '../../session/scenarioActions'
import { useWorkspace } from '../../session/workspace'
import { figuresOf, useScenarioFigures, type ScenarioFigures } from './scenarioFigures'

export function ScenarioTable({ actions }: { actions: ScenarioActions }): React.JSX.Element {
  const { scenarios, open, openScenario, analysis } = useWorkspace()
  const { go } = useNavigation()
  const notify = useNotify()
  const [renaming, setRenaming] = useState<{ id: number; name: string } | null>(null)
  const storedFigures = useScenarioFigures(scenarios, open?.id ?? null)
  const liveKpis = analysis?.kpis ?? null
  const figuresFor = (id: number): ScenarioFigures | null | undefined =>
    id === open?.id && liveKpis ? figuresOf(liveKpis) : storedFigures.get(id)

  const commitRename = async () => {
    if (!renaming) return
    const name = renaming.name.trim()
    if (name === '') return notify('A scenario needs a name', 'error')
    if (await actions.rename(renaming.id, name)) setRenaming(null)
  }

  return (
    <section className="card">
      <table className="table scenario-table" data-testid="scenario-list">
        <thead>
          <tr>
            <th>Name</th><th>Plan period</th><th>Currency</th><th className="num">Planned spend</th>
            <th className="col-actions">Actions</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => (
            <tr key={s.id} className={open?.id === s.id ? 'row-current' : ''}>
              <td>
                {renaming?.id === s.id ? (
                  <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void commitRename() }}>
                    <label className="visually-hidden" htmlFor={`rename-${s.id}`}>New name for {s.name}</label>
                    <input id={`rename-${s.id}`} autoFocus value={renaming.name} onChange={(e) => setRenaming({ id: s.id, name: e.target.value })}
                      onKeyDown={(e) => { if (e.key === 'Escape') setRenaming(null) }} />
                    <button type="submit" className="button button-small button-primary">Save</button>
                    <button type="button" className="button button-small" onClick={() => setRenaming(null)}>Cancel</button>
                  </form>
                ) : (
                  <button type="button" className="link-button scenario-name" onClick={() => void openScenario(s.id).then(() => go('dashboard'))}>
                    {s.name}
                  </button>
                )}
                {open?.id === s.id && <span className="chip chip-info">open</span>}
                <div className="muted scenario-saved">Revision {s.revision} · saved {formatDateTime(s.updatedAt)}</div>
              </td>
              <FigureCells figures={figuresFor(s.id)} />
              <td className="col-actions">
                <div className="button-row">
                  <button type="button" className="button button-small" onClick={() => void openScenario(s.id).then(() => go('editor'))}>Edit</button>
                  <button type="button" className="button button-small" onClick={() => void actions.duplicate(s.id, `${s.name} - what-if`)}>Duplicate as what-if</button>
                  <button type="button" className="button button-small" onClick={() => setRenaming({ id: s.id, name: s.name })}>Rename</button>
                  <button type="button" className="button button-small" onClick={() => void actions.exportScenario(s.id)}>Export…</button>
                  <button type="button" className="button button-small button-danger" onClick={() => void actions.remove(s.id)}>Delete</button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** The period, currency and planned spend of one scenario; blank while loading. */
function FigureCells({ figures }: { figures: ScenarioFigures | null | undefined }): React.JSX.Element {
  if (figures === undefined) return <><td className="muted">…</td><td /><td /></>
  if (figures === null) return <><td className="muted" colSpan={3}>Could not read this scenario</td></>
  return (
    <>
      <td className="nowrap" data-testid="scenario-period">
        {figures.period}
        <div className="muted scenario-saved">{figures.quarters} quarters</div>
      </td>
      <td>{figures.currency}</td>
      <td className="num nowrap" data-testid="scenario-spend">{formatMoneyCompact(figures.totalSpend, figures.currency)}</td>
    </>
  )
}
