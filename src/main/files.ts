// Reading and writing the user's files for import and export, with failures turned into messages
// that name the file. Only regular files are read (a FIFO or device would freeze or exhaust the
// main process) and only regular files are replaced (the save dialog asked the user first).
import { basename } from 'node:path'
import { InputError } from '../core/inputError'
import { MAX_IMPORT_BYTES } from '../core/limits'
import { readTextFileCapped } from '../files/readCapped'
import { assertFolderOf } from '../files/fileKinds'
import { assertReplaceable, writeFileAtomically } from '../files/writeFileAtomically'

/** Reads a file to import: a regular UTF-8 file within the import limit, whatever `stat` claims. */
export function readImportFile(path: string): string {
  try {
    return readTextFileCapped(path, MAX_IMPORT_BYTES)
  } catch (error) {
    if (error instanceof InputError) throw InputError.at(basename(path), error.errors[0].message)
    throw error
  }
}

/** Writes an export atomically (never half a file), replacing only a regular file; returns its size in bytes. */
export function writeExportFile(path: string, content: string | Uint8Array): number {
  return writingExport(path, () => writeFileAtomically(path, content, { replace: true }))
}

/** Refuses, before any work, a path an export could not be written to (no folder, a FIFO, a link). */
export function checkExportPath(path: string): void {
  writingExport(path, () => {
    assertFolderOf(path)
    assertReplaceable(path, true)
  })
}

function writingExport<T>(path: string, write: () => T): T {
  try {
    return write()
  } catch (error) {
    const reason = error instanceof InputError ? error.errors[0].message : (error as Error).message
    throw InputError.at(basename(path), `could not be written: ${reason}`)
  }
}
