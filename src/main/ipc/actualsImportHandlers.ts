// Importing actuals from a finance system's export: the open dialog, then main has the chosen file
// read and parsed in a worker thread (the window has no file system, and a large workbook would
// freeze every window on the main thread) and shows its first rows; the import reads the same path
// again, so what is written is what the file holds at that moment, all of it or nothing.
import { basename } from 'node:path'
import { guessMapping, headerSignature, inActualsFile, type ActualsTable } from '../../core/actualsImport'
import { InputError } from '../../core/inputError'
import { ACTUALS_PREVIEW_ROWS } from '../../shared'
import type { FileFilter, HandlerDeps } from './deps'
import type { HandlerImpls } from './registry'

const ACTUALS_FILES: FileFilter[] = [{ name: 'Finance export (CSV or Excel)', extensions: ['csv', 'xlsx', 'txt'] }]

export function createActualsImportHandlers(deps: HandlerDeps): Pick<HandlerImpls, 'actualsImport/pick' | 'actualsImport/run'> {
  const store = () => deps.database.store
  /** The file last chosen in the dialog: the only path `actualsImport/run` reads. */
  let chosen: string | null = null
  /**
   * The files chosen whose previews are still being read. The window stays responsive while a
   * file is read, so Import can be pressed meanwhile; it would import the previous file, still
   * on screen, while the user waits for the new one, so it is refused until the reading ends.
   */
  const reading: string[] = []

  return {
    'actualsImport/pick': async () => {
      const paths = await deps.dialogs.openFiles({ title: 'Import actuals', filters: ACTUALS_FILES })
      if (paths.length === 0) return { canceled: true }
      if (paths.length > 1) throw InputError.at('(root)', `${paths.length} files were chosen; choose one export of actuals at a time`)
      const [path] = paths
      reading.push(path)
      let table: ActualsTable
      try {
        table = await named(path, () => deps.readActualsTable(path))
      } finally {
        reading.splice(reading.indexOf(path), 1)
      }
      chosen = path
      const remembered = store().rememberedMapping(headerSignature(table.headers))
      return {
        canceled: false,
        name: basename(path),
        headers: table.headers,
        rows: table.rows.slice(0, ACTUALS_PREVIEW_ROWS),
        rowCount: table.rows.length,
        mapping: remembered ?? guessMapping(table.headers),
        remembered: remembered !== null
      }
    },
    'actualsImport/run': async ({ id, mapping }) => {
      const busy = reading[0]
      if (busy !== undefined) throw InputError.at('(root)', `${basename(busy)} is still being read; import once its first rows show`)
      const path = chosen
      if (path === null) throw InputError.at('(root)', 'choose a file of actuals first')
      const table = await named(path, () => deps.readActualsTable(path))
      return named(path, () => store().importActualsTable(id, table, mapping))
    }
  }
}

/**
 * Runs `read` with its problems named by the file's name rather than its full path, as the window
 * shows files: `export.csv: row 7`.
 */
async function named<T>(path: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    // The file reader names the path itself; the store names rows and quarters.
    const relative = error.errors.map((e) => (e.path.startsWith(path) ? { ...e, path: e.path === path ? '(root)' : e.path.slice(path.length + 2) } : e))
    throw new InputError(inActualsFile(basename(path), relative))
  }
}
