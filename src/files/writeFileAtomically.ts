// Writes a file so that a reader (or a crash) never sees half of it: the bytes go to a short,
// uniquely named temporary file in the same folder, are flushed to disk, and the file then takes
// the target's name in one step. It never replaces anything but a regular file, and a regular file
// only when asked to: a new file is linked into place (which fails, atomically, if a file appeared
// meanwhile), a replacement is renamed over it. The one implementation for exports, the CLI and
// the app's own small files.
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { assertFolderOf, kindOfStats, notRegularFileReason } from './fileKinds'
import { InputError } from '../core/inputError'
import { reasonForFileError } from './fileErrors'

export interface WriteOptions {
  /** Replace a regular file already at the path (the user confirmed, e.g. with --force). */
  replace?: boolean
}

/** Link errors that mean "this file system has no hard links": rename, after checking again. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV'])

/** Returns the number of bytes written. Throws InputError for anything the user can fix. */
export function writeFileAtomically(path: string, data: string | Uint8Array, options: WriteOptions = {}): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const replace = options.replace ?? false
  assertFolderOf(path)
  assertReplaceable(path, replace)
  const temp = temporaryPathBeside(path)
  let tempExists = false
  try {
    const fd = openSync(temp, 'wx', 0o666)
    tempExists = true
    try {
      let offset = 0
      while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    moveIntoPlace(temp, path, { replace })
    tempExists = false
  } catch (error) {
    if (tempExists) rmSync(temp, { force: true })
    if (error instanceof InputError) throw error
    // The folder exists (checked above): ENOENT now means it takes no new files, as /proc does.
    const code = (error as { code?: unknown }).code
    const reason = code === 'ENOENT' ? 'the folder does not accept new files' : reasonForFileError(error)
    throw reason === null ? error : InputError.at(path, reason)
  }
  return bytes.byteLength
}

/**
 * A new file name in `path`'s folder for a file being written. Short, so a legal long file name
 * still leaves room for it; random, so two writers (processes or calls) never share one.
 */
export function temporaryPathBeside(path: string, extension = '.tmp'): string {
  return join(dirname(path), `.rampart-${randomBytes(6).toString('hex')}${extension}`)
}

/** Throws InputError unless `path` is absent or (when `replace`) a regular file, not a link. */
export function assertReplaceable(path: string, replace: boolean): void {
  let stats
  try {
    stats = lstatSync(path)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return
    throw InputError.at(path, `cannot be looked at: ${reasonForFileError(error) ?? String(error)}`)
  }
  const kind = kindOfStats(stats)
  if (kind !== 'file') throw InputError.at(path, `${notRegularFileReason(kind)}; Rampart never writes over it`)
  if (!replace) throw InputError.at(path, 'already exists')
}

/**
 * Gives the finished file `temp` (in the same folder) the name `path`: over a regular file when
 * `replace`, else failing with "already exists" rather than replacing a file that appeared since
 * it was checked. `temp` is gone afterwards unless this throws.
 */
export function moveIntoPlace(temp: string, path: string, { replace = false }: WriteOptions = {}): void {
  if (replace) {
    assertReplaceable(path, true)
    renameSync(temp, path)
    return
  }
  try {
    linkSync(temp, path)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'EEXIST') throw InputError.at(path, 'already exists')
    if (typeof code !== 'string' || !NO_HARD_LINKS.has(code)) throw error
    assertReplaceable(path, false)
    renameSync(temp, path)
    return
  }
  unlinkSync(temp)
}
