// Shipped migrations are frozen. Every user's database records the SHA-256 of each migration it
// applied, and refuses to open when this build's copy differs (migrate.ts): an edited migration
// would lock people out of their plans. These tests fail first, here: the hashes are pinned as
// literals, and databases written by each shipped schema version (test/db/fixtures/schema, made
// once by scripts/make-schema-fixtures.mjs) must open and upgrade with their data intact.
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openStore, smallScenario, tempDir } from '../../test/db/helpers'
import { FIXTURE_SCENARIO_IDS, schemaFixtureFile } from '../../test/db/schemaFixtures'
import { migrationHash } from './migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations'

/**
 * Every migration as it shipped. A new migration is pinned here, and its fixture written with
 * `node scripts/make-schema-fixtures.mjs`, in the commit that adds it; neither is changed after.
 */
const SHIPPED = [
  { version: 1, name: 'scenarios and revisions', sha256: 'a0bd89fc1771151193b288aeace1ca78ed4bea271e2c391b33feaff28c27bf86' },
  { version: 2, name: 'quarterly actuals', sha256: '2a20cdd7f155e471231595320c4e34c71d21161e9e7b0d6af107348042cae4dd' },
  { version: 3, name: 'name and save time on scenarios for listing', sha256: '95f9a2a2159a26e22b03147dccf607e57d0593789e3cbb2ebfe3ee7189fd70f7' },
  { version: 4, name: 'actual lines and import mappings', sha256: '040001a55065961ddb15cb95bc9f5bfc992ecc068b64505e4bc5f84080bb8d82' }
]

const dir = tempDir()
const sha256Of = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('shipped migrations', () => {
  it('are byte for byte what shipped, and every migration is pinned', () => {
    const current = MIGRATIONS.map((m) => ({ version: m.version, name: m.name, sha256: migrationHash(m) }))
    expect(current, 'a shipped migration was edited, or a new one is not pinned in SHIPPED').toEqual(SHIPPED)
  })

  it('each have the fixture database their schema version wrote', () => {
    for (const { version } of SHIPPED) expect(existsSync(schemaFixtureFile(version)), schemaFixtureFile(version)).toBe(true)
  })
})

describe('a database written by each shipped schema version', () => {
  for (const { version } of SHIPPED) {
    it(`opens from schema version ${version}, upgraded to ${LATEST_SCHEMA_VERSION}, with its plans and actuals`, async () => {
      const fixture = schemaFixtureFile(version)
      const fixtureHash = sha256Of(fixture)
      const file = join(dir, `from-v${version}.db`)
      copyFileSync(fixture, file)
      const store = await openStore(file)
      try {
        expect(store.check()).toEqual({ integrity: 'ok', schemaVersion: LATEST_SCHEMA_VERSION, appliedMigrations: LATEST_SCHEMA_VERSION })
        expect(store.listScenarios().map((s) => [s.id, s.name, s.revision]).sort()).toEqual(
          FIXTURE_SCENARIO_IDS.map((id) => [id, `Plan ${id}`, 2]))
        for (const id of FIXTURE_SCENARIO_IDS) {
          expect(store.getScenario(id).document).toEqual(smallScenario(`Plan ${id}`))
          expect(store.getRevision(id, 1).name).toBe(`Plan ${id} draft`)
          expect(store.listActuals(id)).toEqual(version >= 4
            ? [{ quarter: 0, people: 1, tools: 2, programs: 3, hires: 1, capabilities: ['siem'], note: 'note',
                lines: [{ category: 'tools', line: 'siem', amount: 1.5 }] }]
            : version >= 2
              ? [{ quarter: 0, people: 1, tools: 2, programs: 3, hires: 1, capabilities: ['siem'], note: 'note' }]
              : [])
          if (version >= 4) expect(store.rememberedMapping('["period","amount"]')).toEqual({ quarter: 0, amount: 1, category: 1, line: null })
        }
        const preMigration = store.listBackups().filter((b) => b.kind === 'pre-migration')
        expect(preMigration.length).toBe(version < LATEST_SCHEMA_VERSION ? 1 : 0)
        for (const backup of preMigration) {
          const copy = new Database(backup.file, { readonly: true })
          expect(copy.pragma('user_version', { simple: true })).toBe(version)
          copy.close()
        }
      } finally {
        store.close()
      }
      // The record of the migrations the file had keeps their original hashes and times.
      const upgraded = new Database(file, { readonly: true })
      expect(upgraded.prepare('SELECT version, sha256, applied_at FROM schema_migrations WHERE version <= ? ORDER BY version').all(version))
        .toEqual(SHIPPED.slice(0, version).map((m) => ({ version: m.version, sha256: m.sha256, applied_at: '2025-01-01T00:00:00.000Z' })))
      upgraded.close()
      expect(sha256Of(fixture), 'the committed fixture itself must never change').toBe(fixtureHash)
    })
  }
})
