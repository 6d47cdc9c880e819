import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../core/defaultScenario'
import { planVersusActual, type QuarterActual } from '../core/actuals'
import { inputErrors, openStore, smallScenario, tempDir } from '../../test/db/helpers'
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type ScenarioStore } from '.'

const dir = tempDir()
let counter = 0
const freshStore = (): Promise<ScenarioStore> => openStore(join(dir, `store-${++counter}.db`))

const actual = (quarter: number, overrides: Partial<QuarterActual> = {}): QuarterActual => ({
  quarter, people: 60_000.25, tools: 12_500, programs: 0, hires: 1, capabilities: ['first-security-hire'],
  note: `quarter ${quarter}`, ...overrides
})

describe('ScenarioStore scenarios', () => {
  it('stores the document exactly as given, in the user’s key order and without defaults', async () => {
    const store = await freshStore()
    const doc = smallScenario()
    const created = store.createScenario(doc)
    expect(JSON.stringify(store.getScenario(created.id).document)).toBe(JSON.stringify(doc))
    expect(created).toMatchObject({ name: 'Seed plan', revision: 1 })
    expect(store.listScenarios()).toEqual([
      { id: created.id, name: 'Seed plan', revision: 1, updatedAt: created.updatedAt }
    ])
  })

  it('reads a stored version 1 document as version 2, and writes version 2 when it is saved', async () => {
    const file = join(dir, `store-${++counter}.db`)
    const store = await openStore(file)
    const { id } = store.createScenario(smallScenario('Old plan'))
    store.close()
    // An earlier Rampart wrote format version 1 documents.
    const raw = new Database(file)
    const versionOne = JSON.stringify({ ...smallScenario('Old plan'), version: 1 })
    raw.prepare('UPDATE revisions SET document = ? WHERE scenario_id = ?').run(versionOne, id)
    raw.close()
    const reopened = await openStore(file)
    expect(JSON.stringify(reopened.getScenario(id).document)).toBe(JSON.stringify(smallScenario('Old plan')))
    expect(reopened.getRevision(id, 1).version).toBe(2)
    expect(JSON.parse(reopened.exportScenario(id)).version).toBe(2)
    reopened.saveScenario(id, { ...reopened.getScenario(id).document, quarters: 12 })
    reopened.close()
    const check = new Database(file, { readonly: true })
    const written = check.prepare('SELECT document FROM revisions WHERE scenario_id = ? AND revision = 2').pluck().get(id) as string
    check.close()
    expect(JSON.parse(written)).toMatchObject({ version: 2, quarters: 12 })
  })

  it('makes every save a new revision and keeps the earlier ones', async () => {
    const store = await freshStore()
    const { id } = store.createScenario(smallScenario('v1'))
    store.saveScenario(id, smallScenario('v2'))
    const third = store.saveScenario(id, smallScenario('v3', { quarters: 12 }))
    expect(third.revision).toBe(3)
    expect(store.listRevisions(id).map((r) => [r.revision, r.name])).toEqual([[3, 'v3'], [2, 'v2'], [1, 'v1']])
    expect(store.getRevision(id, 1)).toEqual(smallScenario('v1'))
    expect(store.getScenario(id).document.quarters).toBe(12)
  })

  it('restores an earlier revision as a new revision', async () => {
    const store = await freshStore()
    const { id } = store.createScenario(smallScenario('first'))
    store.saveScenario(id, smallScenario('second'))
    const restored = store.restoreRevision(id, 1)
    expect(restored).toMatchObject({ revision: 3, name: 'first' })
    expect(store.listRevisions(id).map((r) => r.name)).toEqual(['first', 'second', 'first'])
  })

  it('refuses to restore a revision that is no longer a valid document, with paths, writing nothing', async () => {
    const store = await freshStore()
    const { id } = store.createScenario(smallScenario('Good'))
    // A revision as an older or hand-edited file might hold it: a role this Rampart does not know.
    const raw = new Database(store.file)
    raw.prepare("INSERT INTO revisions (scenario_id, revision, saved_at, name, document) VALUES (?, 2, '2026-01-01T00:00:00.000Z', 'Odd', ?)")
      .run(id, JSON.stringify(smallScenario('Odd', { hires: [{ role: 'wizard', count: 1, quarter: 0, annualCost: 1 }] })))
    raw.close()
    expect(await inputErrors(() => store.restoreRevision(id, 2))).toEqual([
      { path: 'hires[0].role', message: 'unknown role "wizard" (see `rampart catalog`)' }
    ])
    expect(store.getScenario(id)).toMatchObject({ name: 'Good', revision: 1 })
  })

  it('rejects an invalid document with paths and writes nothing', async () => {
    const store = await freshStore()
    const { id } = store.createScenario(smallScenario())
    const bad = smallScenario('Broken', { hires: [{ role: 'security-engineer', count: 1, quarter: 31, annualCost: 1 }] })
    expect(await inputErrors(() => store.saveScenario(id, bad))).toEqual([
      { path: 'hires[0].quarter', message: '31 is outside the 8-quarter horizon' }
    ])
    expect((await inputErrors(() => store.createScenario({ nope: true } as never))).map((e) => e.path)).toContain('nope')
    expect(store.listRevisions(id)).toHaveLength(1)
    expect(store.listScenarios()).toHaveLength(1)
  })

  it('names the id when the scenario does not exist or the id is not a number', async () => {
    const store = await freshStore()
    expect(await inputErrors(() => store.getScenario(42))).toEqual([{ path: 'id', message: 'there is no scenario 42' }])
    expect(await inputErrors(() => store.getScenario('1' as never))).toEqual([{ path: 'id', message: '"1" is not a scenario id' }])
    const { id } = store.createScenario(smallScenario())
    expect(await inputErrors(() => store.getRevision(id, 5))).toEqual([{ path: 'revision', message: `scenario ${id} has no revision 5` }])
  })

  it('duplicates the current document under a new name, validating the name', async () => {
    const store = await freshStore()
    const { id } = store.createScenario(smallScenario('Base'))
    const copy = store.duplicateScenario(id, 'What if we hire later')
    expect(copy.id).not.toBe(id)
    expect(copy.document).toEqual({ ...smallScenario('Base'), name: 'What if we hire later' })
    expect(Object.keys(copy.document)).toEqual(Object.keys(smallScenario()))
    expect(await inputErrors(() => store.duplicateScenario(id, '   '))).toEqual([{ path: 'name', message: 'must not be empty' }])
  })
})

describe('ScenarioStore bin', () => {
  it('keeps a deleted scenario recoverable until the bin is emptied', async () => {
    const store = await freshStore()
    const keep = store.createScenario(smallScenario('Keep'))
    const drop = store.createScenario(smallScenario('Drop'))
    store.saveScenario(drop.id, smallScenario('Drop v2'))
    store.deleteScenario(drop.id)
    expect(store.listScenarios().map((s) => s.name)).toEqual(['Keep'])
    expect(store.listBin()).toEqual([expect.objectContaining({ id: drop.id, name: 'Drop v2', revision: 2 })])
    expect((await inputErrors(() => store.saveScenario(drop.id, smallScenario())))[0].message).toMatch(/in the bin/)
    const back = store.restoreFromBin(drop.id)
    expect(back).toMatchObject({ name: 'Drop v2', revision: 2 })
    expect(store.listRevisions(drop.id)).toHaveLength(2)
    expect(store.listScenarios().map((s) => s.id).sort()).toEqual([keep.id, drop.id].sort())
  })

  it('deletes binned scenarios with their revisions and actuals when the bin is emptied', async () => {
    const store = await freshStore()
    const { id } = store.createScenario(smallScenario())
    store.saveActual(id, actual(0))
    store.deleteScenario(id)
    expect(store.emptyBin()).toBe(1)
    expect(store.listBin()).toEqual([])
    expect(await inputErrors(() => store.getScenario(id))).toEqual([{ path: 'id', message: `there is no scenario ${id}` }])
    const db = new Database(store.file, { readonly: true })
    expect(db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM actuals').pluck().get()).toBe(0)
    db.close()
  })
})

describe('ScenarioStore actuals', () => {
  it('saves actuals per quarter as cents and returns them in currency units', async () => {
    const store = await freshStore()
    const { id } = store.createScenario(smallScenario())
    store.saveActual(id, actual(2))
    const all = store.saveActual(id, actual(0, { tools: 0.1 }))
    expect(all).toEqual([actual(0, { tools: 0.1 }), actual(2)])
    const db = new Database(store.file, { readonly: true })
    expect(db.prepare('SELECT people_cents, tools_cents FROM actuals WHERE quarter = 0').get())
      .toEqual({ people_cents: 6_000_025, tools_cents: 10 })
    db.close()
  })

  it('replaces a quarter that is saved again', async () => {
    const store = await freshStore()
    const { id } = store.createScenario(smallScenario())
    store.saveActual(id, actual(1))
    expect(store.saveActual(id, actual(1, { note: 'revised' }))).toEqual([actual(1, { note: 'revised' })])
  })

  it('keeps actuals recorded beyond the horizon when a save shortens the plan, and shows them again when it is lengthened', async () => {
    const store = await freshStore()
    const { id } = store.createScenario(smallScenario('Long', { quarters: 20 }))
    store.saveActual(id, actual(2))
    store.saveActual(id, actual(15))
    const short = store.saveScenario(id, smallScenario('Short', { quarters: 8 }))
    expect(store.listActuals(id)).toEqual([actual(2), actual(15)])
    // Compared with the plan only within its horizon.
    expect(planVersusActual(short.document, store.listActuals(id)).filter((r) => r.actual).map((r) => r.quarter)).toEqual([2])
    // Recording a new quarter still has to fall within the plan.
    expect(await inputErrors(() => store.saveActual(id, actual(9)))).toEqual([{ path: 'quarter', message: '9 is outside the 8-quarter horizon' }])
    const long = store.saveScenario(id, smallScenario('Long again', { quarters: 20 }))
    expect(planVersusActual(long.document, store.listActuals(id)).filter((r) => r.actual).map((r) => r.quarter)).toEqual([2, 15])
  })

  it('keeps actuals beyond the horizon when an earlier, shorter revision is restored', async () => {
    const store = await freshStore()
    const { id } = store.createScenario(smallScenario('Short', { quarters: 8 }))
    store.saveScenario(id, smallScenario('Long', { quarters: 20 }))
    store.saveActual(id, actual(15))
    expect(store.restoreRevision(id, 1)).toMatchObject({ name: 'Short', revision: 3 })
    expect(store.listActuals(id)).toEqual([actual(15)])
  })

  it('exports a shortened plan with its later actuals as a file that imports back identically', async () => {
    const source = await freshStore()
    const { id } = source.createScenario(smallScenario('Shortened', { quarters: 20 }))
    source.saveActual(id, actual(15))
    source.saveScenario(id, smallScenario('Shortened', { quarters: 8 }))
    const file = source.exportAll()
    const target = await freshStore()
    const [imported] = target.importScenarios(file)
    expect(target.listActuals(imported.id)).toEqual([actual(15)])
    expect(target.exportAll()).toBe(file)
  })

  it('rejects actuals outside the plan horizon or with bad fields, writing nothing', async () => {
    const store = await freshStore()
    const { id } = store.createScenario(smallScenario())
    expect(await inputErrors(() => store.saveActual(id, actual(8)))).toEqual([{ path: 'quarter', message: '8 is outside the 8-quarter horizon' }])
    expect((await inputErrors(() => store.saveActual(id, { ...actual(1), people: Number.NaN }))).map((e) => e.path)).toEqual(['people'])
    expect(store.listActuals(id)).toEqual([])
  })
})

describe('ScenarioStore import and export', () => {
  it('exports a scenario that equals, as JSON, the document imported', async () => {
    const store = await freshStore()
    const text = JSON.stringify(DEFAULT_SCENARIO)
    const [imported] = store.importScenarios(text)
    expect(JSON.parse(store.exportScenario(imported.id))).toEqual(JSON.parse(text))
    expect(store.exportScenario(imported.id)).toBe(JSON.stringify(DEFAULT_SCENARIO, null, 2) + '\n')
  })

  it('exports everything as one file that imports back identically, actuals included', async () => {
    const source = await freshStore()
    const a = source.createScenario(smallScenario('A'))
    source.createScenario(DEFAULT_SCENARIO)
    source.saveActual(a.id, actual(3))
    const binned = source.createScenario(smallScenario('Binned'))
    source.deleteScenario(binned.id)
    const file = source.exportAll()
    const target = await freshStore()
    const imported = target.importScenarios(file)
    expect(imported.map((s) => s.name)).toEqual(['A', 'DataFlow AI - Base'])
    expect(target.exportAll()).toBe(file)
    expect(target.listActuals(imported[0].id)).toEqual([actual(3)])
  })

  it('imports a batch all-or-nothing: one bad scenario keeps every other out', async () => {
    const store = await freshStore()
    const file = JSON.stringify({
      format: 'rampart-export', version: 1,
      scenarios: [{ document: smallScenario('Good') }, { document: smallScenario('Bad', { quarters: 0 }) }]
    })
    expect(await inputErrors(() => store.importScenarios(file))).toEqual([
      { path: 'scenarios[1].document.quarters', message: '0 must be at least 1' }
    ])
    expect(store.listScenarios()).toEqual([])
  })
})

describe('ScenarioStore batch import', () => {
  it('validates scenarios handed over directly, as strictly as an imported file', async () => {
    const store = await freshStore()
    const bundles = [
      { document: smallScenario('Fine'), actuals: [] },
      { document: smallScenario('Fine too'), actuals: [actual(80)] }
    ]
    expect(await inputErrors(() => store.importBundles(bundles))).toEqual([
      { path: 'scenarios[1].actuals[0].quarter', message: '80 must be at most 79' }
    ])
    expect(store.listScenarios()).toEqual([])
  })
})

describe('ScenarioStore backups and checks', () => {
  it('backs up now into the backups folder and lists the backup', async () => {
    const store = await freshStore()
    store.createScenario(smallScenario())
    const backup = await store.backupNow()
    expect(backup).toMatchObject({ kind: 'manual', name: expect.stringMatching(/^store-\d+\.manual\.\d{8}T\d{9}Z\.db$/) })
    expect(backup.bytes).toBeGreaterThan(0)
    expect(store.listBackups()).toContainEqual(backup)
    const copy = new Database(backup.file, { readonly: true })
    expect(copy.prepare('SELECT count(*) FROM scenarios').pluck().get()).toBe(1)
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
    copy.close()
  })

  it('backs up to a file the user chose, but never over the database, its WAL files or into the backups folder', async () => {
    const store = await freshStore()
    store.createScenario(smallScenario())
    for (const target of [store.file, `${store.file}-wal`, `${store.file}-shm`, join(store.backupDir, 'mine.db')]) {
      expect(await inputErrors(() => store.backupTo(target))).toEqual([{ path: 'file', message: expect.stringMatching(/destroy your plans|backups folder/) }])
    }
    expect(await inputErrors(() => store.backupTo(join(dir, 'no-such-folder', 'b.db')))).toEqual([
      { path: 'file', message: `the folder ${join(dir, 'no-such-folder')} does not exist` }
    ])
    const folder = join(dir, `folder-${counter}`)
    mkdirSync(folder)
    expect(await inputErrors(() => store.backupTo(folder))).toEqual([{ path: 'file', message: `${folder} is a folder, not a file` }])
    const taken = join(dir, `taken-${counter}.db`)
    writeFileSync(taken, 'mine')
    expect((await inputErrors(() => store.backupTo(taken)))[0].message).toMatch(/already exists/)
    expect(store.check().integrity).toBe('ok')
    expect(existsSync(store.backupDir) ? readdirSync(store.backupDir).filter((n) => n.startsWith('mine')) : []).toEqual([])
    const chosen = join(dir, `chosen-${counter}.db`)
    expect((await store.backupTo(chosen)).file).toBe(chosen)
  })

  it('reports integrity, the schema version and the migrations applied', async () => {
    const store = await freshStore()
    expect(store.check()).toEqual({ integrity: 'ok', schemaVersion: LATEST_SCHEMA_VERSION, appliedMigrations: MIGRATIONS.length })
  })

  it('runs with WAL, full sync and foreign keys on', async () => {
    const store = await freshStore()
    const db = (store as unknown as { db: Database.Database }).db
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  })
})
