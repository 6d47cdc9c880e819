// Database speed: saving must feel instant while editing, and opening a large, long-used database
// (1,000 scenarios x 50 revisions of the DataFlow AI document, about 230 MB) must not keep the
// user waiting. Opening includes the quick integrity check and the schema checks, which read the
// whole file; the day's automatic backup is taken while building the fixture, as in daily use.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, bench, describe } from 'vitest'
import { DEFAULT_SCENARIO } from '../src/core/defaultScenario'
import { formatValidationError, validateScenario, type ScenarioDoc } from '../src/core/scenario'
import { openDatabase, type ScenarioStore } from '../src/store'

const SCENARIOS = 1000
const REVISIONS = 50

const dir = mkdtempSync(join(tmpdir(), 'rampart-db-bench-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function open(file: string): Promise<ScenarioStore> {
  const result = await openDatabase(file)
  if (!result.ok) throw new Error(result.message)
  return result.store
}

/** Revision `r` of a scenario: the DataFlow AI plan, renamed, over 20 to 27 quarters (its milestones run to quarter 19). */
function revisionDocument(name: string, r: number): ScenarioDoc {
  return { ...DEFAULT_SCENARIO, name, quarters: 20 + (r % 8) }
}

/**
 * Writes the large fixture with plain inserts: validating 50,000 documents is not what we measure,
 * so one of each shape is validated here instead.
 */
async function buildLargeDatabase(file: string): Promise<void> {
  for (let r = 0; r < 8; r++) {
    const result = validateScenario(revisionDocument('Check', r))
    if (!result.ok) throw new Error(`the bench fixture is invalid: ${result.errors.map(formatValidationError).join('; ')}`)
  }
  const store = await open(file)
  store.close()
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  const scenario = db.prepare("INSERT INTO scenarios (id, created_at, current_revision, name, updated_at) VALUES (?, '2026-01-01T00:00:00.000Z', ?, ?, ?)")
  const revision = db.prepare('INSERT INTO revisions (scenario_id, revision, saved_at, name, document) VALUES (?, ?, ?, ?, ?)')
  db.transaction(() => {
    for (let id = 1; id <= SCENARIOS; id++) {
      const savedAt = (r: number) => new Date(Date.UTC(2026, 0, 1) + (id * REVISIONS + r) * 60_000).toISOString()
      scenario.run(id, REVISIONS, `Plan ${id} rev ${REVISIONS}`, savedAt(REVISIONS))
      for (let r = 1; r <= REVISIONS; r++) {
        const name = `Plan ${id} rev ${r}`
        revision.run(id, r, savedAt(r), name, JSON.stringify(revisionDocument(name, r)))
      }
    }
  })()
  db.close()
}

const largeFile = join(dir, 'large.db')
await buildLargeDatabase(largeFile)
const largeMegabytes = Math.round(statSync(largeFile).size / 1e6)

const small = await open(join(dir, 'small.db'))
const { id: smallId } = small.createScenario(DEFAULT_SCENARIO)
const large = await open(largeFile)
let revision = 0

describe('database', () => {
  bench('save a revision (goal < 10 ms: one fsync-ed transaction)', () => {
    small.saveScenario(smallId, { ...DEFAULT_SCENARIO, name: `Edit ${++revision}` })
  }, { iterations: 200 })

  bench(`save a revision into the ${SCENARIOS} x ${REVISIONS} database`, () => {
    large.saveScenario(500, { ...DEFAULT_SCENARIO, name: `Edit ${++revision}` })
  }, { iterations: 100 })

  bench(`list scenarios in the ${SCENARIOS} x ${REVISIONS} database (goal < 20 ms)`, () => {
    large.listScenarios()
  }, { iterations: 50 })

  bench(`open the ${SCENARIOS} x ${REVISIONS} database (${largeMegabytes} MB) and list it (goal < 2 s)`, async () => {
    const store = await open(largeFile)
    store.listScenarios()
    store.close()
  }, { iterations: 5, warmupIterations: 1 })
})

afterAll(() => {
  small.close()
  large.close()
})
