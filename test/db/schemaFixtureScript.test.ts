// scripts/make-schema-fixtures.mjs runs (it loads the TypeScript migrations and the fixture writer
// outside vitest), and this build's migrations and fixture writer still write the schema and the
// rows of every committed fixture.
import { spawnSync } from 'node:child_process'
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations'
import { tempDir } from './helpers'
import { SCHEMA_FIXTURES_FOLDER, schemaFixtureFile } from './schemaFixtures'

const ROOT = join(__dirname, '../..')
const SCRIPT = join(ROOT, 'scripts/make-schema-fixtures.mjs')

function contents(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const objects = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as { type: string; name: string }[]
    const rows = Object.fromEntries(objects
      .filter((o) => o.type === 'table')
      .map((o) => [o.name, db.prepare(`SELECT * FROM "${o.name}"`).all()]))
    return { userVersion: db.pragma('user_version', { simple: true }), applicationId: db.pragma('application_id', { simple: true }), objects, rows }
  } finally {
    db.close()
  }
}

describe('scripts/make-schema-fixtures.mjs', () => {
  it('finds every fixture in place and writes nothing', () => {
    // A copy of the committed fixtures: were one missing, the script would write it here, not into the repository.
    const folder = join(tempDir(), 'committed')
    cpSync(SCHEMA_FIXTURES_FOLDER, folder, { recursive: true })
    const run = spawnSync(process.execPath, [SCRIPT, '--into', folder], { cwd: ROOT, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(`every schema version up to ${LATEST_SCHEMA_VERSION} has its fixture\n`)
  })

  it('writes, into another folder, the schema and rows of every committed fixture', () => {
    const folder = join(tempDir(), 'fixtures')
    const run = spawnSync(process.execPath, [SCRIPT, '--into', folder], { cwd: ROOT, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    const versions = Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1)
    expect(run.stdout).toBe(versions.map((v) => `wrote ${schemaFixtureFile(v, folder)}\n`).join(''))
    for (const version of versions) {
      expect(contents(schemaFixtureFile(version, folder)), `schema version ${version}`).toEqual(contents(schemaFixtureFile(version)))
    }
  })

  it.each([[['--in']], [['--into']]])('refuses %j, writing nothing', (args) => {
    const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('usage: node scripts/make-schema-fixtures.mjs [--into FOLDER]\n')
    expect(run.stdout).toBe('')
  })
})
