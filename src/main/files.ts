// Reading and writing the user's files for import and export, with failures turned into messages
// that name the file. Only regular files are read (a FIFO or device would freeze or exhaust the
// main process) and only regular files are replaced (the save dialog asked the user first).
import { basename } from 'node:path'
import { MAX_IMPORT_BYTES } from '../core/limits'
import { FileProblem } from '../files/fileProblem'
import { readTextFileCapped } from '../files/readCapped'
import { writeFileAtomically } from '../files/writeFileAtomically'
import { UserFacingError } from './ipc/errors'

/** Reads a file to import: a regular UTF-8 file within the import limit, whatever `stat` claims. */
export function readImportFile(path: string): string {
  try {
    return readTextFileCapped(path, MAX_IMPORT_BYTES)
  } catch (error) {
    if (error instanceof FileProblem) throw UserFacingError.at(basename(path), error.reason)
    throw error
  }
}

/** Writes an export atomically (never half a file), replacing only a regular file; returns its size in bytes. */
export function writeExportFile(path: string, content: string | Uint8Array): number {
  try {
    return writeFileAtomically(path, content, { replace: true })
  } catch (error) {
    const reason = error instanceof FileProblem ? error.reason : (error as Error).message
    throw UserFacingError.at(basename(path), `could not be written: ${reason}`)
  }
}
