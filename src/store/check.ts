// A diagnostic of a database file that never writes to it: opened read-only (no migration, no daily
// backup), a full integrity check, and its schema version against the one this Rampart writes.
import type Database from 'better-sqlite3'
import { InputError } from '../core/inputError'
import { openConnection } from './connection'
import { integrityOf } from './integrity'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations'
import { assertKnownSchema, readSchemaState, SchemaError } from './migrate'
import { describeOpenError, removeTornIndex } from './open'
import { filePathProblem } from './paths'

/**
 * `current`: this Rampart's schema. `needs migration`: an earlier schema, which opening the file
 * upgrades (after a backup). `unusable`: from a newer Rampart, a changed migration record, or not a
 * Rampart database; `schemaProblem` says which.
 */
export type SchemaStatus = 'current' | 'needs migration' | 'unusable'

export interface DatabaseCheck {
  /** 'ok', or SQLite's list of problems, one a line. */
  integrity: string
  schemaVersion: number
  latestSchemaVersion: number
  appliedMigrations: number
  schema: SchemaStatus
  schemaProblem: string | null
}

const TIMEOUT_MS = 5000

/** Checks the database at `file` read-only; throws InputError at `database` when it cannot be read at all. */
export function checkDatabaseFile(file: string): DatabaseCheck {
  const pathProblem = filePathProblem(file)
  if (pathProblem) throw InputError.at('database', pathProblem)
  let db: Database.Database | undefined
  try {
    db = openConnection(file, { readonly: true, fileMustExist: true, timeout: TIMEOUT_MS })
    const integrity = integrityOf(db)
    const state = readSchemaState(db)
    let schema: SchemaStatus = state.version < LATEST_SCHEMA_VERSION ? 'needs migration' : 'current'
    let schemaProblem: string | null = null
    try {
      assertKnownSchema(state, MIGRATIONS)
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error
      schema = 'unusable'
      schemaProblem = error.message
    }
    return {
      integrity, schemaVersion: state.version, latestSchemaVersion: LATEST_SCHEMA_VERSION,
      appliedMigrations: state.applied.length, schema, schemaProblem
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    db?.close()
    db = undefined
    removeTornIndex(file)
    throw InputError.at('database', describeOpenError(error, file).message)
  } finally {
    db?.close()
  }
}
