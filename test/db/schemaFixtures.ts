// Databases as each shipped schema version left them on users' disks. The files under
// test/db/fixtures/schema/ were written once, by scripts/make-schema-fixtures.mjs, when their
// version shipped, and are never rewritten: src/store/shippedMigrations.test.ts opens copies and
// upgrades them, so a change to a shipped migration that would strand users' files fails there.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { migrate } from '../../src/store/migrate'
import { MIGRATIONS } from '../../src/store/migrations'
import { smallScenario } from './smallScenario'

// From import.meta.url rather than __dirname: scripts/make-schema-fixtures.mjs loads this as ESM.
export const SCHEMA_FIXTURES_FOLDER = fileURLToPath(new URL('./fixtures/schema', import.meta.url))

/** The fixture of schema `version`: the committed one, or its namesake in another `folder`. */
export function schemaFixtureFile(version: number, folder = SCHEMA_FIXTURES_FOLDER): string {
  return join(folder, `schema-v${version}.db`)
}

/** The scenarios every fixture holds, by id; each has a draft revision 1 and a current revision 2. */
export const FIXTURE_SCENARIO_IDS = [7, 9] as const

/** Writes a scenario the way the schema of `version` stores it, without going through the store. */
export function insertScenarioAtVersion(db: Database.Database, version: number, id: number): void {
  if (version < 1) return
  // Schema versions 1 to 3 shipped holding scenario documents of format version 1 (their committed
  // fixtures do); the store reads those as version 2.
  const doc = { ...smallScenario(`Plan ${id}`), ...(version < 4 ? { version: 1 } : {}) }
  db.prepare("INSERT INTO scenarios (id, created_at, current_revision) VALUES (?, '2025-01-01T00:00:00.000Z', 2)").run(id)
  const revision = db.prepare('INSERT INTO revisions (scenario_id, revision, saved_at, name, document) VALUES (?, ?, ?, ?, ?)')
  revision.run(id, 1, '2025-01-01T00:00:00.000Z', `Plan ${id} draft`, JSON.stringify({ ...doc, name: `Plan ${id} draft` }))
  revision.run(id, 2, '2025-01-02T00:00:00.000Z', `Plan ${id}`, JSON.stringify(doc))
  if (version >= 2) {
    db.prepare(`INSERT INTO actuals VALUES (?, 0, 100, 200, 300, 1, '["siem"]', 'note', '2025-01-03T00:00:00.000Z')`).run(id)
  }
  if (version >= 3) {
    db.prepare("UPDATE scenarios SET name = ?, updated_at = '2025-01-02T00:00:00.000Z' WHERE id = ?").run(`Plan ${id}`, id)
  }
  if (version >= 4) {
    db.prepare("INSERT INTO actual_lines VALUES (?, 0, 'tools', 'siem', 0, 150)").run(id)
    db.prepare(`INSERT OR IGNORE INTO import_mappings VALUES ('["period","amount"]', '{"quarter":0,"amount":1,"category":1,"line":null}', '2025-01-03T00:00:00.000Z')`).run()
  }
  // A new migration extends this function with the way its schema stores a scenario.
}

/**
 * Writes the fixture of schema `version` with this build's migrations 1..version. Only ever run
 * for a version whose migrations are exactly as shipped; refuses to replace an existing fixture.
 */
export function writeSchemaFixture(version: number, folder = SCHEMA_FIXTURES_FOLDER): string {
  const file = schemaFixtureFile(version, folder)
  if (existsSync(file)) throw new Error(`${file} exists: a shipped version's fixture is never rewritten`)
  const db = new Database(file)
  try {
    migrate(db, MIGRATIONS.slice(0, version), () => new Date('2025-01-01T00:00:00.000Z'))
    db.transaction(() => {
      for (const id of FIXTURE_SCENARIO_IDS) insertScenarioAtVersion(db, version, id)
    })()
    db.exec('VACUUM')
  } finally {
    db.close()
  }
  return file
}
