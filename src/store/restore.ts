// Restoring a backup over the database. The backup is checked first (readable, intact, a Rampart
// schema this version understands); the current file is kept — as a backup when healthy, renamed
// aside when damaged — and the backup's content is then written in with SQLite's online backup,
// never by copying files over a database. A store open on the database may stay open: the online
// backup writes through SQLite's locks, and the open connection reads the restored content next.
import { existsSync, renameSync } from 'node:fs'
import { resolve } from 'node:path'
import { openConnection } from './connection'
import { defaultBackupDir, writeBackup, type BackupInfo } from './backups'
import { InputError } from '../core/inputError'
import { describeOpenError, inspectReadOnly, removeTornIndex } from './open'
import { onlineBackup } from './onlineBackup'
import { filePathProblem } from './paths'
import { sqliteFileReason } from './sqliteErrors'

export interface RestoreOptions {
  backupDir?: string
  now?: () => Date
}

export interface RestoreOutcome {
  /** The backup taken of the current database before it was replaced, if it was healthy. */
  previous: BackupInfo | null
  /** Where a damaged current database was moved, if it was. */
  movedAside: string | null
}

const TIMEOUT_MS = 5000

export async function restoreBackup(file: string, backupFile: string, options: RestoreOptions = {}): Promise<RestoreOutcome> {
  const path = resolve(file)
  const source = resolve(backupFile)
  const now = options.now ?? (() => new Date())
  if (source === path) throw InputError.at('backup', 'is the database itself; choose a backup file')
  const pathProblem = filePathProblem(path)
  if (pathProblem) throw InputError.at('database', pathProblem)
  assertUsableBackup(source)
  let outcome: RestoreOutcome
  try {
    outcome = existsSync(path)
      ? await preserveCurrent(path, options.backupDir ?? defaultBackupDir(path), now())
      : { previous: null, movedAside: null }
  } catch (error) {
    // Reading the current database on a full disk can leave SQLite's index half made beside it.
    removeTornIndex(path)
    throw error
  }
  const backup = openConnection(source, { readonly: true, fileMustExist: true, timeout: TIMEOUT_MS })
  try {
    await onlineBackup(backup, path)
  } catch (error) {
    const reason = sqliteFileReason(error, path)
    if (reason === null) throw error
    // SQLite writes the backup's pages in one transaction on the database: a failed restore leaves it as it was.
    throw InputError.at('database', `${path} could not be restored: ${reason}; it is unchanged`)
  } finally {
    backup.close()
  }
  return outcome
}

function assertUsableBackup(source: string): void {
  const pathProblem = filePathProblem(source)
  if (pathProblem) throw InputError.at('backup', pathProblem)
  if (!existsSync(source)) throw InputError.at('backup', `${source}: file not found`)
  let damage: string | null
  try {
    damage = inspectReadOnly(source, TIMEOUT_MS)
  } catch (error) {
    throw InputError.at('backup', `${source} cannot be restored: ${describeOpenError(error, source).message}`)
  }
  if (damage) throw InputError.at('backup', `${source} is damaged (${damage}) and cannot be restored`)
  const backup = openConnection(source, { readonly: true, fileMustExist: true })
  try {
    const tables = backup.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'scenarios'").pluck().get()
    if (tables !== 1) throw InputError.at('backup', `${source} is not a Rampart database backup`)
  } finally {
    backup.close()
  }
}

/** Keeps the database about to be replaced: a backup copy when SQLite can read it, else renamed aside. */
async function preserveCurrent(path: string, backupDir: string, at: Date): Promise<RestoreOutcome> {
  let damaged: boolean
  try {
    damaged = inspectReadOnly(path, TIMEOUT_MS) !== null
  } catch (error) {
    const { problem, message } = describeOpenError(error, path)
    if (problem === 'locked') throw InputError.at('database', message)
    // A file from a newer Rampart, or with an edited migration record, is still readable: copy it.
    damaged = problem === 'corrupt'
  }
  if (damaged) return { previous: null, movedAside: moveAside(path, at) }
  return { previous: await backUpCurrent(path, backupDir, at), movedAside: null }
}

async function backUpCurrent(path: string, backupDir: string, at: Date): Promise<BackupInfo> {
  const current = openConnection(path, { readonly: true, fileMustExist: true, timeout: TIMEOUT_MS })
  try {
    return await writeBackup(current, path, backupDir, 'pre-restore', at)
  } finally {
    current.close()
  }
}

/** Renames a damaged database (and its WAL files, which belong to it) out of the way. */
function moveAside(path: string, at: Date): string {
  const aside = `${path}.damaged-${at.toISOString().replace(/[-:.]/g, '')}`
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix)
  }
  return aside
}
