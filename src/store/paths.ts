// Checks on the paths the database layer is asked to read or write: a database or backup path whose
// folder is missing (or that is a folder) gets a message naming it instead of SQLite's "unable to
// open database file", and nothing the user asks to write may land on the database, the files
// SQLite keeps beside it, or the backups folder.
import { realpathSync, statSync, type Stats } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { defaultBackupDir } from './backups'
import { InputError } from '../core/inputError'

/** The database file and the ones SQLite keeps beside it while it is in use. */
const DATABASE_SUFFIXES = ['', '-wal', '-shm', '-journal']

/** Windows and macOS file systems ignore case by default: "Rampart.DB" there is "rampart.db". */
const FOLD_CASE = process.platform === 'win32' || process.platform === 'darwin'

/** Why a file cannot be created or opened at `file` (its folder is missing, or it is a folder), or null. */
export function filePathProblem(file: string): string | null {
  const path = resolve(file)
  const folder = dirname(path)
  if (!isFolder(folder)) return `the folder ${folder} does not exist`
  if (isFolder(path)) return `${path} is a folder, not a file`
  return null
}

/**
 * Throws InputError at `field` when writing `out` would destroy the database `dbFile` (the file
 * itself or its -wal, -shm or -journal file, under any spelling, link or symlinked folder) or
 * land in its backups folder, where files are Rampart's to name and prune.
 */
export function assertNotDatabaseFile(
  out: string, dbFile: string, backupDir: string = defaultBackupDir(resolve(dbFile)), field = 'out'
): void {
  const target = canonical(out)
  const database = canonical(dbFile)
  const outStat = statOrNull(out)
  for (const suffix of DATABASE_SUFFIXES) {
    const own = statOrNull(dbFile + suffix)
    const sameFile = outStat !== null && own !== null && outStat.dev === own.dev && outStat.ino === own.ino
    if (sameFile || target === database + suffix) {
      const what = suffix === '' ? 'the database itself' : `the database's ${suffix.slice(1)} file`
      throw InputError.at(field, `${out} is ${what} (${resolve(dbFile)}); writing it would destroy your plans — choose another file`)
    }
  }
  const backups = canonical(backupDir)
  if (target === backups || target.startsWith(backups + sep)) {
    throw InputError.at(field, `${out} is in the backups folder ${resolve(backupDir)}, which Rampart manages; choose a file elsewhere`)
  }
}

/**
 * The absolute path with symlinks resolved (of the file when it exists, else of its folder),
 * case-folded where the file system ignores case.
 */
function canonical(file: string): string {
  const path = resolve(file)
  const real = realPathOrNull(path) ?? join(realPathOrNull(dirname(path)) ?? dirname(path), basename(path))
  return FOLD_CASE ? real.toLowerCase() : real
}

function realPathOrNull(path: string): string | null {
  try {
    return realpathSync.native(path)
  } catch {
    return null
  }
}

function isFolder(path: string): boolean {
  return statOrNull(path)?.isDirectory() ?? false
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path)
  } catch {
    return null
  }
}
