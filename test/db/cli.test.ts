// `rampart db ...` through the real built command (bin/rampart.js -> out/cli/index.js), on real
// database files in a temporary folder.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/store'
import { migrate } from '../../src/store/migrate'
import { rampartIn, smallScenario, tempDir } from './helpers'

const dir = tempDir()
let counter = 0

const rampart = rampartIn(dir)

function writeJson(name: string, value: unknown): string {
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify(value, null, 2))
  return file
}

const freshDb = (): string => join(dir, `cli-${++counter}.db`)
const fileHash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('rampart db', () => {
  it('imports scenario files, lists them, and exports one equal to what was imported', () => {
    const db = freshDb()
    const base = writeJson('base.json', DEFAULT_SCENARIO)
    const small = writeJson('small.json', smallScenario('Small plan'))
    const imported = rampart('db', 'import', base, small, '--db', db)
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(imported.stdout).toMatch(/^imported 2 scenarios into /)

    const listed = rampart('db', 'list', '--json', '--db', db)
    expect(listed.code).toBe(0)
    const scenarios = JSON.parse(listed.stdout) as { id: number; name: string }[]
    expect(scenarios.map((s) => s.name).sort()).toEqual(['DataFlow AI - Base', 'Small plan'])
    expect(scenarios.every((s) => Number.isInteger(s.id))).toBe(true)
    expect(rampart('db', 'list', '--db', db).stdout).toMatch(/Small plan/)

    const id = scenarios.find((s) => s.name === 'Small plan')!.id
    const out = join(dir, `exported-${counter}.json`)
    expect(rampart('db', 'export', String(id), '--out', out, '--db', db).code).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(readFileSync(small, 'utf8')))
  })

  it('round-trips "export all" through import into another database', () => {
    const first = freshDb()
    rampart('db', 'import', writeJson('a.json', smallScenario('A')), writeJson('b.json', smallScenario('B')), '--db', first)
    const all = join(dir, `all-${counter}.json`)
    expect(rampart('db', 'export', 'all', '--out', all, '--db', first).code).toBe(0)
    const second = freshDb()
    expect(rampart('db', 'import', all, '--db', second).code).toBe(0)
    const again = join(dir, `all-again-${counter}.json`)
    rampart('db', 'export', 'all', '--out', again, '--db', second)
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(all, 'utf8'))
  })

  it('rejects a batch with one bad file: exit 2, every problem named, nothing written', () => {
    const db = freshDb()
    rampart('db', 'import', writeJson('ok.json', smallScenario('Existing')), '--db', db)
    const before = fileHash(db)
    const good = writeJson('good.json', smallScenario('Good'))
    const bad = writeJson('bad.json', smallScenario('Bad', { hires: [{ role: 'wizard', count: 1, quarter: 0, annualCost: 1 }] }))
    const late = writeJson('late.json', smallScenario('Late', { quarters: 4, capabilities: [{ id: 'siem', quarter: 9 }] }))
    const result = rampart('db', 'import', good, bad, late, '--db', db)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`${bad}: hires[0].role: unknown role "wizard"`)
    expect(result.stderr).toContain(`${late}: capabilities[0].quarter: 9 is outside the 4-quarter horizon`)
    expect(result.stderr).toMatch(/nothing was imported/)
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/)
    expect(fileHash(db)).toBe(before)
    expect(JSON.parse(rampart('db', 'list', '--json', '--db', db).stdout)).toHaveLength(1)
  })

  it('does not create a database when the import is rejected', () => {
    const db = freshDb()
    writeFileSync(join(dir, 'truncated.json'), JSON.stringify(DEFAULT_SCENARIO).slice(0, 100))
    const result = rampart('db', 'import', join(dir, 'truncated.json'), '--db', db)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/truncated\.json: \(root\): not valid JSON/)
    expect(existsSync(db)).toBe(false)
  })

  it('backs up to a new file, refuses to overwrite one, and restores from it', () => {
    const db = freshDb()
    rampart('db', 'import', writeJson('keep.json', smallScenario('Keep')), '--db', db)
    const backup = join(dir, `backup-${counter}.db`)
    expect(rampart('db', 'backup', '--out', backup, '--db', db)).toMatchObject({ code: 0 })
    const again = rampart('db', 'backup', '--out', backup, '--db', db)
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/already exists/)

    rampart('db', 'import', writeJson('later.json', smallScenario('Later')), '--db', db)
    const restored = rampart('db', 'restore', backup, '--db', db)
    expect(restored.code).toBe(0)
    expect(restored.stdout).toMatch(/previous database was backed up to .*pre-restore/)
    const names = (JSON.parse(rampart('db', 'list', '--json', '--db', db).stdout) as { name: string }[]).map((s) => s.name)
    expect(names).toEqual(['Keep'])
  })

  it('checks integrity and schema version', () => {
    const db = freshDb()
    rampart('db', 'import', writeJson('c.json', smallScenario()), '--db', db)
    expect(rampart('db', 'check', '--db', db)).toMatchObject({
      code: 0, stdout: expect.stringContaining(`integrity ok, schema version ${LATEST_SCHEMA_VERSION} (the latest, ${MIGRATIONS.length} migrations applied)`)
    })
  })

  it('reports a damaged database with its backups, exit 2, and leaves it as it was', () => {
    const db = freshDb()
    rampart('db', 'import', writeJson('d.json', smallScenario()), '--db', db)
    // The second command that writes takes the daily backup (a reader such as `db list` never does).
    rampart('db', 'import', writeJson('d2.json', smallScenario('Second')), '--db', db)
    writeFileSync(db, 'not a database at all '.repeat(100))
    const before = fileHash(db)
    const result = rampart('db', 'list', '--db', db)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/is damaged or not a database/)
    expect(result.stderr).toMatch(/rampart db restore FILE/)
    expect(result.stderr).toMatch(/\.daily\.\d{8}T\d{9}Z\.db/)
    expect(fileHash(db)).toBe(before)
  })

  it('explains bad usage with exit 2 and writes nothing', () => {
    const missing = join(dir, 'missing.db')
    for (const args of [
      ['db', 'list', '--db', missing],
      ['db', 'export', 'seven', '--out', join(dir, 'x.json'), '--db', missing],
      ['db', 'export', '1', '--db', missing],
      ['db', 'restore', join(dir, 'no-backup.db'), '--db', missing],
      ['db', 'frobnicate'],
      ['db', 'import', '--db', missing],
      ['db', 'list', '--colour']
    ]) {
      const result = rampart(...args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toMatch(/\S/)
    }
    expect(readdirSync(dir).filter((name) => name.startsWith('missing') || name === 'x.json')).toEqual([])
  })

  it('refuses to export over the database, its WAL files or into its backups folder, and leaves the plans intact', () => {
    const db = freshDb()
    rampart('db', 'import', writeJson('live.json', smallScenario('Live')), '--db', db)
    // As the daily backup of a later write would make it: the backups folder exists.
    mkdirSync(join(dir, 'backups'), { recursive: true })
    const before = fileHash(db)
    for (const out of [db, `${db}-wal`, `${db}-shm`, join(dir, 'backups', 'export.json'), join(dir, 'sub', '..', `cli-${counter}.db`)]) {
      for (const force of [[], ['--force']]) {
        const result = rampart('db', 'export', '1', '--out', out, ...force, '--db', db)
        expect(result.code, out).toBe(2)
        expect(result.stderr, out).toMatch(/^--out: .*(destroy your plans|backups folder)/)
      }
    }
    const backup = rampart('db', 'backup', '--out', join(dir, 'backups', 'mine.db'), '--db', db)
    expect(backup).toMatchObject({ code: 2, stderr: expect.stringMatching(/is in the backups folder/) })
    expect(rampart('db', 'backup', '--out', `${db}-wal`, '--db', db)).toMatchObject({ code: 2, stderr: expect.stringMatching(/wal file/) })
    expect(fileHash(db)).toBe(before)
    // The backups folder is shared by this file's databases: only its own files are Rampart's.
    expect(readdirSync(join(dir, 'backups')).filter((n) => !/^cli-\d+\.\w[\w-]*\.\d{8}T\d{9}Z\.db$/.test(n))).toEqual([])
    expect(JSON.parse(rampart('db', 'list', '--json', '--db', db).stdout)).toEqual([expect.objectContaining({ name: 'Live' })])
  })

  it('refuses to replace an existing file unless --force, and then replaces it whole', () => {
    const db = freshDb()
    rampart('db', 'import', writeJson('forced.json', smallScenario('Forced')), '--db', db)
    const out = join(dir, `existing-${counter}.json`)
    writeFileSync(out, 'keep me')
    const refused = rampart('db', 'export', '1', '--out', out, '--db', db)
    expect(refused).toMatchObject({ code: 2, stderr: `--out: ${out} already exists; add --force to replace it\n` })
    expect(readFileSync(out, 'utf8')).toBe('keep me')
    expect(rampart('db', 'export', '1', '--out', out, '--force', '--db', db).code).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(smallScenario('Forced'))
    // Written under a temporary name and renamed: nothing is left beside it.
    expect(readdirSync(dir).filter((n) => n.includes(`existing-${counter}.json`))).toEqual([`existing-${counter}.json`])
  })

  it('names the folder when --out is in a missing folder or is a folder, for export and backup', () => {
    const db = freshDb()
    rampart('db', 'import', writeJson('out.json', smallScenario()), '--db', db)
    const missing = join(dir, 'no-such-folder')
    const folder = join(dir, `a-folder-${counter}`)
    mkdirSync(folder)
    for (const command of [['export', '1'], ['export', 'all'], ['backup']]) {
      expect(rampart('db', ...command, '--out', join(missing, 'x'), '--db', db), command.join(' '))
        .toMatchObject({ code: 2, stderr: `--out: the folder ${missing} does not exist\n` })
      expect(rampart('db', ...command, '--out', folder, '--db', db), command.join(' '))
        .toMatchObject({ code: 2, stderr: `--out: ${folder} is a folder\n` })
    }
    expect(existsSync(missing)).toBe(false)
  })

  // /proc refuses new files even to root, so this runs wherever the tests run (Linux CI).
  it.runIf(process.platform === 'linux')('reports an --out the file system refuses to write: exit 2, the path named', () => {
    const db = freshDb()
    rampart('db', 'import', writeJson('refused.json', smallScenario()), '--db', db)
    // In words, without errno or SQLITE_ codes.
    expect(rampart('db', 'export', '1', '--out', '/proc/rampart.json', '--db', db))
      .toMatchObject({ code: 2, stderr: '--out: /proc/rampart.json could not be written: the folder does not accept new files\n' })
    expect(rampart('db', 'backup', '--out', '/proc/rampart.db', '--db', db))
      .toMatchObject({ code: 2, stderr: '--out: /proc/rampart.db could not be written: the folder does not accept new files\n' })
  })

  it('exits 2 naming the path when --db is in a missing folder or is a folder, for every subcommand', () => {
    const db = freshDb()
    rampart('db', 'import', writeJson('any.json', smallScenario()), '--db', db)
    const backup = join(dir, `any-backup-${counter}.db`)
    rampart('db', 'backup', '--out', backup, '--db', db)
    const missingFolder = join(dir, 'nowhere')
    const inMissing = join(missingFolder, 'rampart.db')
    const folder = join(dir, `db-folder-${counter}`)
    mkdirSync(folder)
    const cases: [string[], RegExp][] = [
      [['restore', backup, '--db', inMissing], /^database: the folder .*nowhere does not exist/],
      [['restore', backup, '--db', folder], /^database: .*db-folder-\d+ is a folder, not a file/],
      [['restore', folder, '--db', db], /^backup: .*db-folder-\d+ is a folder, not a file/],
      [['import', join(dir, 'any.json'), '--db', inMissing], /the folder .*nowhere does not exist/],
      [['import', join(dir, 'any.json'), '--db', folder], /db-folder-\d+ is a folder, not a file/],
      [['list', '--db', inMissing], /nowhere\/rampart\.db: no database here/],
      [['list', '--db', folder], /db-folder-\d+ is a folder, not a file/],
      [['export', '1', '--out', join(dir, 'never.json'), '--db', folder], /db-folder-\d+ is a folder, not a file/],
      [['backup', '--out', join(dir, 'never.db'), '--db', folder], /db-folder-\d+ is a folder, not a file/],
      [['check', '--db', inMissing], /no database here/],
      [['check', '--db', folder], /db-folder-\d+ is a folder, not a file/]
    ]
    for (const [args, message] of cases) {
      const result = rampart('db', ...args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toMatch(message)
      expect(result.stderr, args.join(' ')).not.toMatch(/unexpected failure|at .*\.js:\d+/)
    }
    expect(existsSync(missingFolder)).toBe(false)
    expect(readdirSync(folder)).toEqual([])
    expect(readdirSync(dir).filter((n) => n.startsWith('never'))).toEqual([])
  })

  it('checks an older database read-only: reports that it needs migration, and neither migrates nor backs it up', () => {
    const folder = join(dir, `older-${counter}`)
    mkdirSync(folder)
    const db = join(folder, 'old.db')
    const raw = new Database(db)
    raw.pragma('journal_mode = WAL')
    migrate(raw, MIGRATIONS.slice(0, 2))
    raw.close()
    const before = fileHash(db)
    const result = rampart('db', 'check', '--db', db)
    expect(result).toMatchObject({
      code: 0, stdout: `${db}: integrity ok, schema version 2 (needs migration to ${LATEST_SCHEMA_VERSION} (Rampart upgrades it, after a backup, the next time it opens the file))\n`
    })
    expect(fileHash(db)).toBe(before)
    expect(existsSync(join(folder, 'backups'))).toBe(false)
  })

  it('checks a database from a newer Rampart: exit 2, saying so, and the file unchanged', () => {
    const db = freshDb()
    const raw = new Database(db)
    migrate(raw, [...MIGRATIONS, { version: LATEST_SCHEMA_VERSION + 1, name: 'future', sql: 'CREATE TABLE future (x);' }])
    raw.close()
    const before = fileHash(db)
    const result = rampart('db', 'check', '--db', db)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(new RegExp(`integrity ok, but the database has schema version ${LATEST_SCHEMA_VERSION + 1}, newer than`))
    expect(fileHash(db)).toBe(before)
  })

  it('documents its default database path in the usage', () => {
    expect(rampart('db').stdout).toMatch(/PATH defaults to \.\/rampart\.db/)
    expect(rampart('--help').stdout).toMatch(/db SUBCOMMAND \[--db PATH\]/)
  })
})
