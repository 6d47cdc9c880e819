// Concurrent opens: eight `rampart` processes on one database at the same moment. Readers take no
// backup at all; writers take exactly one daily backup between them, and nobody prints a false
// warning about a backup another process was making.
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { minimalScenario } from '../fixtures/scenarios'
import { NO_CRASH, rampart } from './hostile'
import { tempDir } from '../fixtures/tempDir'

const dir = tempDir()
const db = join(dir, 'shared.db')
const backups = join(dir, 'backups')
const PROCESSES = 8
// Eight processes share two cores and wait on each other's locks, so one run may take several times
// a lone run's time on a loaded machine; a real hang still never ends, and is caught well before
// the test's own 60 s timeout.
const CONCURRENT_DEADLINE_MS = 45_000

beforeAll(async () => {
  writeFileSync(join(dir, 'first.json'), JSON.stringify(minimalScenario({ name: 'First' })))
  // The first import into a new, empty database has nothing to back up.
  expect((await rampart(['db', 'import', join(dir, 'first.json'), '--db', db])).code).toBe(0)
  expect(existsSync(backups)).toBe(false)
})

describe(`${PROCESSES} processes opening one database at once`, () => {
  it('readers (db list, db export) make no backup and print no warning', async () => {
    const runs = await Promise.all(Array.from({ length: PROCESSES }, (_, i) => i % 2 === 0
      ? rampart(['db', 'list', '--json', '--db', db], { deadlineMs: CONCURRENT_DEADLINE_MS })
      : rampart(['db', 'export', 'all', '--out', join(dir, `export-${i}.json`), '--db', db], { deadlineMs: CONCURRENT_DEADLINE_MS })))
    for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: '', hung: false })
    expect(existsSync(backups)).toBe(false)
  })

  it('writers (db import) make exactly one daily backup between them, with no false warnings', async () => {
    const files = Array.from({ length: PROCESSES }, (_, i) => {
      const file = join(dir, `plan-${i}.json`)
      writeFileSync(file, JSON.stringify(minimalScenario({ name: `Writer ${i}` })))
      return file
    })
    const runs = await Promise.all(files.map((file) => rampart(['db', 'import', file, '--db', db], { deadlineMs: CONCURRENT_DEADLINE_MS })))
    for (const run of runs) {
      expect(run.hung, 'killed at the deadline').toBe(false)
      expect(run.code, run.stderr).toBe(0)
      expect(run.stderr).toBe('')
      expect(run.stderr).not.toMatch(NO_CRASH)
    }
    expect(readdirSync(backups).filter((name) => /^shared\.daily\.\d{8}T\d{9}Z\.db$/.test(name))).toHaveLength(1)
    expect(readdirSync(backups).filter((name) => name.startsWith('.'))).toEqual([])
    const listed = await rampart(['db', 'list', '--json', '--db', db])
    expect(JSON.parse(listed.stdout)).toHaveLength(PROCESSES + 1)
  })
})
