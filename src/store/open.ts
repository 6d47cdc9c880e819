// Opening the database: inspect the file read-only first (quick integrity check, schema version,
// migration record), and only when it is healthy and ours open it for writing, back it up before
// migrating, and migrate. A damaged file, one from a newer Rampart, or one we cannot read is never
// written to: the caller is told why and offered the backups. Opening takes no daily backup: the
// app and the commands that write take it (ScenarioStore.takeDailyBackup), a reader never does.
import { accessSync, constants, existsSync, rmSync, statSync, type Stats } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type Database from 'better-sqlite3'
import { openConnection } from './connection'
import { defaultBackupDir, listBackups, writeBackup, type BackupInfo } from './backups'
import { assertKnownSchema, migrate, pendingMigrations, readSchemaState, SchemaError } from './migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations'
import { filePathProblem } from './paths'
import { sqliteCode, sqliteFileReason } from './sqliteErrors'
import { ScenarioStore } from './store'

export interface OpenOptions {
  /** Where automatic and manual backups go; default `<folder of the database>/backups`. */
  backupDir?: string
  now?: () => Date
  /** How long to wait for another program holding the file before reporting it locked. */
  busyTimeoutMs?: number
  /**
   * Only to read (listing, exporting): the file is opened read-only and nothing is written, unless
   * its schema is older, when it is upgraded first (after its backup) as any open would.
   */
  readOnly?: boolean
}

/**
 * `driver-mismatch`: SQLite's native driver (better-sqlite3's binary, loaded when the first
 * database opens) was built for another runtime or processor. The file was never read, so nothing
 * about it is known and a backup would fail the same way.
 * `unwritable`: the disk is full, or the file or its folder is read-only; nothing is wrong with the
 * data, so no backup should be offered. `missing`: a read-only open of a file that does not exist.
 */
export type OpenProblem = 'corrupt' | 'newer-version' | 'locked' | 'unreadable' | 'driver-mismatch' | 'unwritable' | 'missing'

export type OpenResult =
  | { ok: true; store: ScenarioStore; warnings: string[] }
  | { ok: false; problem: OpenProblem; message: string; backups: BackupInfo[] }

const DEFAULT_BUSY_TIMEOUT_MS = 5000

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenResult> {
  const path = resolve(file)
  const backupDir = resolve(options.backupDir ?? defaultBackupDir(path))
  const now = options.now ?? (() => new Date())
  const timeout = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS
  const pathProblem = filePathProblem(path)
  if (pathProblem) return failure('unreadable', `${path} cannot be opened: ${pathProblem}.`, path, backupDir)
  const exists = existsSync(path)
  if (options.readOnly && !exists) return failure('missing', `${path}: no database here.`, path, backupDir)
  let db: Database.Database | undefined
  try {
    if (exists) {
      const damage = inspectReadOnly(path, timeout)
      if (damage) return failure('corrupt', `${path} is damaged (${damage}). ${UNCHANGED}`, path, backupDir)
    }
    if (options.readOnly) {
      db = openConnection(path, { readonly: true, fileMustExist: true, timeout })
      const state = readSchemaState(db)
      if (state.version === LATEST_SCHEMA_VERSION || state.applied.length === 0) {
        db.pragma('foreign_keys = ON')
        return { ok: true, store: new ScenarioStore(db, { file: path, backupDir, now, readOnly: true }), warnings: [] }
      }
      // An older schema cannot be read by this version's queries: upgrade it, as the app would.
      db.close()
    }
    db = openConnection(path, { timeout })
    configureConnection(db)
    const before = readSchemaState(db)
    assertKnownSchema(before, MIGRATIONS)
    const warnings: string[] = []
    if (before.applied.length > 0 && pendingMigrations(before, MIGRATIONS).length > 0) {
      const backup = await writeBackup(db, path, backupDir, 'pre-migration', now(), `pre-migration-v${before.version}`)
      warnings.push(`${path} was upgraded from schema version ${before.version} to ${LATEST_SCHEMA_VERSION}; ` +
        `the earlier version is kept as the backup ${backup.file}`)
    }
    migrate(db, MIGRATIONS, now)
    return { ok: true, store: new ScenarioStore(db, { file: path, backupDir, now }), warnings }
  } catch (error) {
    db?.close()
    removeTornIndex(path)
    const { problem, message } = describeOpenError(error, path)
    return failure(problem, message, path, backupDir)
  }
}

/** SQLite's shared-memory index is at least this long once written; shorter, it was cut off. */
const SHM_REGION_BYTES = 32 * 1024

/**
 * Removes the -shm and -wal files an open left half made (on a full disk SQLite creates them and
 * can write no further): an empty log and an index shorter than its first region belong to no
 * live connection, so nothing of the user's is lost and nothing is left behind.
 */
export function removeTornIndex(path: string): void {
  const [wal, shm] = [statOrNull(`${path}-wal`), statOrNull(`${path}-shm`)]
  if (shm === null || shm.size >= SHM_REGION_BYTES || (wal !== null && wal.size > 0)) return
  rmSync(`${path}-shm`, { force: true })
  rmSync(`${path}-wal`, { force: true })
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path)
  } catch {
    return null
  }
}

/** WAL for crash safety with a reader alongside, FULL sync so a commit survives power loss. */
function configureConnection(db: Database.Database): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true })
  if (mode !== 'wal') throw new Error(`could not switch the journal to WAL (it is ${String(mode)})`)
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
}

/**
 * Reads the file without any write: returns a description of the damage when the quick check
 * fails, and throws SchemaError when the schema is not one this Rampart can use.
 */
export function inspectReadOnly(path: string, timeout: number): string | null {
  let db: Database.Database | undefined
  try {
    db = openConnection(path, { readonly: true, fileMustExist: true, timeout })
    const rows = db.pragma('quick_check(20)', { simple: false }) as { quick_check: string }[]
    if (rows.length !== 1 || rows[0].quick_check !== 'ok') return rows.map((r) => r.quick_check).join('; ')
    assertKnownSchema(readSchemaState(db), MIGRATIONS)
    return null
  } catch (error) {
    db?.close()
    db = undefined
    removeTornIndex(path)
    throw error
  } finally {
    db?.close()
  }
}

/**
 * How loading a native binary built for something else fails, when the error has no code: another
 * Node or Electron ABI, another processor (Linux, macOS, Windows), or no binary built at all.
 */
const DRIVER_LOAD_FAILURE =
  /NODE_MODULE_VERSION|wrong ELF class|incompatible architecture|not a valid Win32 application|Could not locate the bindings file/

const UNCHANGED = 'Rampart has not changed the file; restore one of the backups, or open another database.'

export function describeOpenError(error: unknown, path: string): { problem: OpenProblem; message: string } {
  if (error instanceof SchemaError) {
    return error.reason === 'newer-version'
      ? { problem: 'newer-version', message: `${path}: ${error.message}.` }
      : { problem: 'unreadable', message: `${path}: ${error.message}. ${UNCHANGED}` }
  }
  const code = sqliteCode(error)
  if (code === 'ERR_DLOPEN_FAILED' || DRIVER_LOAD_FAILURE.test(reasonOf(error))) {
    return { problem: 'driver-mismatch', message: `SQLite's driver could not be loaded, so ${path} was not opened (${reasonOf(error).replace(/\s+/g, ' ')}).` }
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { problem: 'locked', message: `${path} is in use by another program; close it and try again.` }
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return { problem: 'corrupt', message: `${path} is damaged or not a database. ${UNCHANGED}` }
  }
  if (!isWritableFolder(dirname(path)) && (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'))) {
    // SQLite keeps a -shm (and -wal) file beside a WAL database even to read it.
    return { problem: 'unwritable', message: `${path} is in a folder Rampart cannot write to, and SQLite must create ` +
      `${path}-shm beside the database even to read it; make the folder writable, or copy the database to one that is.` }
  }
  const reason = sqliteFileReason(error, path)
  if (reason !== null && !code.startsWith('SQLITE_CANTOPEN')) {
    return { problem: 'unwritable', message: `${path} cannot be used: ${reason}. Nothing is wrong with your plans; ${FREE_AND_RETRY}` }
  }
  return { problem: 'unreadable', message: `${path} cannot be opened (${reason ?? reasonOf(error)}).` }
}

const FREE_AND_RETRY = 'free some space or fix the permissions, and try again.'

function isWritableFolder(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK)
    return true
  } catch {
    return false
  }
}

function failure(problem: OpenProblem, message: string, path: string, backupDir: string): OpenResult {
  return { ok: false, problem, message, backups: listBackups(path, backupDir) }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
