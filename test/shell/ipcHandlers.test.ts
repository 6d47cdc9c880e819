// Every channel of the IPC contract, called through the real registration helper with a fake
// ipcMain and a real database: good payloads do their job, bad ones come back as field errors
// and change nothing, and only the app's own page is answered.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import type { ScenarioDoc } from '../../src/core/scenario'
import { MAX_IMPORT_BYTES } from '../../src/core/limits'
import { createHandlers, registerHandlers } from '../../src/main/ipc'
import {
  CHANNELS, type BackupInfo, type BinEntry, type Channel, type ExportProgress, type ImportOutcome,
  type QuarterActual, type RecentFile, type RevisionSummary, type ScenarioSummary, type StoredRevision, type StoredScenario
} from '../../src/shared/ipc'
import { readWorkbook, rowWith, sheet } from '../export/helpers'
import { FakeIpcMain, inThreadActualsTable, PAGE_URL, startHarness, startHarnessInTest, type ShellHarness } from './harness'

const shell: ShellHarness = await startHarness()
const { call, ipc, dialogs, folder } = shell

// What-ifs start from the pre-version-2 plan, whose line items these cases shorten and break.
const plan = (name: string, overrides: Partial<ScenarioDoc> = {}): ScenarioDoc => ({ ...LEGACY_DATAFLOW, name, ...overrides })
const actual = (quarter: number): QuarterActual =>
  ({ quarter, people: 120000, tools: 30000.5, programs: 0, hires: 1, capabilities: [], note: 'on track' })

/** Everything the window could see, to prove a refused call changed nothing. */
const snapshot = () => ({ all: shell.database.store.exportAll(), bin: shell.database.store.listBin() })

async function expectRefused(channel: Channel, args: unknown[], path: string, message: RegExp | string): Promise<void> {
  const before = snapshot()
  const result = await ipc.invoke(channel, args)
  expect(result.ok, `${channel} ${JSON.stringify(args).slice(0, 200)} should be refused`).toBe(false)
  if (result.ok) return
  expect(result.errors.map((e) => e.path)).toContain(path)
  const error = result.errors.find((e) => e.path === path)!
  if (typeof message === 'string') expect(error.message).toBe(message)
  else expect(error.message).toMatch(message)
  expect(JSON.stringify(result)).not.toMatch(/\n\s+at /) // never a stack trace
  expect(snapshot()).toEqual(before)
}

describe('registration', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...ipc.listeners.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('refuses to register the same channels twice on one ipcMain', () => {
    const handlers = createHandlers({
      database: shell.database, dialogs, shell: shell.shell, recentFiles: shell.recentFiles,
      buildBoardPack: async () => Buffer.alloc(0), readActualsTable: inThreadActualsTable, defaultPaper: 'a4', send: () => {}, app: { version: 'x', platform: 'linux' }
    })
    expect(() => registerHandlers(ipc, handlers, { isTrustedSender: () => true })).toThrow(/registered twice: app\/info/)
  })

  it('refuses a handler map with a channel the contract does not have', () => {
    const handlers = { ...createHandlers({
      database: shell.database, dialogs, shell: shell.shell, recentFiles: shell.recentFiles,
      buildBoardPack: async () => Buffer.alloc(0), readActualsTable: inThreadActualsTable, defaultPaper: 'a4', send: () => {}, app: { version: 'x', platform: 'linux' }
    }), 'shell/exec': () => null }
    expect(() => registerHandlers(new FakeIpcMain(), handlers, { isTrustedSender: () => true })).toThrow(/not in the IPC contract: shell\/exec/)
  })
})

describe('senders', () => {
  it('answers the app page on any of its hash routes', async () => {
    const result = await ipc.invoke('scenario/list', [], `${PAGE_URL}#/compare`)
    expect(result.ok).toBe(true)
  })

  it.each([
    ['a remote page', 'https://attacker.example/index.html'],
    ['another local file', 'file:///tmp/evil.html'],
    ['a destroyed frame', null]
  ])('refuses %s and changes nothing', async (_label, url) => {
    const before = snapshot()
    const result = await ipc.invoke('scenario/create', [plan('Injected')], url)
    expect(result).toEqual({ ok: false, errors: [{ path: '(root)', message: 'refused: the request did not come from the Rampart window' }] })
    expect(snapshot()).toEqual(before)
  })

  it('refuses a subframe even when it shows the app page', async () => {
    const result = await ipc.invoke('scenario/list', [], PAGE_URL, { url: PAGE_URL })
    expect(result.ok).toBe(false)
  })
})

describe('app and scenarios', () => {
  it('app/info names the version and platform and no file system paths', async () => {
    const info = await call<object>('app/info')
    expect(info).toEqual({ version: '0.1.0-test', platform: 'linux' })
    await expectRefused('app/info', [1], '(root)', 'app/info takes no arguments, received 1')
  })

  it('app/ready and app/flushed pass the page\'s reports to the window life cycle', async () => {
    await call('app/ready')
    await call('app/flushed')
    expect(shell.lifecycle).toEqual(['ready', 'flushed'])
    await expectRefused('app/ready', ['now'], '(root)', 'app/ready takes no arguments, received 1')
    await expectRefused('app/flushed', [{}], '(root)', 'app/flushed takes no arguments, received 1')
    expect(shell.lifecycle).toEqual(['ready', 'flushed'])
  })

  it('scenario/list starts with the seeded default scenario', async () => {
    const list = await call<ScenarioSummary[]>('scenario/list')
    expect(list).toEqual([{ id: 1, name: DEFAULT_SCENARIO.name, revision: 1, updatedAt: expect.any(String) }])
    await expectRefused('scenario/list', ['extra'], '(root)', /takes no arguments/)
  })

  it('scenario/get returns the document exactly as stored', async () => {
    const stored = await call<StoredScenario>('scenario/get', 1)
    expect(stored.document).toEqual(DEFAULT_SCENARIO)
    await expectRefused('scenario/get', ['1'], 'id', 'expected a number, received "1"')
    await expectRefused('scenario/get', [1.5], 'id', '1.5 must be a whole number')
    await expectRefused('scenario/get', [0], 'id', '0 must be at least 1')
    await expectRefused('scenario/get', [999], 'id', 'there is no scenario 999')
  })

  it('scenario/create validates the document with the engine and names the field', async () => {
    const created = await call<StoredScenario>('scenario/create', plan('What-if: slower hiring'))
    expect(created).toMatchObject({ name: 'What-if: slower hiring', revision: 1 })
    await expectRefused('scenario/create', [plan('Bad', { quarters: 4 })], 'document.headcount[1].quarter', '6 is outside the 4-quarter horizon')
    await expectRefused('scenario/create', [{ ...plan('Extra'), admin: true }], 'document.admin', 'unknown field')
    await expectRefused('scenario/create', ['not a plan'], 'document', /must be a JSON object/)
    await expectRefused('scenario/create', [], 'document', /must be a JSON object/)
  })

  it('scenario/save adds a revision and refuses an invalid document', async () => {
    const [first] = await call<ScenarioSummary[]>('scenario/list')
    const saved = await call<StoredScenario>('scenario/save', { id: first.id, document: plan('DataFlow AI - Revised') })
    expect(saved).toMatchObject({ id: first.id, revision: 2, name: 'DataFlow AI - Revised' })
    const broken = plan('Broken', { hires: [{ role: 'security-engineer', count: 1, quarter: 31, annualCost: 250000 }] })
    await expectRefused('scenario/save', [{ id: first.id, document: broken }], 'document.hires[0].quarter', '31 is outside the 20-quarter horizon')
    await expectRefused('scenario/save', [{ id: first.id }], 'document', 'is required')
    await expectRefused('scenario/save', [{ id: first.id, document: plan('x'), extra: 1 }], 'extra', 'unknown field')
    await expectRefused('scenario/save', [{ id: 'one', document: plan('x') }], 'id', 'expected a number, received "one"')
  })

  it('scenario/duplicate makes a what-if with a new name', async () => {
    const copy = await call<StoredScenario>('scenario/duplicate', { id: 1, name: 'What-if: no SIEM' })
    expect(copy.name).toBe('What-if: no SIEM')
    expect(copy.document.name).toBe('What-if: no SIEM')
    expect(copy.id).not.toBe(1)
    await expectRefused('scenario/duplicate', [{ id: 1, name: '   ' }], 'name', 'must not be empty')
    await expectRefused('scenario/duplicate', [{ id: 1, name: 'x'.repeat(201) }], 'name', 'is longer than 200 characters')
  })

  it('scenario/delete moves the scenario to the bin and returns the bin', async () => {
    const victim = await call<StoredScenario>('scenario/create', plan('To be deleted'))
    const bin = await call<BinEntry[]>('scenario/delete', victim.id)
    expect(bin.map((entry) => entry.id)).toContain(victim.id)
    expect((await call<ScenarioSummary[]>('scenario/list')).map((s) => s.id)).not.toContain(victim.id)
    await expectRefused('scenario/delete', [victim.id], 'id', `scenario ${victim.id} is in the bin; restore it first`)
    await expectRefused('scenario/delete', [null], 'id', 'expected a number, received null')
  })
})

describe('revisions, bin and actuals', () => {
  it('revision/list, revision/get and revision/restore walk the history', async () => {
    const created = await call<StoredScenario>('scenario/create', plan('History'))
    await call('scenario/save', { id: created.id, document: plan('History v2') })
    const revisions = await call<RevisionSummary[]>('revision/list', created.id)
    expect(revisions.map((r) => [r.revision, r.name])).toEqual([[2, 'History v2'], [1, 'History']])
    const first = await call<StoredRevision>('revision/get', { id: created.id, revision: 1 })
    expect(first).toMatchObject({ scenarioId: created.id, revision: 1, name: 'History', document: plan('History') })
    const restored = await call<StoredScenario>('revision/restore', { id: created.id, revision: 1 })
    expect(restored).toMatchObject({ revision: 3, name: 'History' })
    await expectRefused('revision/list', [-1], 'id', '-1 must be at least 1')
    await expectRefused('revision/get', [{ id: created.id, revision: 9 }], 'revision', `scenario ${created.id} has no revision 9`)
    await expectRefused('revision/get', [{ id: created.id }], 'revision', 'is required')
    await expectRefused('revision/restore', [{ id: created.id, revision: 0 }], 'revision', '0 must be at least 1')
  })

  it('bin/list, bin/restore and bin/empty recover or remove deleted scenarios', async () => {
    const kept = await call<StoredScenario>('scenario/create', plan('Kept'))
    const dropped = await call<StoredScenario>('scenario/create', plan('Dropped'))
    await call('scenario/delete', kept.id)
    await call('scenario/delete', dropped.id)
    expect((await call<BinEntry[]>('bin/list')).map((e) => e.name)).toEqual(expect.arrayContaining(['Kept', 'Dropped']))
    expect(await call<StoredScenario>('bin/restore', kept.id)).toMatchObject({ id: kept.id, name: 'Kept' })
    await expectRefused('bin/restore', [kept.id], 'id', `scenario ${kept.id} is not in the bin`)
    const { removed } = await call<{ removed: number }>('bin/empty')
    expect(removed).toBeGreaterThanOrEqual(1)
    expect(await call('bin/list')).toEqual([])
    await expectRefused('bin/list', [true], '(root)', /takes no arguments/)
    await expectRefused('bin/empty', [{}], '(root)', /takes no arguments/)
  })

  it('actual/save and actual/list record quarterly check-ins', async () => {
    const created = await call<StoredScenario>('scenario/create', plan('Tracked', { quarters: 8, headcount: [{ quarter: 0, value: 50 }], revenue: [{ quarter: 0, value: 1e7 }], hires: [], tools: [], programs: [], capabilities: [] }))
    expect(await call('actual/save', { id: created.id, actual: actual(0) })).toEqual([actual(0)])
    expect(await call('actual/list', created.id)).toEqual([actual(0)])
    await expectRefused('actual/save', [{ id: created.id, actual: actual(8) }], 'quarter', '8 is outside the 8-quarter horizon')
    await expectRefused('actual/save', [{ id: created.id, actual: { ...actual(1), people: -5 } }], 'actual.people', '-5 must be at least 0')
    await expectRefused('actual/save', [{ id: created.id, actual: { ...actual(1), capabilities: ['telepathy'] } }], 'actual.capabilities[0]', /unknown capability "telepathy"/)
    await expectRefused('actual/list', [{}], 'id', 'expected a number, received an object')
  })
})

describe('backups', () => {
  it('backup/now, backup/list and backup/restore bring back an earlier state', async () => {
    const backup = await call<BackupInfo>('backup/now')
    expect(backup).toEqual({ name: expect.stringMatching(/^rampart\.manual\.\d{8}T\d{9}Z\.db$/), kind: 'manual', createdAt: expect.any(String), bytes: expect.any(Number) })
    expect(Object.keys(backup)).not.toContain('file')
    const afterBackup = await call<StoredScenario>('scenario/create', plan('Made after the backup'))
    expect((await call<BackupInfo[]>('backup/list')).map((b) => b.name)).toContain(backup.name)
    const restored = await call<ScenarioSummary[]>('backup/restore', backup.name)
    expect(restored.map((s) => s.id)).not.toContain(afterBackup.id)
    expect((await call<ScenarioSummary[]>('scenario/list')).map((s) => s.id)).not.toContain(afterBackup.id)
    // The state before the restore was kept as a backup of its own.
    expect((await call<BackupInfo[]>('backup/list')).some((b) => b.kind === 'pre-restore')).toBe(true)
  })

  it('backup/restore accepts only the name of a listed backup', async () => {
    await expectRefused('backup/restore', ['../rampart.db'], 'name', 'must be the name of a listed backup')
    await expectRefused('backup/restore', ['/etc/passwd'], 'name', 'must be the name of a listed backup')
    await expectRefused('backup/restore', ['rampart.manual.20990101T000000000Z.db'], 'name', /there is no backup named/)
    await expectRefused('backup/now', ['now'], '(root)', /takes no arguments/)
    await expectRefused('backup/list', [1], '(root)', /takes no arguments/)
  })
})

describe('files', () => {
  it('file/import imports every chosen file and remembers them as recent', async () => {
    const one = join(folder, 'plan-one.json')
    const two = join(folder, 'plan-two.json')
    writeFileSync(one, JSON.stringify(plan('Imported one')))
    writeFileSync(two, JSON.stringify(plan('Imported two')))
    dialogs.openAnswers.push([one, two])
    const outcome = await call<{ canceled: false } & ImportOutcome>('file/import')
    expect(outcome.canceled).toBe(false)
    expect(outcome.imported.map((s) => s.name)).toEqual(['Imported one', 'Imported two'])
    expect((await call<RecentFile[]>('file/recent')).slice(0, 2).map((f) => f.path)).toEqual([two, one])
    expect(await call('file/import')).toEqual({ canceled: true })
    await expectRefused('file/import', ['/etc/passwd'], '(root)', /takes no arguments/)
  })

  it('file/import imports nothing when any chosen file is bad, naming the file and field', async () => {
    const good = join(folder, 'good.json')
    const bad = join(folder, 'bad.json')
    writeFileSync(good, JSON.stringify(plan('Good')))
    writeFileSync(bad, JSON.stringify(plan('Bad', { quarters: 0 })))
    dialogs.openAnswers.push([good, bad])
    await expectRefused('file/import', [], 'bad.json: quarters', '0 must be at least 1')
  })

  it('file/import refuses a file over the size limit before reading it', async () => {
    const huge = join(folder, 'huge.json')
    writeFileSync(huge, Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20))
    dialogs.openAnswers.push([huge])
    await expectRefused('file/import', [], 'huge.json', new RegExp(`larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB import limit`))
  })

  it('file/importDropped imports the text of a dropped file', async () => {
    const outcome = await call<ImportOutcome>('file/importDropped', { name: 'dropped.json', text: JSON.stringify(plan('Dropped in')) })
    expect(outcome.imported.map((s) => s.name)).toEqual(['Dropped in'])
    await expectRefused('file/importDropped', [{ name: 'broken.json', text: '{"format": ' }], 'broken.json', /not valid JSON/)
    await expectRefused('file/importDropped', [{ name: 'big.json', text: ' '.repeat(MAX_IMPORT_BYTES + 1) }], 'text', `is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB import limit`)
    await expectRefused('file/importDropped', [{ text: '{}' }], 'name', 'is required')
  })

  it('file/importRecent re-imports only scenario files on the recent list', async () => {
    const [recent] = await call<RecentFile[]>('file/recent')
    const outcome = await call<ImportOutcome>('file/importRecent', recent.path)
    expect(outcome.imported).toHaveLength(1)
    await expectRefused('file/importRecent', [join(folder, 'rampart.db')], 'path', 'is not on the recent files list')
    await expectRefused('file/importRecent', [''], 'path', 'must not be empty')
    const pack = join(folder, 'listed board pack.xlsx')
    writeFileSync(pack, JSON.stringify(JSON.parse(readFileSync(recent.path, 'utf8'))))
    shell.recentFiles.add(pack, 'board-pack')
    await expectRefused('file/importRecent', [pack], 'path', 'is a board pack, not a scenario file that can be imported')
  })

  it('file/recent lists at most ten files, newest first', async () => {
    const recent = await call<RecentFile[]>('file/recent')
    expect(recent.length).toBeLessThanOrEqual(10)
    expect(recent.map((f) => f.usedAt)).toEqual([...recent.map((f) => f.usedAt)].sort().reverse())
    await expectRefused('file/recent', ['x'], '(root)', /takes no arguments/)
  })

  it('file/exportScenario writes the scenario file the user chose, which imports back identically', async () => {
    const target = join(folder, 'exported.json')
    dialogs.saveAnswers.push(target)
    expect(await call('file/exportScenario', 1)).toEqual({ canceled: false, path: target })
    expect(dialogs.saveRequests.at(-1)).toEqual({ title: 'Export scenario', defaultName: 'DataFlow AI - Base.json' })
    const document = (await call<StoredScenario>('scenario/get', 1)).document
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(document)
    expect(await call('file/exportScenario', 1)).toEqual({ canceled: true })
    await expectRefused('file/exportScenario', ['1'], 'id', 'expected a number, received "1"')
  })

  it('file/exportAll and boardPack/export refuse to write over the live database, leaving it intact', async () => {
    const database = shell.database.store.file
    const before = readFileSync(database)
    dialogs.saveAnswers.push(database)
    const refused = await ipc.invoke('file/exportAll', [])
    expect(refused).toMatchObject({ ok: false, errors: [{ path: 'path', message: expect.stringContaining('the database itself') }] })
    dialogs.saveAnswers.push(`${database}-wal`)
    expect(await ipc.invoke('boardPack/export', [{ ids: [1] }])).toMatchObject({ ok: false })
    expect(readFileSync(database).equals(before)).toBe(true)
  })

  it('file/exportAll writes every scenario to one file', async () => {
    const target = join(folder, 'everything.json')
    dialogs.saveAnswers.push(target)
    expect(await call('file/exportAll')).toEqual({ canceled: false, path: target })
    expect(readFileSync(target, 'utf8')).toBe(shell.database.store.exportAll())
    await expectRefused('file/exportAll', [target], '(root)', /takes no arguments/)
  })

  it('file/saveChartImage writes PNG data only', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64')
    const target = join(folder, 'chart.png')
    dialogs.saveAnswers.push(target)
    expect(await call('file/saveChartImage', { suggestedName: 'Spend: by quarter', pngBase64: png })).toEqual({ canceled: false, path: target })
    expect(dialogs.saveRequests.at(-1)?.defaultName).toBe('Spend- by quarter.png')
    expect(readFileSync(target).toString('base64')).toBe(png)
    await expectRefused('file/saveChartImage', [{ suggestedName: 'x', pngBase64: Buffer.from('GIF89a').toString('base64') }], 'pngBase64', 'is not a PNG image')
    await expectRefused('file/saveChartImage', [{ suggestedName: 'x', pngBase64: 'not base64!' }], 'pngBase64', 'must be base64 PNG data')
  })
})

describe('board pack', () => {
  it('boardPack/export builds the workbook, reports progress and saves it', async () => {
    const target = join(folder, 'board.xlsx')
    const whatIf = await call<StoredScenario>('scenario/duplicate', { id: 1, name: 'What-if: lean' })
    dialogs.saveAnswers.push(target)
    shell.events.length = 0
    const result = await call<{ canceled: false; path: string; bytes: number }>('boardPack/export', { ids: [1, whatIf.id], seed: 7, samples: 200 })
    expect(result).toEqual({ canceled: false, path: target, bytes: readFileSync(target).length })
    const workbook = await readWorkbook(readFileSync(target))
    expect(workbook.worksheets.length).toBeGreaterThan(1)
    const progress = shell.events.filter((e) => e.event === 'boardPack/progress').map((e) => e.payload as ExportProgress)
    expect(progress.at(-1)).toMatchObject({ stage: 'done', fraction: 1 })
    const fractions = progress.map((p) => p.fraction)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect((await call<RecentFile[]>('file/recent'))[0]).toMatchObject({ path: target, kind: 'board-pack' })
  })

  it('boardPack/export does nothing when the save dialog is cancelled', async () => {
    expect(await call('boardPack/export', { ids: [1] })).toEqual({ canceled: true })
  })

  it('boardPack/export refuses bad requests', async () => {
    // Were a request let through, it would save here.
    dialogs.saveAnswers.push(join(folder, 'nothing.xlsx'))
    await expectRefused('boardPack/export', [{ ids: [] }], 'ids', 'needs at least 1 item(s)')
    await expectRefused('boardPack/export', [{ ids: [1, 1] }], 'ids', 'lists a scenario more than once')
    await expectRefused('boardPack/export', [{ ids: [1, 2, 3, 4, 5, 6, 7] }], 'ids', 'has more than 6 items')
    await expectRefused('boardPack/export', [{ ids: [1], samples: 5 }], 'samples', '5 must be at least 100')
    await expectRefused('boardPack/export', [{ ids: [1], samples: 1_000_001 }], 'samples', '1000001 must be at most 1000000')
    await expectRefused('boardPack/export', [{ ids: [1], seed: 2 ** 32 }], 'seed', '4294967296 must be at most 4294967295')
    await expectRefused('boardPack/export', [{ ids: [424242] }], 'id', 'there is no scenario 424242')
    expect(existsSync(join(folder, 'nothing.xlsx'))).toBe(false)
    dialogs.saveAnswers.length = 0
  })
})

describe('board pack: paper, actuals and the deck', () => {
  it('boardPack/export prints on the paper asked for, or the region\'s, and carries the scenario\'s recorded actuals', async () => {
    const recorded = await call<StoredScenario>('scenario/create', plan('Tracked plan'))
    await call('actual/save', { id: recorded.id, actual: actual(0) })
    await call('actual/save', { id: recorded.id, actual: actual(1) })
    const letter = join(folder, 'tracked-letter.xlsx')
    const regional = join(folder, 'tracked.xlsx')
    dialogs.saveAnswers.push(letter, regional)
    await call('boardPack/export', { ids: [recorded.id], samples: 100, paper: 'letter' })
    await call('boardPack/export', { ids: [recorded.id], samples: 100 })
    const [withLetter, withRegion] = [await readWorkbook(readFileSync(letter)), await readWorkbook(readFileSync(regional))]
    expect(withLetter.getWorksheet('Summary')!.pageSetup.paperSize).toBe(1)
    // The harness's region prints on A4.
    expect(withRegion.getWorksheet('Summary')!.pageSetup.paperSize).toBe(9)
    const actuals = withRegion.getWorksheet('Actuals')!
    expect(withRegion.worksheets.map((ws) => ws.name).slice(0, 2)).toEqual(['Summary', 'Actuals'])
    const values: unknown[] = []
    actuals.eachRow((row) => row.eachCell((cell) => values.push(cell.value)))
    expect(values).toContain(120000)
    expect(values).toContain(30000.5)
  })

  it('boardPack/export shows the lines recorded in the database under their category totals, with what they leave not itemised', async () => {
    const tracked = await call<StoredScenario>('scenario/create', plan('Plan with lines'))
    await call('actual/save', { id: tracked.id, actual: { ...actual(0), lines: [{ category: 'people', line: 'security-engineer', amount: 100_000 }] } })
    const target = join(folder, 'lines.xlsx')
    dialogs.saveAnswers.push(target)
    await call('boardPack/export', { ids: [tracked.id], samples: 100 })
    const ws = sheet(await readWorkbook(readFileSync(target)), 'Actuals')
    const title = rowWith(ws, 'Spend by line: each category\'s total, then its lines')
    const rows = [2, 3, 4, 5].map((i) => [1, 2, 3, 4].map((c) => ws.getCell(title + i, c).value))
    // The plan's first quarter pays its one security engineer a quarter of $250,000, and buys no tools yet.
    expect(rows).toEqual([
      ['2027-Q1', 'People', 62_500, 120_000],
      ['2027-Q1', 'Senior security engineer (AI experience)', 62_500, 100_000],
      ['2027-Q1', 'Not itemised', '—', 20_000],
      ['2027-Q1', 'Tools and services (no lines recorded)', 0, 30_000.5]
    ])
  })

  it('boardPack/exportDeck builds the PowerPoint deck, reports progress and saves it', async () => {
    const target = join(folder, 'board.pptx')
    dialogs.saveAnswers.push(target)
    shell.events.length = 0
    const result = await call<{ canceled: false; path: string; bytes: number }>('boardPack/exportDeck', { ids: [1], seed: 7, samples: 200 })
    expect(result).toEqual({ canceled: false, path: target, bytes: readFileSync(target).length })
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK')
    const progress = shell.events.filter((e) => e.event === 'boardPack/progress').map((e) => e.payload as ExportProgress)
    expect(progress.at(-1)).toMatchObject({ stage: 'done', fraction: 1, message: 'Saved board.pptx' })
    expect((await call<RecentFile[]>('file/recent'))[0]).toMatchObject({ path: target, kind: 'board-pack' })
    expect(await call('boardPack/exportDeck', { ids: [1] })).toEqual({ canceled: true })
  })

  it('refuses a paper it does not know, and paper for the deck', async () => {
    dialogs.saveAnswers.push(join(folder, 'nothing.pptx'))
    await expectRefused('boardPack/export', [{ ids: [1], paper: 'legal' }], 'paper', /"a4"/)
    await expectRefused('boardPack/exportDeck', [{ ids: [1], paper: 'a4' }], 'paper', 'unknown field')
    await expectRefused('boardPack/exportDeck', [{ ids: [] }], 'ids', 'needs at least 1 item(s)')
    expect(existsSync(join(folder, 'nothing.pptx'))).toBe(false)
    dialogs.saveAnswers.length = 0
  })
})

describe('actualsImport/pick and actualsImport/run', () => {
  const mapping = { quarter: 0, line: 1, amount: 2, category: null }

  it('reads the chosen export in main, previews it, and imports every row or none, naming the bad row', async () => {
    const created = await call<StoredScenario>('scenario/create', plan('Actuals import', {
      quarters: 8, headcount: [{ quarter: 0, value: 50 }], revenue: [{ quarter: 0, value: 1e7 }], hires: [], tools: [], programs: [], capabilities: []
    }))
    const bad = join(folder, 'ledger-bad.csv')
    writeFileSync(bad, 'Period,Account,Amount\n2027-Q1,CISO,"$75,000"\n2027-Q2,SIEM,"12,3x"\n')
    dialogs.openAnswers.push([bad])
    expect(await call('actualsImport/pick')).toEqual({
      canceled: false, name: 'ledger-bad.csv', headers: ['Period', 'Account', 'Amount'],
      rows: [['2027-Q1', 'CISO', '$75,000'], ['2027-Q2', 'SIEM', '12,3x']], rowCount: 2,
      mapping, remembered: false
    })
    await expectRefused('actualsImport/run', [{ id: created.id, mapping }], 'ledger-bad.csv: row 3', 'amount "12,3x" is not a number')
    expect(await call('actual/list', created.id)).toEqual([])

    const good = join(folder, 'ledger-good.csv')
    writeFileSync(good, 'Period,Account,Amount\n2027-Q1,CISO,"$75,000"\n2027-Q2,SIEM,"12,300"\n')
    dialogs.openAnswers.push([good])
    await call('actualsImport/pick')
    expect(await call('actualsImport/run', { id: created.id, mapping })).toEqual({
      quarters: ['2027-Q1', '2027-Q2'], rows: 2, actuals: [
        { quarter: 0, people: 75000, tools: 0, programs: 0, hires: 0, capabilities: [], note: '', lines: [{ category: 'people', line: 'ciso', amount: 75000 }] },
        { quarter: 1, people: 0, tools: 12300, programs: 0, hires: 0, capabilities: [], note: '', lines: [{ category: 'tools', line: 'siem', amount: 12300 }] }
      ]
    })
    // The same headers again: the mapping that worked is offered as remembered.
    dialogs.openAnswers.push([bad])
    expect(await call('actualsImport/pick')).toMatchObject({ mapping, remembered: true })
  })

  it('treats a cancelled dialog as no choice, and refuses several files, a FIFO and a bad mapping', async () => {
    expect(await call('actualsImport/pick')).toEqual({ canceled: true })
    dialogs.openAnswers.push([join(folder, 'a.csv'), join(folder, 'b.csv')])
    await expectRefused('actualsImport/pick', [], '(root)', '2 files were chosen; choose one export of actuals at a time')
    const fifo = join(folder, 'pipe.csv')
    execFileSync('mkfifo', [fifo])
    dialogs.openAnswers.push([fifo])
    await expectRefused('actualsImport/pick', [], 'pipe.csv', 'is a named pipe (FIFO), not a regular file')
    await expectRefused('actualsImport/run', [{ id: 1, mapping: { quarter: 0, line: 1, amount: -1, category: null } }], 'mapping.amount', '-1 must be at least 0')
    await expectRefused('actualsImport/run', [{ id: 1, mapping: { quarter: 0, amount: 2 } }], 'mapping.line', 'is required')
  })
})

describe('actualsImport/run while a newly chosen file is still being read', () => {
  it('is refused, naming that file, so the file still on screen is never imported in its place', async () => {
    let startedReading: () => void = () => {}
    const started = new Promise<void>((resolve) => { startedReading = resolve })
    let finishReading: () => void = () => {}
    const finish = new Promise<void>((resolve) => { finishReading = resolve })
    const gated = await startHarnessInTest({
      readActualsTable: async (path) => {
        if (path.endsWith('second.csv')) {
          startedReading()
          await finish
        }
        return inThreadActualsTable(path)
      }
    })
    const mapping = { quarter: 0, line: 1, amount: 2, category: null }
    const first = join(gated.folder, 'first.csv')
    const second = join(gated.folder, 'second.csv')
    writeFileSync(first, 'Period,Account,Amount\n2027-Q1,CISO,100\n')
    writeFileSync(second, 'Period,Account,Amount\n2027-Q2,SIEM,200\n')
    gated.dialogs.openAnswers.push([first], [second])
    await gated.call('actualsImport/pick')
    const picking = gated.ipc.invoke('actualsImport/pick', [])
    await started
    expect(await gated.ipc.invoke('actualsImport/run', [{ id: 1, mapping }])).toEqual({
      ok: false, errors: [{ path: '(root)', message: 'second.csv is still being read; import once its first rows show' }]
    })
    expect(gated.database.store.listActuals(1)).toEqual([])
    finishReading()
    expect(await picking).toMatchObject({ ok: true, value: { name: 'second.csv' } })
    expect(await gated.call('actualsImport/run', { id: 1, mapping })).toMatchObject({ quarters: ['2027-Q2'], rows: 1 })
  })
})

describe('after an export: open it, or show it in its folder', () => {
  const recording = shell.shell

  it('opens a workbook main has just written, and shows it in its folder', async () => {
    const target = join(folder, 'to open.xlsx')
    dialogs.saveAnswers.push(target)
    const saved = await call<{ path: string }>('boardPack/export', { ids: [1] })
    expect(await call('export/open', saved.path)).toBeUndefined()
    expect(await call('export/showInFolder', saved.path)).toBeUndefined()
    expect([recording.opened.at(-1), recording.shown.at(-1)]).toEqual([target, target])
  })

  it('refuses a path main did not write in this run, even one of the user\'s own files, and opens nothing', async () => {
    const elsewhere = join(folder, 'not exported.json')
    writeFileSync(elsewhere, '{}')
    const before = [recording.opened.length, recording.shown.length]
    const notExported = 'is not a file Rampart exported since it started; only those can be opened from the window'
    await expectRefused('export/open', [elsewhere], 'path', notExported)
    await expectRefused('export/showInFolder', [elsewhere], 'path', notExported)
    await expectRefused('export/open', [shell.database.store.file], 'path', notExported)
    // The same file under another spelling of its path is still not the path main returned.
    const target = join(folder, 'spelled.json')
    dialogs.saveAnswers.push(target)
    await call('file/exportAll')
    await expectRefused('export/open', [`${folder}/./spelled.json`], 'path', notExported)
    await expectRefused('export/open', [42], 'path', 'expected a string, received 42')
    await expectRefused('export/open', [''], 'path', 'must not be empty')
    expect([recording.opened.length, recording.shown.length]).toEqual(before)
  })

  it('refuses an export that was since deleted, or replaced by a folder or a link', async () => {
    const gone = join(folder, 'gone.json')
    const linked = join(folder, 'linked.json')
    const folded = join(folder, 'folded.json')
    for (const path of [gone, linked, folded]) {
      dialogs.saveAnswers.push(path)
      await call('file/exportAll')
    }
    rmSync(gone)
    rmSync(linked)
    symlinkSync(join(folder, 'everything.json'), linked)
    rmSync(folded)
    mkdirSync(folded)
    const before = [recording.opened.length, recording.shown.length]
    await expectRefused('export/open', [gone], 'path', `${gone} is no longer there: it was moved or deleted after the export`)
    await expectRefused('export/showInFolder', [gone], 'path', `${gone} is no longer there: it was moved or deleted after the export`)
    await expectRefused('export/open', [linked], 'path', `${linked} is a symbolic link; give the path of the file it points to`)
    await expectRefused('export/showInFolder', [folded], 'path', `${folded} is a folder, not a file`)
    expect([recording.opened.length, recording.shown.length]).toEqual(before)
  })

  it('shows, but does not open, an export saved under a name that is no workbook, deck, scenario file or image', async () => {
    const target = join(folder, 'plan.sh')
    dialogs.saveAnswers.push(target)
    await call('file/exportScenario', 1)
    await expectRefused('export/open', [target], 'path',
      `${target} is not a workbook, deck, scenario file or image, so Rampart does not open it; use Show in folder`)
    await call('export/showInFolder', target)
    expect(recording.shown.at(-1)).toBe(target)
    expect(recording.opened).not.toContain(target)
  })

  it('says why when the system cannot open the file', async () => {
    const target = join(folder, 'no app.pptx')
    dialogs.saveAnswers.push(target)
    await call('boardPack/exportDeck', { ids: [1] })
    recording.openFailure = 'No application is associated with the specified file'
    try {
      await expectRefused('export/open', [target], 'path', `${target} could not be opened: No application is associated with the specified file`)
    } finally {
      recording.openFailure = ''
    }
  })
})

describe('coverage', () => {
  it('every channel of the contract was called above with a good payload and refused a bad one', () => {
    const untested = CHANNELS.filter((channel) =>
      !ipc.outcomes.some((o) => o.channel === channel && o.ok) || !ipc.outcomes.some((o) => o.channel === channel && !o.ok))
    expect(untested).toEqual([])
  })
})
