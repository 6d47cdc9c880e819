// The database's backups; restoring one (after a confirmation) replaces every scenario, once
// main has backed up what is there now.
import type { BackupInfo } from '../../../../shared'
import { useConfirm } from '../../components/ConfirmDialog'
import { formatDateTime } from '../../components/dateTime'
import { useRampart } from '../../ipc/RampartProvider'
import { useNotify } from '../../session/notices'
import { useWorkspace } from '../../session/workspace'

export function BackupsPanel({ backups, onRestored }: { backups: BackupInfo[]; onRestored: () => void }): React.JSX.Element {
  const rampart = useRampart()
  const { flush, refreshList, openScenario, closeScenario } = useWorkspace()
  const notify = useNotify()
  const confirm = useConfirm()

  const restore = async (backup: BackupInfo) => {
    const yes = await confirm({
      title: 'Restore this backup?',
      message: <>Every scenario will be replaced by the backup from {formatDateTime(backup.createdAt)}. Rampart first backs up
        what you have now, so you can return to it from this list.</>,
      confirmLabel: 'Restore backup'
    })
    if (!yes) return
    await flush()
    const restored = await rampart.orReport('Could not restore the backup', rampart.backupRestore(backup.name))
    if (!restored) return
    await refreshList()
    if (restored.length > 0) await openScenario(restored[0].id, { reload: true })
    else await closeScenario()
    onRestored()
    notify(`Restored backup ${backup.name}`, 'success')
  }

  return (
    <section className="card">
      <header className="card-header"><h2>Backups</h2></header>
      {backups.length === 0 ? <p className="empty">No backups yet.</p> : (
        <ul className="plain-list scroll-list">
          {backups.map((b) => (
            <li key={b.name}>
              <span>{formatDateTime(b.createdAt)} · <span className="muted">{b.kind}, {(b.bytes / 1024).toFixed(0)} KB</span></span>
              <button type="button" className="button button-small" onClick={() => void restore(b)}>Restore</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
