// Reading and writing the user's files for import and export, with failures turned into messages
// that name the file.
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { MAX_IMPORT_BYTES } from '../core/limits'
import { InputError } from '../core/inputError'
import { writeFileAtomically } from '../files/writeFileAtomically'

/** Reads a file to import, refusing one too large to be a scenario file before reading it. */
export function readImportFile(path: string): string {
  let size: number
  try {
    size = statSync(path).size
  } catch (error) {
    throw InputError.at(basename(path), `cannot be read: ${(error as Error).message}`)
  }
  if (size > MAX_IMPORT_BYTES) {
    throw InputError.at(basename(path), `is ${megabytes(size)} MB, larger than the ${megabytes(MAX_IMPORT_BYTES)} MB import limit`)
  }
  return readFileSync(path, 'utf8')
}

/** Writes an export atomically (never half a file); returns its size in bytes. */
export function writeExportFile(path: string, content: string | Uint8Array): number {
  try {
    return writeFileAtomically(path, content)
  } catch (error) {
    throw InputError.at(basename(path), `could not be written: ${(error as Error).message}`)
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')
}
