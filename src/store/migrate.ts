// Schema migrations: numbered SQL scripts, each applied in its own transaction and recorded with
// the SHA-256 of its SQL. Reading the schema state never writes, so a file can be inspected before
// anything is allowed to change it.
import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { RAMPART_APPLICATION_ID, type Migration } from './migrations'

const MIGRATIONS_TABLE = 'schema_migrations'

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`

export interface AppliedMigration {
  version: number
  name: string
  sha256: string
  appliedAt: string
}

export interface SchemaState {
  /** `PRAGMA user_version`: the last migration applied. */
  version: number
  applied: AppliedMigration[]
  /** True when the file holds no tables at all (new or empty file). */
  empty: boolean
  applicationId: number
}

/** The schema cannot be used by this version of Rampart; `reason` says why. */
export class SchemaError extends Error {
  constructor(message: string, readonly reason: 'newer-version' | 'tampered' | 'foreign') {
    super(message)
    this.name = 'SchemaError'
  }
}

export function migrationHash(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex')
}

export function readSchemaState(db: Database): SchemaState {
  const version = db.pragma('user_version', { simple: true }) as number
  const applicationId = db.pragma('application_id', { simple: true }) as number
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]
  const applied = tables.includes(MIGRATIONS_TABLE)
    ? db.prepare(`SELECT version, name, sha256, applied_at AS appliedAt FROM ${MIGRATIONS_TABLE} ORDER BY version`)
      .all() as AppliedMigration[]
    : []
  return { version, applied, empty: tables.length === 0, applicationId }
}

/**
 * Throws a SchemaError unless the file's schema is a prefix of `migrations`: written by a newer
 * Rampart, an applied migration edited or missing, or not a Rampart database at all.
 */
export function assertKnownSchema(state: SchemaState, migrations: readonly Migration[]): void {
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1].version
  const newest = Math.max(state.version, ...state.applied.map((m) => m.version))
  if (newest > latest) {
    throw new SchemaError(
      `the database has schema version ${newest}, newer than this version of Rampart understands (${latest}); ` +
      'update Rampart to open it (the file has not been changed)', 'newer-version')
  }
  if (!state.empty && state.applied.length === 0) {
    throw new SchemaError('the file is an SQLite database but not a Rampart database (it has tables but no migration record)', 'foreign')
  }
  if (state.applied.length > 0 && state.applicationId !== RAMPART_APPLICATION_ID) {
    throw new SchemaError(`the file is not a Rampart database (application id ${state.applicationId})`, 'foreign')
  }
  state.applied.forEach((applied, index) => {
    const expected = migrations[index]
    if (applied.version !== expected.version) {
      throw new SchemaError(
        `migration ${expected.version} (${expected.name}) is missing from the database's migration record, ` +
        `which jumps to ${applied.version}; the file was changed outside Rampart`, 'tampered')
    }
    if (applied.sha256 !== migrationHash(expected)) {
      throw new SchemaError(
        `migration ${applied.version} (${expected.name}) was edited after it was applied ` +
        `(recorded SHA-256 ${applied.sha256.slice(0, 12)}…, this build has ${migrationHash(expected).slice(0, 12)}…); ` +
        'restore the migration file instead of changing it, and add a new migration for schema changes', 'tampered')
    }
  })
  if (state.applied.length > 0 && state.version !== state.applied[state.applied.length - 1].version) {
    throw new SchemaError(
      `the database says schema version ${state.version} but its migration record ends at ` +
      `${state.applied[state.applied.length - 1].version}; the file was changed outside Rampart`, 'tampered')
  }
}

export function pendingMigrations(state: SchemaState, migrations: readonly Migration[]): Migration[] {
  return migrations.slice(state.applied.length)
}

/**
 * Brings the schema up to the last of `migrations`, each in its own transaction, and returns the
 * versions applied. Safe to call again: an up-to-date database is left untouched.
 */
export function migrate(db: Database, migrations: readonly Migration[], now: () => Date = () => new Date()): number[] {
  const state = readSchemaState(db)
  assertKnownSchema(state, migrations)
  const pending = pendingMigrations(state, migrations)
  if (pending.length === 0) return []
  for (const migration of pending) {
    db.transaction(() => {
      // Created inside the first migration's transaction, so a crash can never leave a record
      // table without the schema it describes.
      db.exec(CREATE_MIGRATIONS_TABLE)
      db.exec(migration.sql)
      db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)`).run(migration.version, migration.name, migrationHash(migration), now().toISOString())
      db.pragma(`user_version = ${migration.version}`)
    }).immediate()
  }
  return pending.map((m) => m.version)
}
