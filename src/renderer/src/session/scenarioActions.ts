// Scenario-level commands shared by the Scenarios view and the application menu: create,
// duplicate, rename, delete, import, export and back up. Plain functions over what they need, so
// unit tests run them against a fake of main.
import { MAX_IMPORT_BYTES } from '../../../core/limits'
import type { RampartClient } from '../ipc/client'
import { blankScenario, uniqueName } from './blankScenario'
import type { View } from './navigation'
import type { Notify } from './notices'
import type { Workspace } from './workspace'

export interface ScenarioActions {
  createNew: () => Promise<void>
  duplicate: (id: number, name: string) => Promise<void>
  /** Resolves false when the scenario kept its old name (the failure has been reported). */
  rename: (id: number, name: string) => Promise<boolean>
  remove: (id: number) => Promise<void>
  importFiles: () => Promise<void>
  importDropped: (file: DroppedFile) => Promise<void>
  importRecent: (path: string) => Promise<void>
  exportScenario: (id: number) => Promise<void>
  exportAll: () => Promise<void>
  backUpNow: () => Promise<void>
}

/** The parts of a dropped File an import reads. */
export type DroppedFile = Pick<File, 'name' | 'size' | 'text'>

export interface ScenarioActionContext {
  rampart: RampartClient
  workspace: Pick<Workspace, 'scenarios' | 'open' | 'openScenario' | 'closeScenario' | 'refreshList' | 'setField' | 'flush'>
  notify: Notify
  go: (view: View) => void
}

export function scenarioActions({ rampart, workspace, notify, go }: ScenarioActionContext): ScenarioActions {
  const { scenarios, open, openScenario, closeScenario, refreshList, setField, flush } = workspace
  const names = scenarios.map((s) => s.name)
  /** The open scenario's pending edits are saved before main copies or writes out what is stored. */
  const flushIfOpen = async (id: number) => {
    if (open?.id === id) await flush()
  }

  const afterImport = async (imported: { id: number; name: string }[]) => {
    await refreshList()
    if (imported.length > 0) {
      await openScenario(imported[imported.length - 1].id)
      notify(`Imported ${imported.map((s) => `"${s.name}"`).join(', ')}`, 'success')
    }
  }

  return {
    async createNew() {
      const created = await rampart.orReport('Could not create the scenario', rampart.scenarioCreate(blankScenario(uniqueName('New scenario', names))))
      if (!created) return
      await refreshList()
      await openScenario(created.id)
      notify(`Created "${created.name}"`, 'success')
      go('editor')
    },

    async duplicate(id, name) {
      await flushIfOpen(id)
      const copy = await rampart.orReport('Could not duplicate', rampart.scenarioDuplicate({ id, name: uniqueName(name, names) }))
      if (!copy) return
      await refreshList()
      await openScenario(copy.id)
      notify(`Created the what-if "${copy.name}"`, 'success')
    },

    async rename(id, name) {
      if (open?.id === id) {
        // The open scenario is renamed like any edit: undoable, autosaved.
        setField('name', name)
        return true
      }
      const stored = await rampart.orReport('Could not rename', rampart.scenarioGet(id))
      if (!stored) return false
      const saved = await rampart.orReport('Could not rename', rampart.scenarioSave({ id, document: { ...stored.document, name } }))
      if (!saved) return false
      await refreshList()
      return true
    },

    async remove(id) {
      const name = scenarios.find((s) => s.id === id)?.name ?? 'the scenario'
      await flushIfOpen(id)
      if (!(await rampart.orReport('Could not delete', rampart.scenarioDelete(id)))) return
      if (open?.id === id) {
        // The next scenario opens; with the last one in the bin, none is open until the user
        // creates or restores one. Should the list fail, refreshList below reports it.
        const listed = await rampart.scenarioList()
        if (listed.ok) {
          const next = listed.value[0]
          if (next) await openScenario(next.id)
          else await closeScenario()
        }
      }
      await refreshList()
      notify(`Moved "${name}" to the bin`, 'info')
    },

    async importFiles() {
      const chosen = await rampart.orReport('Import failed', rampart.fileImport())
      if (chosen && !chosen.canceled) await afterImport(chosen.imported)
    },

    async importDropped(file) {
      if (file.size > MAX_IMPORT_BYTES) {
        return notify(`${file.name} was not imported: it is ${formatMegabytes(file.size)}, and scenario files can be at most `
          + `${formatMegabytes(MAX_IMPORT_BYTES)}.`, 'error')
      }
      const outcome = await rampart.orReport(`Import of ${file.name} failed`, rampart.fileImportDropped({ name: file.name, text: await file.text() }))
      if (outcome) await afterImport(outcome.imported)
    },

    async importRecent(path) {
      const outcome = await rampart.orReport('Import failed', rampart.fileImportRecent(path))
      if (outcome) await afterImport(outcome.imported)
    },

    async exportScenario(id) {
      await flushIfOpen(id)
      const saved = await rampart.orReport('Export failed', rampart.fileExportScenario(id))
      if (saved && !saved.canceled) notify(`Saved ${saved.path}`, 'success')
    },

    async exportAll() {
      await flush()
      const saved = await rampart.orReport('Export failed', rampart.fileExportAll())
      if (saved && !saved.canceled) notify(`Saved ${saved.path}`, 'success')
    },

    async backUpNow() {
      await flush()
      const backup = await rampart.orReport('Backup failed', rampart.backupNow())
      if (backup) notify(`Backup saved: ${backup.name}`, 'success')
    }
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
