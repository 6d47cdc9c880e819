import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { inputErrors, openStore, smallScenario, tempDir } from '../../test/db/helpers'
import { formatValidationError } from '../core/validationMessages'
import { LATEST_SCHEMA_VERSION, listBackups, MIGRATIONS, openDatabase, restoreBackup } from '.'
import { migrate } from './migrate'

const dir = tempDir()
let counter = 0
const freshFile = (): string => join(dir, `restore-${++counter}.db`)
const fileHash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')
const names = async (file: string): Promise<string[]> => {
  const store = await openStore(file)
  const list = store.listScenarios().map((s) => s.name).sort()
  store.close()
  return list
}

async function restoreErrors(file: string, backup: string): Promise<string[]> {
  return (await inputErrors(() => restoreBackup(file, backup))).map(formatValidationError)
}

describe('restoreBackup', () => {
  it('replaces the database with the backup and keeps a backup of what it replaced', async () => {
    const file = freshFile()
    const store = await openStore(file)
    store.createScenario(smallScenario('Before'))
    const backup = await store.backupNow()
    store.createScenario(smallScenario('After'))
    store.close()

    const outcome = await restoreBackup(file, backup.file)
    expect(await names(file)).toEqual(['Before'])
    expect(outcome.movedAside).toBeNull()
    expect(outcome.previous?.kind).toBe('pre-restore')
    expect(await names(outcome.previous!.file)).toEqual(['After', 'Before'])
  })

  it('restores into a database that is still open, which then sees the restored content', async () => {
    const file = freshFile()
    const store = await openStore(file)
    store.createScenario(smallScenario('Kept'))
    const backup = await store.backupNow()
    store.createScenario(smallScenario('Dropped'))
    await restoreBackup(file, backup.file)
    expect(store.listScenarios().map((s) => s.name)).toEqual(['Kept'])
    expect(store.check().integrity).toBe('ok')
    store.close()
  })

  it('moves a damaged database aside instead of overwriting it', async () => {
    const file = freshFile()
    const store = await openStore(file)
    store.createScenario(smallScenario('Good'))
    const backup = await store.backupNow()
    store.close()
    writeFileSync(file, 'garbage '.repeat(1000))
    const damaged = fileHash(file)
    const outcome = await restoreBackup(file, backup.file)
    expect(outcome.movedAside).not.toBeNull()
    expect(fileHash(outcome.movedAside!)).toBe(damaged)
    expect(await names(file)).toEqual(['Good'])
  })

  it('refuses a database path in a missing folder, or that is a folder, naming it and creating nothing', async () => {
    const source = freshFile()
    const store = await openStore(source)
    const backup = await store.backupNow()
    store.close()
    const folder = join(dir, 'no-such-folder')
    expect(await restoreErrors(join(folder, 'rampart.db'), backup.file)).toEqual([`database: the folder ${folder} does not exist`])
    expect(existsSync(folder)).toBe(false)
    expect(await restoreErrors(dir, backup.file)).toEqual([`database: ${dir} is a folder, not a file`])
  })

  it('restores into a new file when the database is gone', async () => {
    const source = freshFile()
    const store = await openStore(source)
    store.createScenario(smallScenario('Only'))
    const backup = await store.backupNow()
    store.close()
    const target = freshFile()
    expect(await restoreBackup(target, backup.file)).toEqual({ previous: null, movedAside: null })
    expect(await names(target)).toEqual(['Only'])
  })

  it('restores a backup from an earlier schema version, which the next open migrates', async () => {
    const old = freshFile()
    const db = new Database(old)
    migrate(db, MIGRATIONS.slice(0, 1))
    db.prepare("INSERT INTO scenarios VALUES (1, '2025-01-01T00:00:00.000Z', 1, NULL)").run()
    db.prepare("INSERT INTO revisions VALUES (1, 1, '2025-01-01T00:00:00.000Z', 'Old', ?)").run(JSON.stringify(smallScenario('Old')))
    db.close()
    const file = freshFile()
    await openStore(file).then((store) => store.close())
    await restoreBackup(file, old)
    const result = await openDatabase(file)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.store.check().schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(result.store.getScenario(1).document).toEqual(smallScenario('Old'))
    result.store.close()
  })

  it('refuses a damaged, foreign or missing backup and leaves the database as it was', async () => {
    const file = freshFile()
    const store = await openStore(file)
    store.createScenario(smallScenario('Mine'))
    store.close()
    const before = fileHash(file)

    const garbage = join(dir, 'garbage.db')
    writeFileSync(garbage, 'not a backup'.repeat(100))
    expect(await restoreErrors(file, garbage)).toEqual([expect.stringMatching(/^backup: .*garbage\.db cannot be restored: .*damaged or not a database/)])

    const foreign = join(dir, 'foreign.db')
    const other = new Database(foreign)
    other.exec('CREATE TABLE notes (text TEXT)')
    other.close()
    expect(await restoreErrors(file, foreign)).toEqual([expect.stringMatching(/not a Rampart database/)])

    const empty = join(dir, 'empty.db')
    writeFileSync(empty, '')
    expect(await restoreErrors(file, empty)).toEqual([expect.stringMatching(/is not a Rampart database backup/)])

    expect(await restoreErrors(file, join(dir, 'missing.db'))).toEqual([expect.stringMatching(/file not found/)])
    expect(await restoreErrors(file, dir)).toEqual([`backup: ${dir} is a folder, not a file`])
    expect(await restoreErrors(file, file)).toEqual(['backup: is the database itself; choose a backup file'])
    expect(fileHash(file)).toBe(before)
    expect(listBackups(file, join(dir, 'backups'))).toEqual([])
  })
})
