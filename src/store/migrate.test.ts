import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openStore, smallScenario, tempDir } from '../../test/db/helpers'
import { insertScenarioAtVersion } from '../../test/db/schemaFixtures'
import { LATEST_SCHEMA_VERSION, MIGRATIONS, openDatabase, type Migration } from '.'
import { migrate, migrationHash, readSchemaState, SchemaError } from './migrate'

const dir = tempDir()
let counter = 0
const freshFile = (): string => join(dir, `migrate-${++counter}.db`)
const fileHash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

function databaseAt(version: number): { file: string; db: Database.Database } {
  const file = freshFile()
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  migrate(db, MIGRATIONS.slice(0, version))
  return { file, db }
}

describe('migrate', () => {
  it('applies every migration in order, each recorded with the SHA-256 of its SQL', async () => {
    const { db } = databaseAt(0)
    expect(migrate(db, MIGRATIONS)).toEqual(MIGRATIONS.map((m) => m.version))
    const state = readSchemaState(db)
    expect(state.version).toBe(LATEST_SCHEMA_VERSION)
    expect(state.applied.map((m) => [m.version, m.sha256])).toEqual(MIGRATIONS.map((m) => [m.version, migrationHash(m)]))
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
    db.close()
  })

  it('is idempotent: a second run applies nothing and changes nothing', async () => {
    const { db } = databaseAt(LATEST_SCHEMA_VERSION)
    const before = readSchemaState(db)
    expect(migrate(db, MIGRATIONS)).toEqual([])
    expect(readSchemaState(db)).toEqual(before)
    db.close()
  })

  it('applies each migration in its own transaction: a failing one leaves the earlier ones and nothing of itself', async () => {
    const { db } = databaseAt(LATEST_SCHEMA_VERSION)
    const broken: Migration = { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);' }
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow(/no_such_table/)
    expect(readSchemaState(db).version).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0)
    db.close()
  })

  it('fails loudly when an applied migration was edited', async () => {
    const { db } = databaseAt(LATEST_SCHEMA_VERSION)
    const edited = MIGRATIONS.map((m) => (m.version === 1 ? { ...m, sql: m.sql.replace('deleted_at       TEXT', 'deleted_at TEXT') } : m))
    expect(() => migrate(db, edited)).toThrow(SchemaError)
    expect(() => migrate(db, edited)).toThrow(/migration 1 \(scenarios and revisions\) was edited after it was applied/)
    db.close()
  })

  it('fails loudly when an applied migration is missing from the record', async () => {
    const { db } = databaseAt(LATEST_SCHEMA_VERSION)
    db.prepare('DELETE FROM schema_migrations WHERE version = 1').run()
    expect(() => migrate(db, MIGRATIONS)).toThrow(/migration 1 \(scenarios and revisions\) is missing/)
    db.close()
  })
})

describe('opening a database of every earlier schema version', () => {
  for (let version = 0; version < LATEST_SCHEMA_VERSION; version++) {
    it(`upgrades schema version ${version} to ${LATEST_SCHEMA_VERSION} with its data preserved and a backup taken first`, async () => {
      const { file, db } = databaseAt(version)
      insertScenarioAtVersion(db, version, 7)
      insertScenarioAtVersion(db, version, 9)
      db.close()
      const store = await openStore(file)
      expect(store.check()).toEqual({ integrity: 'ok', schemaVersion: LATEST_SCHEMA_VERSION, appliedMigrations: LATEST_SCHEMA_VERSION })
      if (version === 0) {
        expect(store.listScenarios()).toEqual([])
        expect(store.listBackups()).toEqual([])
      } else {
        expect(store.listScenarios().map((s) => [s.id, s.name, s.revision]).sort()).toEqual([[7, 'Plan 7', 2], [9, 'Plan 9', 2]])
        expect(store.getScenario(7).document).toEqual(smallScenario('Plan 7'))
        expect(store.getRevision(9, 1).name).toBe('Plan 9 draft')
        const recorded = { quarter: 0, people: 1, tools: 2, programs: 3, hires: 1, capabilities: ['siem'], note: 'note' }
        for (const id of [7, 9]) expect(store.listActuals(id)).toEqual(version >= 2 ? [recorded] : [])
        // The upgraded schema is usable at once.
        const added = { quarter: 1, people: 1, tools: 2, programs: 3, hires: 0, capabilities: [], note: '' }
        expect(store.saveActual(7, added)).toEqual(version >= 2 ? [recorded, added] : [added])
        const before = store.listBackups().find((b) => b.kind === 'pre-migration')
        expect(before?.name).toMatch(new RegExp(`\\.pre-migration-v${version}\\.`))
        const copy = new Database(before!.file, { readonly: true })
        expect(copy.pragma('user_version', { simple: true })).toBe(version)
        expect(copy.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(4)
        copy.close()
      }
      store.close()
    })
  }

  it('refuses a database from a newer Rampart and leaves the file byte for byte as it was', async () => {
    const future: Migration = { version: LATEST_SCHEMA_VERSION + 1, name: 'from the future', sql: 'CREATE TABLE future (x);' }
    const { file, db } = databaseAt(0)
    migrate(db, [...MIGRATIONS, future])
    db.close()
    const before = fileHash(file)
    const result = await openDatabase(file)
    expect(result).toMatchObject({ ok: false, problem: 'newer-version' })
    if (!result.ok) expect(result.message).toContain(`schema version ${LATEST_SCHEMA_VERSION + 1}, newer than this version of Rampart understands (${LATEST_SCHEMA_VERSION})`)
    expect(fileHash(file)).toBe(before)
  })

  it('refuses a database whose applied migration was edited, without changing it', async () => {
    const { file, db } = databaseAt(LATEST_SCHEMA_VERSION)
    db.prepare("UPDATE schema_migrations SET sha256 = 'deadbeef' WHERE version = 2").run()
    db.close()
    const before = fileHash(file)
    const result = await openDatabase(file)
    expect(result).toMatchObject({ ok: false, problem: 'unreadable' })
    if (!result.ok) expect(result.message).toMatch(/migration 2 \(quarterly actuals\) was edited/)
    expect(fileHash(file)).toBe(before)
  })
})
