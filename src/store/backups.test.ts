import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openStore, smallScenario, tempDir } from '../../test/db/helpers'
import { DAILY_BACKUPS_KEPT, listBackups, pruneDailies } from './backups'

const dir = tempDir()
let counter = 0
const at = (iso: string) => () => new Date(iso)

/** An empty SQLite file named as a daily backup taken at `iso`. */
function fakeDaily(backupDir: string, stem: string, iso: string): void {
  const db = new Database(join(backupDir, `${stem}.daily.${iso.replace(/[-:.]/g, '')}.db`))
  db.close()
}

describe('daily backups', () => {
  it('makes one backup between processes that open the database at the same moment', async () => {
    const file = join(dir, `race-${++counter}.db`)
    const backupDir = join(dir, `race-backups-${counter}`)
    const first = await openStore(file, { backupDir, now: at('2026-06-01T09:00:00.000Z') })
    first.createScenario(smallScenario())
    // Eight stores on one file stand in for eight processes: each checks, then copies.
    const stores = [first, ...await Promise.all(Array.from({ length: 7 }, () => openStore(file, { backupDir, now: at('2026-06-01T09:00:00.000Z') })))]
    const taken = await Promise.all(stores.map((store) => store.takeDailyBackup()))
    for (const store of stores) store.close()
    expect(taken.filter((backup) => backup !== null)).toHaveLength(1)
    expect(listBackups(file, backupDir).map((b) => b.kind)).toEqual(['daily'])
    expect(readdirSync(backupDir).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('prunes by distinct day: seven days stay, each with its newest backup, whatever the count of files', () => {
    const backupDir = join(dir, `prune-${++counter}`)
    const file = join(dir, `prune-${counter}.db`)
    mkdirSync(backupDir, { recursive: true })
    // Three on one day (as racing processes once made), then one a day for eight more days.
    for (const time of ['09:00:00.000', '09:00:00.001', '09:00:00.002']) fakeDaily(backupDir, `prune-${counter}`, `2026-03-01T${time}Z`)
    for (let day = 2; day <= 9; day++) fakeDaily(backupDir, `prune-${counter}`, `2026-03-0${day}T12:00:00.000Z`)
    pruneDailies(file, backupDir)
    const kept = listBackups(file, backupDir).map((b) => b.createdAt.slice(0, 10))
    expect(kept).toHaveLength(DAILY_BACKUPS_KEPT)
    expect(new Set(kept).size).toBe(DAILY_BACKUPS_KEPT)
    expect(kept).toEqual(['2026-03-09', '2026-03-08', '2026-03-07', '2026-03-06', '2026-03-05', '2026-03-04', '2026-03-03'])
  })

  it('keeps one backup a day when a day has several, and never prunes a day it keeps', () => {
    const backupDir = join(dir, `dupes-${++counter}`)
    const file = join(dir, `dupes-${counter}.db`)
    mkdirSync(backupDir, { recursive: true })
    for (const day of [1, 2, 3]) {
      for (const hour of ['08', '16']) fakeDaily(backupDir, `dupes-${counter}`, `2026-03-0${day}T${hour}:00:00.000Z`)
    }
    pruneDailies(file, backupDir)
    expect(listBackups(file, backupDir).map((b) => b.createdAt)).toEqual([
      '2026-03-03T16:00:00.000Z', '2026-03-02T16:00:00.000Z', '2026-03-01T16:00:00.000Z'
    ])
  })

  it('takes over a lock left by a process that died, and leaves a live one alone', async () => {
    const file = join(dir, `lock-${++counter}.db`)
    const backupDir = join(dir, `lock-backups-${counter}`)
    const store = await openStore(file, { backupDir, now: at('2026-07-01T09:00:00.000Z') })
    store.createScenario(smallScenario())
    mkdirSync(backupDir, { recursive: true })
    const lock = join(backupDir, '.daily-backup.lock')
    // This process is alive and the lock is fresh: someone else is taking today's backup.
    writeFileSync(lock, JSON.stringify({ pid: process.pid, at: '2026-07-01T09:00:00.000Z' }))
    expect(await store.takeDailyBackup()).toBeNull()
    // A lock an hour old is a run that died mid-copy.
    const anHourAgo = new Date(Date.now() - 3600_000)
    utimesSync(lock, anHourAgo, anHourAgo)
    expect(await store.takeDailyBackup()).toMatchObject({ kind: 'daily' })
    expect(readdirSync(backupDir).filter((name) => name.startsWith('.'))).toEqual([])
    store.close()
  })
})

describe('opening to read', () => {
  it('writes nothing and takes no backup, not even a daily one', async () => {
    const file = join(dir, `reader-${++counter}.db`)
    const backupDir = join(dir, `reader-backups-${counter}`)
    const writer = await openStore(file, { backupDir })
    writer.createScenario(smallScenario('Read me'))
    writer.close()
    const before = readdirSync(dir).sort()
    const bytes = readFileSync(file)
    const reader = await openStore(file, { backupDir, readOnly: true })
    expect(reader.listScenarios().map((s) => s.name)).toEqual(['Read me'])
    expect(await reader.takeDailyBackup()).toBeNull()
    expect(() => reader.createScenario(smallScenario())).toThrow(/could not be written: the file or its folder is read-only; nothing was changed/)
    reader.close()
    expect(readFileSync(file).equals(bytes)).toBe(true)
    // SQLite keeps its shared-memory index and an empty log beside a WAL database even to read it.
    expect(readdirSync(dir).sort()).toEqual([...before, `reader-${counter}.db-shm`, `reader-${counter}.db-wal`].sort())
    expect(statSync(`${file}-wal`).size).toBe(0)
  })
})
