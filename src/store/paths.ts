// Checks on the paths the database layer is asked to read or write: a database or backup path whose
// folder is missing, or that is not a regular file, gets a message naming it instead of SQLite's
// "unable to open database file" (or a hang, for a FIFO), and nothing the user asks to write may land on the database, the files
// SQLite keeps beside it, or the backups folder.
import { dirname, resolve, sep } from 'node:path'
import { kindOf, notRegularFileReason } from '../files/fileKinds'
import { canonicalPath, isSameFile } from '../files/samePath'
import { defaultBackupDir } from './backups'
import { InputError } from '../core/inputError'

/** The database file and the ones SQLite keeps beside it while it is in use. */
const DATABASE_SUFFIXES = ['', '-wal', '-shm', '-journal']

/**
 * Why SQLite must not be pointed at `file`, or null: its folder is missing, or it is something
 * other than a regular file (a folder, a FIFO, on which SQLite's open blocks for ever, a device,
 * a link to nothing). Checked before every open, since SQLite itself only says "unable to open".
 */
export function filePathProblem(file: string): string | null {
  const path = resolve(file)
  const folder = dirname(path)
  try {
    if (kindOf(folder) !== 'folder') return `the folder ${folder} does not exist`
    const kind = kindOf(path)
    return kind === 'file' || kind === 'missing' ? null : `${path} ${notRegularFileReason(kind)}`
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
}

/**
 * Throws InputError at `field` when writing `out` would destroy the database `dbFile` (the file
 * itself or its -wal, -shm or -journal file, under any spelling, link or symlinked folder) or
 * land in its backups folder, where files are Rampart's to name and prune.
 */
export function assertNotDatabaseFile(
  out: string, dbFile: string, backupDir: string = defaultBackupDir(resolve(dbFile)), field = 'out'
): void {
  const target = canonicalPath(out)
  const database = canonicalPath(dbFile)
  for (const suffix of DATABASE_SUFFIXES) {
    if (target === database + suffix || isSameFile(out, dbFile + suffix)) {
      const what = suffix === '' ? 'the database itself' : `the database's ${suffix.slice(1)} file`
      throw InputError.at(field, `${out} is ${what} (${resolve(dbFile)}); writing it would destroy your plans — choose another file`)
    }
  }
  const backups = canonicalPath(backupDir)
  if (target === backups || target.startsWith(backups + sep)) {
    throw InputError.at(field, `${out} is in the backups folder ${resolve(backupDir)}, which Rampart manages; choose a file elsewhere`)
  }
}
