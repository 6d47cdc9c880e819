// Scenario-level commands shared by the Scenarios view, the start screen and the application menu:
// create (blank, the sample or a template), duplicate, rename, delete, import, export and back up. Plain functions over what they need, so
// unit tests run them against a fake of main.
import { MAX_IMPORT_BYTES } from '../../../core/limits'
import { PLAN_TEMPLATES, SAMPLE_SCENARIO, type PlanStage } from '../../../core/planTemplates'
import type { ScenarioDoc } from '../../../core/scenario'
import type { RampartClient } from '../ipc/client'
import { blankScenario, fromTemplate, uniqueName } from './blankScenario'
import type { DraftStorage } from './drafts'
import type { View } from './navigation'
import type { Notify } from './notices'
import { rememberWhatIf } from './whatIfs'
import type { Workspace } from './workspace'

/** What a new scenario starts from (the start screen's choices; "New scenario" is `blank`). */
export type StartChoice = { kind: 'blank' } | { kind: 'sample' } | { kind: 'template'; stage: PlanStage }

export interface ScenarioActions {
  createNew: () => Promise<void>
  /** Creates and opens a scenario: the sample on the dashboard, anything else in the editor. */
  startFrom: (choice: StartChoice) => Promise<void>
  /** Copies a scenario as a what-if and opens the copy in the editor; Compare keeps the original as base. */
  duplicate: (id: number, name: string) => Promise<void>
  /** Resolves false when the scenario kept its old name (the failure has been reported). */
  rename: (id: number, name: string) => Promise<boolean>
  remove: (id: number) => Promise<void>
  importFiles: () => Promise<void>
  importDropped: (file: DroppedFile) => Promise<void>
  importRecent: (path: string) => Promise<void>
  /** Resolve with the path written, or null when cancelled or refused (the failure has been reported). */
  exportScenario: (id: number) => Promise<string | null>
  exportAll: () => Promise<string | null>
  backUpNow: () => Promise<void>
}

/** The parts of a dropped File an import reads. */
export type DroppedFile = Pick<File, 'name' | 'size' | 'text'>

export interface ScenarioActionContext {
  rampart: RampartClient
  workspace: Pick<Workspace, 'scenarios' | 'open' | 'openScenario' | 'closeScenario' | 'refreshList' | 'setField' | 'flush'>
  notify: Notify
  go: (view: View) => void
  /** The window's local storage, where what-ifs remember their originals. */
  storage: DraftStorage
}

export function scenarioActions({ rampart, workspace, notify, go, storage }: ScenarioActionContext): ScenarioActions {
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

  const startFrom = async (choice: StartChoice) => {
    const created = await rampart.orReport('Could not create the scenario', rampart.scenarioCreate(startingDocument(choice, names)))
    if (!created) return
    await refreshList()
    await openScenario(created.id)
    notify(`Created "${created.name}"`, 'success')
    // The sample is there to be explored; a blank plan or a template is there to be filled in.
    go(choice.kind === 'sample' ? 'dashboard' : 'editor')
  }

  return {
    createNew: () => startFrom({ kind: 'blank' }),
    startFrom,

    async duplicate(id, name) {
      await flushIfOpen(id)
      const copy = await rampart.orReport('Could not duplicate', rampart.scenarioDuplicate({ id, name: uniqueName(name, names) }))
      if (!copy) return
      rememberWhatIf(storage, copy.id, id)
      await refreshList()
      await openScenario(copy.id)
      notify(`Created the what-if "${copy.name}"`, 'success')
      go('editor')
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
      if (!saved || saved.canceled) return null
      notify(`Saved ${saved.path}`, 'success')
      return saved.path
    },

    async exportAll() {
      await flush()
      const saved = await rampart.orReport('Export failed', rampart.fileExportAll())
      if (!saved || saved.canceled) return null
      notify(`Saved ${saved.path}`, 'success')
      return saved.path
    },

    async backUpNow() {
      await flush()
      const backup = await rampart.orReport('Backup failed', rampart.backupNow())
      if (backup) notify(`Backup saved: ${backup.name}`, 'success')
    }
  }
}

function startingDocument(choice: StartChoice, taken: readonly string[]): ScenarioDoc {
  switch (choice.kind) {
    case 'blank': return blankScenario(uniqueName('New scenario', taken))
    // The sample keeps its own dates: its deadlines are real ones (the EU AI Act's, say).
    case 'sample': return { ...SAMPLE_SCENARIO, name: uniqueName(SAMPLE_SCENARIO.name, taken) }
    case 'template': return fromTemplate(PLAN_TEMPLATES.find((t) => t.stage === choice.stage)!.document, taken)
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
