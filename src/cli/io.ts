// What a CLI command may touch. Commands get it as a parameter so tests can capture output.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { InputError } from '../core/inputError'
import { MAX_IMPORT_BYTES } from '../core/limits'

export interface CliIo {
  out(text: string): void
  err(text: string): void
}

/** Reads a UTF-8 text file the user named; every way that can fail is the user's to fix. */
export function readTextFile(path: string): string {
  let stats
  try {
    stats = statSync(path)
  } catch {
    throw InputError.at(path, 'file not found')
  }
  if (!stats.isFile()) throw InputError.at(path, 'is a folder, not a file')
  if (stats.size > MAX_IMPORT_BYTES) {
    throw InputError.at(path, `${stats.size} bytes is larger than the ${MAX_IMPORT_BYTES}-byte limit`)
  }
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw InputError.at(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

/** Checks that a file can be written at `path` (its folder exists, it is not a folder itself). */
export function checkOutputFile(path: string, option = '--out'): void {
  const folder = dirname(resolve(path))
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw InputError.at(option, `the folder ${folder} does not exist`)
  }
  if (existsSync(path) && statSync(path).isDirectory()) throw InputError.at(option, `${path} is a folder`)
}

/** Creates the output folder `dir` if needed; refuses a path that is a file or under one. */
export function ensureOutputFolder(dir: string, option = '--out'): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw InputError.at(option, `${dir} is a file, not a folder`)
    return
  }
  try {
    mkdirSync(dir, { recursive: true })
  } catch (error) {
    throw InputError.at(option, `the folder ${dir} cannot be created (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}
