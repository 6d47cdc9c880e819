// What is at a path, as far as reading or writing it safely goes. Rampart reads and replaces only
// regular files: SQLite and readFile block for ever on a FIFO, a device has no size (/dev/zero
// reads without end), and renaming a new file over a device or a link destroys what was there.
import { lstatSync, statSync, type Stats } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { InputError } from '../core/inputError'
import { reasonForFileError } from './fileErrors'

export type FileKind =
  | 'missing' | 'file' | 'folder' | 'fifo' | 'character device' | 'block device' | 'socket'
  | 'symbolic link' | 'dangling link'

/** The kind of `stats`, from lstat or fstat. */
export function kindOfStats(stats: Stats): Exclude<FileKind, 'missing' | 'dangling link'> {
  if (stats.isFile()) return 'file'
  if (stats.isDirectory()) return 'folder'
  if (stats.isFIFO()) return 'fifo'
  if (stats.isCharacterDevice()) return 'character device'
  if (stats.isBlockDevice()) return 'block device'
  if (stats.isSocket()) return 'socket'
  return 'symbolic link'
}

/**
 * What `path` is, following symbolic links (a link to a FIFO is a FIFO) unless `followLinks` is
 * false; a link to nothing is a 'dangling link'. Throws InputError when the path cannot be looked
 * at (permission denied, a file used as a folder).
 */
export function kindOf(path: string, { followLinks = true } = {}): FileKind {
  let own: Stats
  try {
    own = lstatSync(path)
  } catch (error) {
    // ENOTDIR: a part of the path is a file, so nothing can be at the path itself.
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing'
    throw InputError.at(path, `cannot be looked at: ${reasonForFileError(error) ?? String(error)}`)
  }
  if (!own.isSymbolicLink() || !followLinks) return kindOfStats(own)
  try {
    return kindOfStats(statSync(path))
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return 'dangling link'
    throw InputError.at(path, `cannot be looked at: ${reasonForFileError(error) ?? String(error)}`)
  }
}

/** Why a path of this kind is not a file Rampart reads or replaces, e.g. "is a named pipe (FIFO), not a regular file". */
export function notRegularFileReason(kind: Exclude<FileKind, 'file' | 'missing'>): string {
  switch (kind) {
    case 'folder': return 'is a folder, not a file'
    case 'fifo': return 'is a named pipe (FIFO), not a regular file'
    case 'character device':
    case 'block device': return `is a ${kind}, not a regular file`
    case 'socket': return 'is a socket, not a regular file'
    case 'symbolic link': return 'is a symbolic link; give the path of the file it points to'
    case 'dangling link': return 'is a symbolic link to a file that does not exist'
  }
}

/** Throws InputError unless the folder that would hold `path` exists and is a folder. */
export function assertFolderOf(path: string): void {
  const folder = dirname(resolve(path))
  const kind = kindOf(folder)
  if (kind === 'folder') return
  throw InputError.at(path, kind === 'missing' || kind === 'dangling link'
    ? `the folder ${folder} does not exist`
    : `${folder} is not a folder`)
}
