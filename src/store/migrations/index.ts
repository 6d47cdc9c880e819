// Every schema migration, in order. An applied migration must never be edited or removed: the
// database records each one's SHA-256 and refuses to open when they no longer match. Change the
// schema by adding the next numbered file here; pin its hash in ../shippedMigrations.test.ts and
// write its fixture database with `node scripts/make-schema-fixtures.mjs` in the same commit.
import * as scenarios from './001-scenarios'
import * as actuals from './002-actuals'
import * as listColumns from './003-list-columns'
import * as actualLines from './004-actual-lines'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [scenarios, actuals, listColumns, actualLines]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version

/** `PRAGMA application_id` set by migration 1: marks a file as a Rampart database ("RAMP"). */
export const RAMPART_APPLICATION_ID = 0x52414d50
