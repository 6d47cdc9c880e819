// Every scenario: open, create, duplicate as a what-if, rename, delete to the bin, import and
// export; the open scenario's revision history; the bin; backups.
import { useCallback, useEffect, useState } from 'react'
import { formatMoneyCompact } from '../../../core/format'
import type { BackupInfo, BinEntry, RecentFile, RevisionSummary } from '../../../shared/ipc'
import { useConfirm } from '../components/ConfirmDialog'
import { PageHeader } from '../components/PageHeader'
import { clearDraft } from '../session/drafts'
import { useNavigation } from '../session/navigation'
import { describeErrors, useNotify } from '../session/notices'
import { useScenarioActions } from '../session/useScenarioActions'
import { useWorkspace } from '../session/workspace'
import { figuresOf, useScenarioFigures, type ScenarioFigures } from './scenarios/scenarioFigures'

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

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

function when(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date)
}

export function ScenariosView(): React.JSX.Element {
  const workspace = useWorkspace()
  const { scenarios, open, openScenario, closeScenario } = workspace
  const actions = useScenarioActions()
  const { go } = useNavigation()
  const notify = useNotify()
  const confirm = useConfirm()
  const [renaming, setRenaming] = useState<{ id: number; name: string } | null>(null)
  const [bin, setBin] = useState<BinEntry[]>([])
  const [revisions, setRevisions] = useState<RevisionSummary[]>([])
  const [backups, setBackups] = useState<BackupInfo[]>([])
  const [recent, setRecent] = useState<RecentFile[]>([])
  const [dragging, setDragging] = useState(false)
  const storedFigures = useScenarioFigures(scenarios, open?.id ?? null)
  const liveKpis = workspace.analysis?.kpis ?? null
  const figuresFor = (id: number): ScenarioFigures | null | undefined =>
    id === open?.id && liveKpis ? figuresOf(liveKpis) : storedFigures.get(id)

  const refreshSide = useCallback(async () => {
    const [binResult, backupResult, recentResult] = await Promise.all([
      window.rampart.binList(), window.rampart.backupList(), window.rampart.fileRecent()
    ])
    if (binResult.ok) setBin(binResult.value)
    if (backupResult.ok) setBackups(backupResult.value)
    if (recentResult.ok) setRecent(recentResult.value)
  }, [])

  useEffect(() => {
    void refreshSide()
  }, [refreshSide, scenarios])

  useEffect(() => {
    if (!open) {
      setRevisions([])
      return
    }
    void window.rampart.revisionList(open.id).then((result) => {
      if (result.ok) setRevisions(result.value)
    })
  }, [open])

  const restoreRevision = async (revision: number) => {
    if (!open) return
    await workspace.flush()
    const result = await window.rampart.revisionRestore({ id: open.id, revision })
    if (!result.ok) return notify(`Could not restore: ${describeErrors(result.errors)}`, 'error')
    workspace.adoptStored(result.value)
    notify(`Restored revision ${revision} as revision ${result.value.revision}`, 'success')
  }
  const restoreFromBin = async (id: number) => {
    const result = await window.rampart.binRestore(id)
    if (!result.ok) return notify(`Could not restore: ${describeErrors(result.errors)}`, 'error')
    await workspace.refreshList()
    if (!open) await openScenario(result.value.id)
    notify(`Restored "${result.value.name}"`, 'success')
  }
  const emptyBin = async () => {
    const count = bin.length
    const yes = await confirm({
      title: 'Empty the bin?',
      message: <>The {count === 1 ? 'scenario' : `${count} scenarios`} in the bin ({bin.map((b) => `"${b.name}"`).join(', ')}) will be deleted
        for good, with {count === 1 ? 'its' : 'their'} revision history and recorded actuals. This cannot be undone.</>,
      confirmLabel: 'Empty bin'
    })
    if (!yes) return
    const result = await window.rampart.binEmpty()
    if (!result.ok) return notify(`Could not empty the bin: ${describeErrors(result.errors)}`, 'error')
    // Drafts of scenarios deleted for good can never be offered again.
    for (const entry of bin) clearDraft(window.localStorage, entry.id)
    setBin([])
    notify(`Deleted ${result.value.removed} scenario${result.value.removed === 1 ? '' : 's'} for good`, 'info')
  }
  const restoreBackup = async (backup: BackupInfo) => {
    const yes = await confirm({
      title: 'Restore this backup?',
      message: <>Every scenario will be replaced by the backup from {when(backup.createdAt)}. Rampart first backs up
        what you have now, so you can return to it from this list.</>,
      confirmLabel: 'Restore backup'
    })
    if (!yes) return
    await workspace.flush()
    const result = await window.rampart.backupRestore(backup.name)
    if (!result.ok) return notify(`Could not restore the backup: ${describeErrors(result.errors)}`, 'error')
    await workspace.refreshList()
    if (result.value.length > 0) await openScenario(result.value[0].id, { reload: true })
    else await closeScenario()
    await refreshSide()
    notify(`Restored backup ${backup.name}`, 'success')
  }
  const commitRename = async () => {
    if (!renaming) return
    const name = renaming.name.trim()
    if (name === '') return notify('A scenario needs a name', 'error')
    if (await actions.rename(renaming.id, name)) setRenaming(null)
  }

  return (
    <div className={`view scenarios ${dragging ? 'dragging' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setDragging(true) }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDragging(false)
        for (const file of Array.from(e.dataTransfer.files)) void actions.importDropped(file)
      }}>
      <PageHeader title="Scenarios" subtitle="Drop scenario files (.json) here to import them"
        actions={<>
          <button type="button" className="button" onClick={() => void actions.importFiles()}>Import…</button>
          <button type="button" className="button" onClick={() => void actions.exportAll()}>Export all…</button>
          <button type="button" className="button" onClick={() => void actions.backUpNow().then(refreshSide)}>Back up now</button>
          <button type="button" className="button button-primary" onClick={() => void actions.createNew()}>New scenario</button>
        </>} />

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
                  <div className="muted scenario-saved">Revision {s.revision} · saved {when(s.updatedAt)}</div>
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
        {scenarios.length === 0 && (
          <p className="empty" data-testid="no-scenarios">
            No scenarios yet. Create a <strong>New scenario</strong>, import a scenario file, or restore one from the bin.
          </p>
        )}
      </section>

      <div className="grid-2">
        <section className="card" data-testid="revisions">
          <header className="card-header">
            <div>
              <h3>Revision history</h3>
              <p className="card-subtitle">
                {workspace.doc ? `${workspace.doc.name}: every save is kept; restoring adds a new revision` : 'Open a scenario to see its revisions'}
              </p>
            </div>
          </header>
          <ul className="plain-list scroll-list">
            {[...revisions].sort((a, b) => b.revision - a.revision).map((r) => (
              <li key={r.revision}>
                <span><strong>Revision {r.revision}</strong> · {r.name} · <span className="muted">{when(r.savedAt)}</span></span>
                {r.revision === open?.revision
                  ? <span className="chip chip-info">current</span>
                  : <button type="button" className="button button-small" onClick={() => void restoreRevision(r.revision)}>Restore</button>}
              </li>
            ))}
          </ul>
        </section>
        <div className="stack">
          <section className="card" data-testid="bin">
            <header className="card-header">
              <h3>Bin</h3>
              <button type="button" className="button button-small button-danger" onClick={() => void emptyBin()} disabled={bin.length === 0}>Empty bin</button>
            </header>
            {bin.length === 0 ? <p className="empty">Deleted scenarios appear here until the bin is emptied.</p> : (
              <ul className="plain-list">
                {bin.map((b) => (
                  <li key={b.id}>
                    <span>{b.name} · <span className="muted">deleted {when(b.deletedAt)}</span></span>
                    <button type="button" className="button button-small" onClick={() => void restoreFromBin(b.id)}>Restore</button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card">
            <header className="card-header"><h3>Backups</h3></header>
            {backups.length === 0 ? <p className="empty">No backups yet.</p> : (
              <ul className="plain-list scroll-list">
                {backups.map((b) => (
                  <li key={b.name}>
                    <span>{when(b.createdAt)} · <span className="muted">{b.kind}, {(b.bytes / 1024).toFixed(0)} KB</span></span>
                    <button type="button" className="button button-small" onClick={() => void restoreBackup(b)}>Restore</button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {recent.length > 0 && (
            <section className="card">
              <header className="card-header"><h3>Recent files</h3></header>
              <ul className="plain-list">
                {recent.filter((r) => r.kind === 'import').map((r) => (
                  <li key={r.path}>
                    <span title={r.path}>{r.name}</span>
                    <button type="button" className="button button-small" onClick={() => void actions.importRecent(r.path)}>Import again</button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  )
}
