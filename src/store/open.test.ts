import { createHash } from 'node:crypto'
import { closeSync, existsSync, openSync, readFileSync, readdirSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openStore, smallScenario, tempDir } from '../../test/db/helpers'
import { openConnection } from './connection'
import { DAILY_BACKUPS_KEPT, LATEST_SCHEMA_VERSION, MIGRATIONS, openDatabase } from '.'

const dir = tempDir()
let counter = 0
const freshFile = (): string => join(dir, `open-${++counter}.db`)
const fileHash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')
const at = (iso: string) => () => new Date(iso)

/** A closed Rampart database holding one scenario, and a manual backup of it. */
async function populatedDatabase(): Promise<string> {
  const file = freshFile()
  const store = await openStore(file)
  for (let i = 0; i < 40; i++) store.createScenario(smallScenario(`Plan ${i}`))
  await store.backupNow()
  store.close()
  return file
}

describe('openDatabase', () => {
  it('creates a new database with the latest schema', async () => {
    const file = freshFile()
    const result = await openDatabase(file)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.store.check()).toEqual({ integrity: 'ok', schemaVersion: LATEST_SCHEMA_VERSION, appliedMigrations: MIGRATIONS.length })
    expect(result.warnings).toEqual([])
    result.store.close()
  })

  it('reports a file that is not a database as corrupt, offers the backups and does not touch it', async () => {
    const file = await populatedDatabase()
    writeFileSync(file, 'this is a spreadsheet, not a database\n'.repeat(200))
    const before = fileHash(file)
    const result = await openDatabase(file)
    expect(result).toMatchObject({ ok: false, problem: 'corrupt' })
    if (result.ok) return
    expect(result.message).toMatch(/has not changed the file/)
    expect(result.backups).toEqual([expect.objectContaining({ kind: 'manual' })])
    expect(fileHash(file)).toBe(before)
  })

  it('reports a database with a damaged page as corrupt and does not touch it', async () => {
    const file = await populatedDatabase()
    const db = new Database(file, { readonly: true })
    const pageSize = db.pragma('page_size', { simple: true }) as number
    const revisionsRoot = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'revisions'").pluck().get() as number
    db.close()
    // Scribble over the header of the revisions table's root b-tree page.
    const fd = openSync(file, 'r+')
    writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, (revisionsRoot - 1) * pageSize)
    closeSync(fd)
    const before = fileHash(file)
    const result = await openDatabase(file)
    expect(result).toMatchObject({ ok: false, problem: 'corrupt' })
    expect(fileHash(file)).toBe(before)
  })

  it('refuses an SQLite database that is not Rampart’s without adding tables to it', async () => {
    const file = freshFile()
    const other = new Database(file)
    other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)')
    other.close()
    const before = fileHash(file)
    const result = await openDatabase(file)
    expect(result).toMatchObject({ ok: false, problem: 'unreadable' })
    if (!result.ok) expect(result.message).toMatch(/not a Rampart database/)
    expect(fileHash(file)).toBe(before)
  })

  it('reports a database another program holds exclusively as locked', async () => {
    const file = await populatedDatabase()
    // Through the store's own driver: a second copy of SQLite in this process would not see its locks.
    const holder = openConnection(file)
    holder.pragma('journal_mode = DELETE')
    holder.pragma('locking_mode = EXCLUSIVE')
    holder.exec('BEGIN EXCLUSIVE')
    const result = await openDatabase(file, { busyTimeoutMs: 50 })
    holder.exec('ROLLBACK')
    holder.close()
    expect(result).toMatchObject({ ok: false, problem: 'locked' })
  })

  it('reports a database in a folder that does not exist as unreadable, naming the folder, and creates nothing', async () => {
    const folder = join(dir, 'no-such-folder')
    const result = await openDatabase(join(folder, 'rampart.db'))
    expect(result).toMatchObject({ ok: false, problem: 'unreadable', message: expect.stringContaining(`the folder ${folder} does not exist`) })
    expect(existsSync(folder)).toBe(false)
  })

  it('reports a folder given as the database as unreadable, naming it', async () => {
    const result = await openDatabase(dir)
    expect(result).toMatchObject({ ok: false, problem: 'unreadable', message: expect.stringContaining(`${dir} is a folder, not a file`) })
  })
})

describe('automatic backups', () => {
  it('takes at most one backup a day and keeps the newest of the last seven days that have one', async () => {
    const file = freshFile()
    const backupDir = join(dir, `daily-${counter}`)
    await openStore(file, { backupDir }).then(async (store) => {
      expect(await store.takeDailyBackup()).toBeNull() // nothing to protect in a brand-new database
      store.close()
    })
    expect(existsSync(backupDir)).toBe(false)
    for (let day = 1; day <= 10; day++) {
      for (const hour of ['08', '17']) {
        const iso = `2026-04-${String(day).padStart(2, '0')}T${hour}:00:00.000Z`
        const store = await openStore(file, { backupDir, now: at(iso) })
        // As the app at launch and every command that writes do, before they write.
        await store.takeDailyBackup()
        if (hour === '08') store.createScenario(smallScenario(`Day ${day}`))
        store.close()
      }
    }
    const dailies = readdirSync(backupDir).filter((name) => !name.startsWith('.')).sort()
    expect(dailies).toHaveLength(DAILY_BACKUPS_KEPT)
    expect(dailies[0]).toMatch(/^open-\d+\.daily\.20260404T080000000Z\.db$/)
    expect(dailies[6]).toMatch(/\.daily\.20260410T080000000Z\.db$/)
    // Each daily backup holds the scenarios as they were when that day's first open happened.
    const newest = new Database(join(backupDir, dailies[6]), { readonly: true })
    expect(newest.prepare('SELECT count(*) FROM scenarios').pluck().get()).toBe(9)
    newest.close()
  })

  it('opens without a backup, and says why today\'s backup failed when it cannot be written', async () => {
    const file = await populatedDatabase()
    const blocker = join(dir, `not-a-folder-${counter}`)
    writeFileSync(blocker, 'a file where the backups folder should be')
    const result = await openDatabase(file, { backupDir: blocker, now: at('2026-05-01T10:00:00.000Z') })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.warnings).toEqual([])
    await expect(result.store.takeDailyBackup()).rejects.toThrow(/EEXIST|exists|not a folder/)
    expect(result.store.listScenarios()).toHaveLength(40)
    result.store.close()
  })
})
