// Reading and writing the user's files for import and export.
import { renameSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { MAX_IMPORT_BYTES } from '../shared/ipc'
import { UserFacingError } from './ipc/errors'

/** Reads a file to import, refusing one too large to be a scenario file before reading it. */
export function readImportFile(path: string): string {
  let size: number
  try {
    size = statSync(path).size
  } catch (error) {
    throw UserFacingError.at(basename(path), `cannot be read: ${(error as Error).message}`)
  }
  if (size > MAX_IMPORT_BYTES) {
    throw UserFacingError.at(basename(path), `is ${megabytes(size)} MB, larger than the ${megabytes(MAX_IMPORT_BYTES)} MB import limit`)
  }
  return readFileSync(path, 'utf8')
}

/** Writes via a temporary file and a rename, so an interrupted export never leaves half a file. */
export function writeFileAtomically(path: string, content: string | Buffer): number {
  const temporary = `${path}.rampart-partial`
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw UserFacingError.at(basename(path), `could not be written: ${(error as Error).message}`)
  }
  return statSync(path).size
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')
}
