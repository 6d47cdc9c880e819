// Deleted scenarios, each restorable until the bin is emptied (after a confirmation).
import type { BinEntry } from '../../../../shared'
import { useConfirm } from '../../components/ConfirmDialog'
import { formatDateTime } from '../../components/dateTime'
import { useRampart } from '../../ipc/RampartProvider'
import { clearDraft } from '../../session/drafts'
import { useNotify } from '../../session/notices'
import { useWorkspace } from '../../session/workspace'

export function BinPanel({ bin, onEmptied }: { bin: BinEntry[]; onEmptied: () => void }): React.JSX.Element {
  const rampart = useRampart()
  const { open, openScenario, refreshList } = useWorkspace()
  const notify = useNotify()
  const confirm = useConfirm()

  const restore = async (id: number) => {
    const restored = await rampart.orReport('Could not restore', rampart.binRestore(id))
    if (!restored) return
    await refreshList()
    if (!open) await openScenario(restored.id)
    notify(`Restored "${restored.name}"`, 'success')
  }
  const empty = async () => {
    const count = bin.length
    const yes = await confirm({
      title: 'Empty the bin?',
      message: <>The {count === 1 ? 'scenario' : `${count} scenarios`} in the bin ({bin.map((b) => `"${b.name}"`).join(', ')}) will be deleted
        for good, with {count === 1 ? 'its' : 'their'} revision history and recorded actuals. This cannot be undone.</>,
      confirmLabel: 'Empty bin'
    })
    if (!yes) return
    const emptied = await rampart.orReport('Could not empty the bin', rampart.binEmpty())
    if (!emptied) return
    // Drafts of scenarios deleted for good can never be offered again.
    for (const entry of bin) clearDraft(window.localStorage, entry.id)
    onEmptied()
    notify(`Deleted ${emptied.removed} scenario${emptied.removed === 1 ? '' : 's'} for good`, 'info')
  }

  return (
    <section className="card" data-testid="bin">
      <header className="card-header">
        <h2>Bin</h2>
        <button type="button" className="button button-small button-danger" onClick={() => void empty()} disabled={bin.length === 0}>Empty bin</button>
      </header>
      {bin.length === 0 ? <p className="empty">Deleted scenarios appear here until the bin is emptied.</p> : (
        <ul className="plain-list">
          {bin.map((b) => (
            <li key={b.id}>
              <span>{b.name} · <span className="muted">deleted {formatDateTime(b.deletedAt)}</span></span>
              <button type="button" className="button button-small" onClick={() => void restore(b.id)}>Restore</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
