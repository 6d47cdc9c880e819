// `rampart db ...` through the real built command (bin/rampart.js -> out/main/cli.js), on real
// database files in a temporary folder.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db'
import { smallScenario, tempDir } from './helpers'

const root = resolve(__dirname, '../..')
const dir = tempDir()
let counter = 0

function rampart(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'rampart.js'), ...args], { cwd: dir, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

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
    rampart('db', 'list', '--db', db) // the second open takes the daily backup
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

  it('documents its default database path in the usage', () => {
    expect(rampart('db').stdout).toMatch(/PATH defaults to \.\/rampart\.db/)
    expect(rampart('--help').stdout).toMatch(/db SUBCOMMAND \[--db PATH\]/)
  })
})
