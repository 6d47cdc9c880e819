import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { inputErrors, openStore, smallScenario, tempDir } from '../../test/db/helpers'
import { formatValidationError } from '../core/validationMessages'
import { checkDatabaseFile, LATEST_SCHEMA_VERSION, MIGRATIONS, openDatabase, type Migration } from '.'
import { migrate } from './migrate'

const dir = tempDir()
let counter = 0
/** A path in a fresh folder of its own, so the test can see whether a backups folder appears beside it. */
function freshFile(): string {
  const folder = join(dir, `check-${++counter}`)
  mkdirSync(folder)
  return join(folder, 'rampart.db')
}
const fileHash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

/** A database migrated to exactly `migrations`, as an earlier (or later) Rampart would leave it. */
function databaseWith(migrations: readonly Migration[]): string {
  const file = freshFile()
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  migrate(db, migrations)
  db.close()
  return file
}

async function checkErrors(file: string): Promise<string[]> {
  return (await inputErrors(() => checkDatabaseFile(file))).map(formatValidationError)
}

describe('checkDatabaseFile', () => {
  it('reports a current database as ok and current', async () => {
    const file = freshFile()
    const store = await openStore(file)
    store.createScenario(smallScenario())
    store.close()
    expect(checkDatabaseFile(file)).toEqual({
      integrity: 'ok', schemaVersion: LATEST_SCHEMA_VERSION, latestSchemaVersion: LATEST_SCHEMA_VERSION,
      appliedMigrations: MIGRATIONS.length, schema: 'current', schemaProblem: null
    })
  })

  it('reports an earlier schema as needing migration and neither migrates it nor backs it up', async () => {
    const file = databaseWith(MIGRATIONS.slice(0, 2))
    const before = fileHash(file)
    expect(checkDatabaseFile(file)).toEqual({
      integrity: 'ok', schemaVersion: 2, latestSchemaVersion: LATEST_SCHEMA_VERSION,
      appliedMigrations: 2, schema: 'needs migration', schemaProblem: null
    })
    expect(fileHash(file)).toBe(before)
    expect(existsSync(join(dir, `check-${counter}`, 'backups'))).toBe(false)
    const db = new Database(file, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(2)
    db.close()
  })

  it('reports a database from a newer Rampart as unusable, saying why, without changing it', async () => {
    const future: Migration = { version: LATEST_SCHEMA_VERSION + 1, name: 'from the future', sql: 'CREATE TABLE future (x);' }
    const file = databaseWith([...MIGRATIONS, future])
    const before = fileHash(file)
    expect(checkDatabaseFile(file)).toMatchObject({
      integrity: 'ok', schemaVersion: LATEST_SCHEMA_VERSION + 1, schema: 'unusable',
      schemaProblem: expect.stringContaining('newer than this version of Rampart understands')
    })
    expect(fileHash(file)).toBe(before)
  })

  it('reports an edited migration record as unusable', async () => {
    const file = databaseWith(MIGRATIONS)
    const db = new Database(file)
    db.prepare("UPDATE schema_migrations SET sha256 = 'deadbeef' WHERE version = 1").run()
    db.close()
    expect(checkDatabaseFile(file)).toMatchObject({ schema: 'unusable', schemaProblem: expect.stringMatching(/migration 1 .* was edited/) })
  })

  it('reports damage found by the full integrity check, which the quick check at open misses', async () => {
    const file = freshFile()
    const store = await openStore(file)
    for (let i = 0; i < 5; i++) store.deleteScenario(store.createScenario(smallScenario(`Plan ${i}`)).id)
    store.close()
    // Redefine the bin index behind SQLite's back: its entries no longer match what it claims to index.
    const db = new Database(file)
    db.unsafeMode(true) // lifts SQLite's defensive mode, which otherwise forbids editing the schema table
    db.pragma('writable_schema = ON')
    db.prepare("UPDATE sqlite_master SET sql = replace(sql, '(deleted_at)', '(created_at)') WHERE name = 'scenarios_in_bin'").run()
    db.close()
    const before = fileHash(file)
    expect(checkDatabaseFile(file).integrity).toMatch(/scenarios_in_bin/)
    expect(fileHash(file)).toBe(before)
    const opened = await openDatabase(file)
    expect(opened.ok).toBe(true)
    if (opened.ok) opened.store.close()
  })

  it('refuses a file that is not a database, a missing folder and a folder, naming the path', async () => {
    const notDb = join(dir, 'notes.txt')
    writeFileSync(notDb, 'not a database '.repeat(100))
    expect(await checkErrors(notDb)).toEqual([expect.stringMatching(/^database: .*notes\.txt is damaged or not a database/)])
    expect(await checkErrors(join(dir, 'missing', 'rampart.db'))).toEqual([`database: the folder ${join(dir, 'missing')} does not exist`])
    expect(await checkErrors(dir)).toEqual([`database: ${dir} is a folder, not a file`])
  })
})
