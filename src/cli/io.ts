// What a CLI command may touch. Commands get it as a parameter so tests can capture output.
import { mkdirSync, rmdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { MAX_IMPORT_BYTES } from '../core/limits'
import { kindOf, notRegularFileReason } from '../files/fileKinds'
import { InputError } from '../core/inputError'
import { reasonForFileError } from '../files/fileErrors'
import { readTextFileCapped } from '../files/readCapped'

export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** stderr is a terminal: long runs then report their progress on it by themselves. */
  errIsTerminal?: boolean
}

/** Prints `value` as every --json output is printed: indented two spaces, ending in a newline. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2) + '\n')
}

/**
 * Reads a UTF-8 text file the user named; every way that can fail (missing, a folder, a FIFO or
 * device, too large, UTF-16) is the user's to fix.
 */
export function readTextFile(path: string, maxBytes = MAX_IMPORT_BYTES): string {
  return readTextFileCapped(path, maxBytes)
}

/**
 * Checks that a file can be written at `path`: its folder exists, and nothing is there, or a
 * regular file the user agreed to replace (`replace`, from --force). A folder, FIFO, device or
 * link is never replaced.
 */
export function checkOutputFile(
  path: string, option = '--out', replace = false, whenExists = 'add --force to replace it'
): void {
  const folder = dirname(resolve(path))
  if (kindOf(folder) !== 'folder') throw InputError.at(option, `the folder ${folder} does not exist`)
  const kind = kindOf(path, { followLinks: false })
  if (kind === 'missing') return
  if (kind === 'folder') throw InputError.at(option, `${path} is a folder`)
  if (kind !== 'file') throw InputError.at(option, `${path} ${notRegularFileReason(kind)}; Rampart never writes over it`)
  if (!replace) throw InputError.at(option, `${path} already exists; ${whenExists}`)
}

/**
 * Runs `write` of the file `out`; a failure the user can fix (disk full, no permission, name too
 * long) is reported at `option` as "OUT could not be written: REASON".
 */
export async function writingOut<T>(option: string, out: string, write: () => T | Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (error instanceof InputError && error.errors.length === 1 && error.errors[0].path === out) {
      throw InputError.at(option, `${out} could not be written: ${error.errors[0].message}`)
    }
    throw error
  }
}

/**
 * Creates the output folder `dir` if needed; refuses a path that is a file or under one. Returns
 * a function that removes the folders it created, for a run that fails before it wrote anything.
 */
export function ensureOutputFolder(dir: string, option = '--out'): () => void {
  const kind = kindOf(dir)
  if (kind === 'folder') return () => {}
  if (kind === 'file') throw InputError.at(option, `${dir} is a file, not a folder`)
  if (kind !== 'missing') throw InputError.at(option, `${dir} ${notRegularFileReason(kind)}`)
  let first: string | undefined
  try {
    first = mkdirSync(dir, { recursive: true })
  } catch (error) {
    throw InputError.at(option, `the folder ${dir} cannot be created (${reasonForFileError(error) ?? String(error)})`)
  }
  return () => {
    // Innermost first; rmdir refuses a folder that is not empty, so nothing else is ever removed.
    for (let folder = resolve(dir); first !== undefined; folder = dirname(folder)) {
      rmdirSync(folder)
      if (folder === resolve(first)) break
    }
  }
}
