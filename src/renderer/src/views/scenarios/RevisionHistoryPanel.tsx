// The open scenario's saved revisions, newest first; restoring one saves it as a new revision.
import { useEffect, useState } from 'react'
import type { RevisionSummary } from '../../../../shared'
import { formatDateTime } from '../../components/dateTime'
import { useRampart } from '../../ipc/RampartProvider'
import { useNotify } from '../../session/notices'
import { useWorkspace } from '../../session/workspace'

export function RevisionHistoryPanel(): React.JSX.Element {
  const rampart = useRampart()
  const { open, doc, flush, adoptStored } = useWorkspace()
  const notify = useNotify()
  const revisions = useRevisions(open)

  const restore = async (revision: number) => {
    if (!open) return
    await flush()
    const restored = await rampart.orReport('Could not restore', rampart.revisionRestore({ id: open.id, revision }))
    if (!restored) return
    adoptStored(restored)
    notify(`Restored revision ${revision} as revision ${restored.revision}`, 'success')
  }

  return (
    <section className="card" data-testid="revisions">
      <header className="card-header">
        <div>
          <h2>Revision history</h2>
          <p className="card-subtitle">
            {doc ? `${doc.name}: every save is kept; restoring adds a new revision` : 'Open a scenario to see its revisions'}
          </p>
        </div>
      </header>
      <ul className="plain-list scroll-list">
        {[...revisions].sort((a, b) => b.revision - a.revision).map((r) => (
          <li key={r.revision}>
            <span><strong>Revision {r.revision}</strong> · {r.name} · <span className="muted">{formatDateTime(r.savedAt)}</span></span>
            {r.revision === open?.revision
              ? <span className="chip chip-info">current</span>
              : <button type="button" className="button button-small" onClick={() => void restore(r.revision)}>Restore</button>}
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The revisions of the open scenario, read again after each save (which changes `open`). A list
 * main could not read shows as it was; none shows while no scenario is open.
 */
function useRevisions(open: { id: number } | null): RevisionSummary[] {
  const { revisionList } = useRampart()
  const [loaded, setLoaded] = useState<{ scenarioId: number; revisions: RevisionSummary[] } | null>(null)
  useEffect(() => {
    if (!open) return
    let current = true
    void revisionList(open.id).then((result) => {
      if (current && result.ok) setLoaded({ scenarioId: open.id, revisions: result.value })
    })
    return () => {
      current = false
    }
  }, [open, revisionList])
  return open && loaded?.scenarioId === open.id ? loaded.revisions : []
}
