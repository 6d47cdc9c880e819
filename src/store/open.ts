// Opening the database: inspect the file read-only first (quick integrity check, schema version,
// migration record), and only when it is healthy and ours open it for writing, back it up before
// migrating, migrate, and take the daily backup. A damaged file, one from a newer Rampart, or one
// we cannot read is never written to: the caller is told why and offered the backups.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type Database from 'better-sqlite3'
import { openConnection } from './connection'
import { defaultBackupDir, listBackups, takeDailyBackup, writeBackup, type BackupInfo } from './backups'
import { assertKnownSchema, migrate, pendingMigrations, readSchemaState, SchemaError } from './migrate'
import { MIGRATIONS } from './migrations'
import { filePathProblem } from './paths'
import { ScenarioStore } from './store'

export interface OpenOptions {
  /** Where automatic and manual backups go; default `<folder of the database>/backups`. */
  backupDir?: string
  now?: () => Date
  /** How long to wait for another program holding the file before reporting it locked. */
  busyTimeoutMs?: number
}

/**
 * `driver-mismatch`: SQLite's native driver (better-sqlite3's binary, loaded when the first
 * database opens) was built for another runtime or processor. The file was never read, so nothing
 * about it is known and a backup would fail the same way.
 */
export type OpenProblem = 'corrupt' | 'newer-version' | 'locked' | 'unreadable' | 'driver-mismatch'

export type OpenResult =
  | { ok: true; store: ScenarioStore; warnings: string[] }
  | { ok: false; problem: OpenProblem; message: string; backups: BackupInfo[] }

const DEFAULT_BUSY_TIMEOUT_MS = 5000

export function openDatabase(file: string, options: OpenOptions = {}): OpenResult {
  const path = resolve(file)
  const backupDir = resolve(options.backupDir ?? defaultBackupDir(path))
  const now = options.now ?? (() => new Date())
  const timeout = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS
  const pathProblem = filePathProblem(path)
  if (pathProblem) return failure('unreadable', `${path} cannot be opened: ${pathProblem}.`, path, backupDir)
  let db: Database.Database | undefined
  try {
    if (existsSync(path)) {
      const damage = inspectReadOnly(path, timeout)
      if (damage) return failure('corrupt', `${path} is damaged (${damage}). ${UNCHANGED}`, path, backupDir)
    }
    db = openConnection(path, { timeout })
    configureConnection(db)
    const before = readSchemaState(db)
    assertKnownSchema(before, MIGRATIONS)
    const isRampartData = before.applied.length > 0
    if (isRampartData && pendingMigrations(before, MIGRATIONS).length > 0) {
      writeBackup(db, path, backupDir, 'pre-migration', now(), `pre-migration-v${before.version}`)
    }
    migrate(db, MIGRATIONS, now)
    const warnings: string[] = []
    if (isRampartData) {
      try {
        takeDailyBackup(db, path, backupDir, now())
      } catch (error) {
        // A missed daily backup must not lock the user out of their plans; say so instead.
        warnings.push(`the daily backup into ${backupDir} failed: ${reasonOf(error)}`)
      }
    }
    return { ok: true, store: new ScenarioStore(db, { file: path, backupDir, now }), warnings }
  } catch (error) {
    db?.close()
    const { problem, message } = describeOpenError(error, path)
    return failure(problem, message, path, backupDir)
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
  const db = openConnection(path, { readonly: true, fileMustExist: true, timeout })
  try {
    const rows = db.pragma('quick_check(20)', { simple: false }) as { quick_check: string }[]
    if (rows.length !== 1 || rows[0].quick_check !== 'ok') return rows.map((r) => r.quick_check).join('; ')
    assertKnownSchema(readSchemaState(db), MIGRATIONS)
    return null
  } finally {
    db.close()
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
  // better-sqlite3 reports SQLite's extended result codes, e.g. SQLITE_BUSY_RECOVERY.
  const code = String((error as { code?: unknown } | null)?.code ?? '')
  const reason = reasonOf(error)
  if (code === 'ERR_DLOPEN_FAILED' || DRIVER_LOAD_FAILURE.test(reason)) {
    return { problem: 'driver-mismatch', message: `SQLite's driver could not be loaded, so ${path} was not opened (${reason.replace(/\s+/g, ' ')}).` }
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { problem: 'locked', message: `${path} is in use by another program (${reason}); close it and try again.` }
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return { problem: 'corrupt', message: `${path} is damaged or not a database (${reason}). ${UNCHANGED}` }
  }
  return { problem: 'unreadable', message: `${path} cannot be opened (${reason}).` }
}

function failure(problem: OpenProblem, message: string, path: string, backupDir: string): OpenResult {
  return { ok: false, problem, message, backups: listBackups(path, backupDir) }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
