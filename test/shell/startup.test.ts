// Start-up against real database files: an empty database left for the start screen, the crash-loop guard, and the
// recovery choices for a damaged or newer file. Only the dialogs are scripted.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { openDatabase } from '../../src/store'
import { LaunchMarker } from '../../src/main/launchMarker'
import { databasePaths, openPlannerDatabase, type Question, type StartupDialogs, type StartupOutcome } from '../../src/main/startup'
import { tempDir } from './harness'

class ScriptedStartupDialogs implements StartupDialogs {
  readonly questions: Question[] = []
  constructor(private readonly answers: number[] = [], private readonly backupChoices: (string | null)[] = []) {}

  async ask(question: Question): Promise<number> {
    this.questions.push(question)
    const answer = this.answers.shift()
    if (answer === undefined) throw new Error(`unexpected question: ${question.message}`)
    return answer
  }

  async chooseBackupFile(): Promise<string | null> {
    return this.backupChoices.shift() ?? null
  }
}

function userData(): { folder: string; marker: LaunchMarker; file: string; backupDir: string } {
  const folder = tempDir('rampart-startup-')
  return { folder, marker: new LaunchMarker(join(folder, 'launch-in-progress.json')), ...databasePaths(folder) }
}

/** Starts once and closes the database again, as a finished launch would. */
async function start(folder: string, marker: LaunchMarker, dialogs: StartupDialogs): Promise<StartupOutcome> {
  const outcome = await openPlannerDatabase({ userDataFolder: folder, dialogs, marker, packaged: true })
  if (outcome.ok) outcome.session.close()
  return outcome
}

/** A planner database holding `names` and one manual backup of that state. */
async function plannerWithBackup(file: string, backupDir: string, names: string[]): Promise<string> {
  const opened = await openDatabase(file, { backupDir })
  if (!opened.ok) throw new Error(opened.message)
  for (const name of names) opened.store.createScenario({ ...DEFAULT_SCENARIO, name })
  const backup = await opened.store.backupNow()
  opened.store.close()
  return backup.file
}

async function scenarioNames(file: string, backupDir: string): Promise<string[]> {
  const opened = await openDatabase(file, { backupDir })
  if (!opened.ok) throw new Error(opened.message)
  try {
    return opened.store.listScenarios().map((s) => s.name)
  } finally {
    opened.store.close()
  }
}

describe('a first launch', () => {
  it('creates the database in the user-data folder and leaves it empty, for the start screen', async () => {
    const { folder, marker, file } = userData()
    const dialogs = new ScriptedStartupDialogs()
    const outcome = await openPlannerDatabase({ userDataFolder: folder, dialogs, marker, packaged: true })
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.session.store.file).toBe(file)
    // The user chooses the sample, a blank plan or a template: nothing is stored for them.
    expect(outcome.session.store.listScenarios()).toEqual([])
    expect(outcome.session.store.listBin()).toEqual([])
    expect(outcome.safeStart).toBe(false)
    outcome.session.close()
    expect(dialogs.questions).toEqual([])
    // Until the page reports a rendered scenario, the launch counts as unfinished.
    expect(marker.unfinished()).toMatchObject({ databaseFile: file })
  })

  it('opens the user\'s own scenarios as they are', async () => {
    const { folder, marker, file, backupDir } = userData()
    await plannerWithBackup(file, backupDir, ['My plan'])
    await start(folder, marker, new ScriptedStartupDialogs())
    expect(await scenarioNames(file, backupDir)).toEqual(['My plan'])
  })
})

describe('the crash-loop guard', () => {
  it('asks before reopening a database whose last launch never finished, and opens it when told to', async () => {
    const { folder, marker } = userData()
    await start(folder, marker, new ScriptedStartupDialogs())
    const dialogs = new ScriptedStartupDialogs([0])
    // Opened on the scenario list, not on the scenario that may have crashed the window.
    expect(await start(folder, marker, dialogs)).toMatchObject({ ok: true, safeStart: true })
    expect(dialogs.questions.map((q) => [q.message, q.buttons])).toEqual([
      ['Rampart did not finish starting last time', ['Open the Planner', 'Restore a Backup…', 'Quit']]
    ])
  })

  it('asks nothing after a launch that finished', async () => {
    const { folder, marker } = userData()
    await start(folder, marker, new ScriptedStartupDialogs())
    marker.finish()
    const dialogs = new ScriptedStartupDialogs()
    expect(await start(folder, marker, dialogs)).toMatchObject({ ok: true, safeStart: false })
    expect(dialogs.questions).toEqual([])
  })

  it('quits without touching the database when the user says so, and does not ask again next time', async () => {
    const { folder, marker, file } = userData()
    await start(folder, marker, new ScriptedStartupDialogs())
    const before = readFileSync(file)
    expect(await start(folder, marker, new ScriptedStartupDialogs([2]))).toEqual({ ok: false })
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(marker.unfinished()).toBeNull()
  })

  it('restores the backup the user picks instead of reopening the file', async () => {
    const { folder, marker, file, backupDir } = userData()
    const backup = await plannerWithBackup(file, backupDir, ['Before the crash'])
    const opened = await openDatabase(file, { backupDir })
    if (!opened.ok) throw new Error(opened.message)
    opened.store.createScenario({ ...DEFAULT_SCENARIO, name: 'Suspect edit' })
    opened.store.close()
    marker.begin(file)
    expect((await start(folder, marker, new ScriptedStartupDialogs([1], [backup]))).ok).toBe(true)
    expect(await scenarioNames(file, backupDir)).toEqual(['Before the crash'])
  })

  it('treats a marker cut short by the crash as an unfinished launch', async () => {
    const { folder, marker } = userData()
    await start(folder, marker, new ScriptedStartupDialogs())
    writeFileSync(join(folder, 'launch-in-progress.json'), '{"startedAt": "2026-')
    const dialogs = new ScriptedStartupDialogs([0])
    await start(folder, marker, dialogs)
    expect(dialogs.questions[0].detail).toMatch(/^The launch at an unknown time stopped/)
  })
})

describe('recovery', () => {
  it('offers the latest backup for a damaged database, restores it, and keeps the damaged file aside', async () => {
    const { folder, marker, file, backupDir } = userData()
    await plannerWithBackup(file, backupDir, ['Q3 plan'])
    const damaged = Buffer.from(readFileSync(file))
    damaged.write('this is not an SQLite header', 0)
    writeFileSync(file, damaged)
    const dialogs = new ScriptedStartupDialogs([0])
    const outcome = await start(folder, marker, dialogs)
    expect(outcome.ok).toBe(true)
    expect(dialogs.questions[0].message).toBe('Rampart cannot open the planner database')
    expect(dialogs.questions[0].detail).toMatch(/damaged|not a database/)
    expect(dialogs.questions[0].buttons).toEqual([expect.stringMatching(/^Restore the Latest Backup \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)$/), 'Choose a Backup…', 'Quit'])
    expect(await scenarioNames(file, backupDir)).toEqual(['Q3 plan'])
    const aside = readdirSync(folder).find((name) => name.startsWith('rampart.db.damaged-'))
    expect(aside).toBeDefined()
    expect(readFileSync(join(folder, aside!)).equals(damaged)).toBe(true)
  })

  it('leaves a damaged database exactly as it was when the user quits', async () => {
    const { folder, marker, file } = userData()
    mkdirSync(folder, { recursive: true })
    writeFileSync(file, 'not a database at all, but the user might still want it')
    const dialogs = new ScriptedStartupDialogs([1])
    expect(await start(folder, marker, dialogs)).toEqual({ ok: false })
    expect(dialogs.questions[0].buttons).toEqual(['Choose a Backup…', 'Quit'])
    expect(readFileSync(file, 'utf8')).toBe('not a database at all, but the user might still want it')
    expect(marker.unfinished()).toBeNull()
  })

  it('explains a refused backup and asks again', async () => {
    const { folder, marker, file } = userData()
    writeFileSync(file, 'damaged')
    const notABackup = join(folder, 'holiday-photo.db')
    writeFileSync(notABackup, 'also not a database')
    const dialogs = new ScriptedStartupDialogs([0, 0, 1], [notABackup])
    expect(await start(folder, marker, dialogs)).toEqual({ ok: false })
    expect(dialogs.questions.map((q) => q.message)).toEqual([
      'Rampart cannot open the planner database', 'That backup cannot be restored', 'Rampart cannot open the planner database'
    ])
    expect(readFileSync(file, 'utf8')).toBe('damaged')
  })

  it('says a database from a newer Rampart needs an update, and never changes it', async () => {
    const { folder, marker, file, backupDir } = userData()
    await plannerWithBackup(file, backupDir, ['Future plan'])
    const db = new Database(file)
    db.pragma('user_version = 999')
    db.close()
    const before = readFileSync(file)
    const dialogs = new ScriptedStartupDialogs([2])
    expect(await start(folder, marker, dialogs)).toEqual({ ok: false })
    expect(dialogs.questions[0].detail).toMatch(/newer than this version of Rampart.*Update Rampart to open it/s)
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(existsSync(file)).toBe(true)
  })
})
