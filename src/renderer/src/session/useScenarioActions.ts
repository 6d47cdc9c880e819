// Scenario-level commands shared by the Scenarios view and the application menu.
import { useCallback, useMemo } from 'react'
import { MAX_IMPORT_BYTES } from '../../../core/limits'
import { describeErrors, useNotify } from './notices'
import { blankScenario, uniqueName } from './blankScenario'
import { useNavigation } from './navigation'
import { useWorkspace } from './workspace'

export interface ScenarioActions {
  createNew: () => Promise<void>
  duplicate: (id: number, name: string) => Promise<void>
  rename: (id: number, name: string) => Promise<boolean>
  remove: (id: number) => Promise<void>
  importFiles: () => Promise<void>
  importDropped: (file: File) => Promise<void>
  importRecent: (path: string) => Promise<void>
  exportScenario: (id: number) => Promise<void>
  exportAll: () => Promise<void>
  backUpNow: () => Promise<void>
}

export function useScenarioActions(): ScenarioActions {
  const workspace = useWorkspace()
  const { scenarios, open, openScenario, closeScenario, refreshList, setField, flush } = workspace
  const notify = useNotify()
  const { go } = useNavigation()
  const names = useMemo(() => scenarios.map((s) => s.name), [scenarios])

  const createBlank = useCallback(async (name: string) => {
    const result = await window.rampart.scenarioCreate(blankScenario(name))
    if (!result.ok) {
      notify(`Could not create the scenario: ${describeErrors(result.errors)}`, 'error')
      return null
    }
    return result.value
  }, [notify])

  const createNew = useCallback(async () => {
    const created = await createBlank(uniqueName('New scenario', names))
    if (!created) return
    await refreshList()
    await openScenario(created.id)
    notify(`Created "${created.name}"`, 'success')
    go('editor')
  }, [createBlank, names, notify, refreshList, openScenario, go])

  const duplicate = useCallback(async (id: number, name: string) => {
    // The copy is made from what is stored, so the open scenario's pending edits go first.
    if (open?.id === id) await flush()
    const result = await window.rampart.scenarioDuplicate({ id, name: uniqueName(name, names) })
    if (!result.ok) return notify(`Could not duplicate: ${describeErrors(result.errors)}`, 'error')
    await refreshList()
    await openScenario(result.value.id)
    notify(`Created the what-if "${result.value.name}"`, 'success')
  }, [open, flush, names, notify, refreshList, openScenario])

  const rename = useCallback(async (id: number, name: string) => {
    if (open?.id === id) {
      // The open scenario is renamed like any edit: undoable, autosaved.
      setField('name', name)
      return true
    }
    const stored = await window.rampart.scenarioGet(id)
    if (!stored.ok) {
      notify(`Could not rename: ${describeErrors(stored.errors)}`, 'error')
      return false
    }
    const saved = await window.rampart.scenarioSave({ id, document: { ...stored.value.document, name } })
    if (!saved.ok) {
      notify(`Could not rename: ${describeErrors(saved.errors)}`, 'error')
      return false
    }
    await refreshList()
    return true
  }, [open, setField, notify, refreshList])

  const remove = useCallback(async (id: number) => {
    const name = scenarios.find((s) => s.id === id)?.name ?? 'the scenario'
    if (open?.id === id) await flush()
    const result = await window.rampart.scenarioDelete(id)
    if (!result.ok) return notify(`Could not delete: ${describeErrors(result.errors)}`, 'error')
    const listed = await window.rampart.scenarioList()
    if (listed.ok && open?.id === id) {
      // The next scenario opens; with the last one in the bin, none is open until the user
      // creates or restores one.
      const next = listed.value[0]
      if (next) await openScenario(next.id)
      else await closeScenario()
    }
    await refreshList()
    notify(`Moved "${name}" to the bin`, 'info')
  }, [scenarios, open, flush, notify, refreshList, openScenario, closeScenario])

  const afterImport = useCallback(async (imported: { id: number; name: string }[]) => {
    await refreshList()
    if (imported.length > 0) {
      await openScenario(imported[imported.length - 1].id)
      notify(`Imported ${imported.map((s) => `"${s.name}"`).join(', ')}`, 'success')
    }
  }, [refreshList, openScenario, notify])

  const importFiles = useCallback(async () => {
    const result = await window.rampart.fileImport()
    if (!result.ok) return notify(`Import failed: ${describeErrors(result.errors)}`, 'error')
    if (!result.value.canceled) await afterImport(result.value.imported)
  }, [afterImport, notify])

  const importDropped = useCallback(async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      return notify(`${file.name} was not imported: it is ${formatMegabytes(file.size)}, and scenario files can be at most `
        + `${formatMegabytes(MAX_IMPORT_BYTES)}.`, 'error')
    }
    const result = await window.rampart.fileImportDropped({ name: file.name, text: await file.text() })
    if (!result.ok) return notify(`Import of ${file.name} failed: ${describeErrors(result.errors)}`, 'error')
    await afterImport(result.value.imported)
  }, [afterImport, notify])

  const importRecent = useCallback(async (path: string) => {
    const result = await window.rampart.fileImportRecent(path)
    if (!result.ok) return notify(`Import failed: ${describeErrors(result.errors)}`, 'error')
    await afterImport(result.value.imported)
  }, [afterImport, notify])

  const exportScenario = useCallback(async (id: number) => {
    if (open?.id === id) await flush()
    const result = await window.rampart.fileExportScenario(id)
    if (!result.ok) return notify(`Export failed: ${describeErrors(result.errors)}`, 'error')
    if (!result.value.canceled) notify(`Saved ${result.value.path}`, 'success')
  }, [open, flush, notify])

  const exportAll = useCallback(async () => {
    await flush()
    const result = await window.rampart.fileExportAll()
    if (!result.ok) return notify(`Export failed: ${describeErrors(result.errors)}`, 'error')
    if (!result.value.canceled) notify(`Saved ${result.value.path}`, 'success')
  }, [flush, notify])

  const backUpNow = useCallback(async () => {
    await flush()
    const result = await window.rampart.backupNow()
    if (!result.ok) return notify(`Backup failed: ${describeErrors(result.errors)}`, 'error')
    notify(`Backup saved: ${result.value.name}`, 'success')
  }, [flush, notify])

  return { createNew, duplicate, rename, remove, importFiles, importDropped, importRecent, exportScenario, exportAll, backUpNow }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
