// Every path argument of every `rampart` command, given a device, a FIFO, a folder, a symbolic link
// (to a FIFO when read, to a file when written) or a dangling link: exit 2 with a sentence naming
// the path and what it is, well inside the deadline, and not one byte written or replaced.
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { minimalScenario } from '../fixtures/scenarios'
import { tempDir } from '../fixtures/tempDir'
import {
  inBatches, makeSpecialFiles, NO_CRASH, rampart, rampartInProcess, READ_REFUSAL, snapshot, SPECIAL_KINDS,
  WRITE_REFUSAL, type Run, type SpecialKind
} from './hostile'

const dir = tempDir()
const plan = join(dir, 'plan.json')
const db = join(dir, 'plans.db')
const backup = join(dir, 'plans-backup.db')
const reads = makeSpecialFiles(join(dir, 'read'), '.json', 'fifo')
const readsCsv = makeSpecialFiles(join(dir, 'read-csv'), '.csv', 'fifo')
const dbs = makeSpecialFiles(join(dir, 'db'), '.db', 'fifo')
const writes = makeSpecialFiles(join(dir, 'write'), '.xlsx', 'file')
const writesJson = makeSpecialFiles(join(dir, 'write-json'), '.json', 'file')
const folders = makeSpecialFiles(join(dir, 'out-dir'), '', 'file')

/** One path slot of one command: the arguments with the hostile path in place, and how it is refused. */
interface Slot {
  name: string
  args: (path: string) => string[]
  paths: Record<SpecialKind, string>
  refusal: Record<SpecialKind, RegExp>
  /** Kinds that are a legal answer for this slot (an existing folder for `demo --out`). */
  legal?: SpecialKind[]
}

const SLOTS: Slot[] = [
  { name: 'validate FILE', args: (p) => ['validate', p], paths: reads, refusal: READ_REFUSAL },
  { name: 'project FILE', args: (p) => ['project', p], paths: reads, refusal: READ_REFUSAL },
  { name: 'simulate FILE', args: (p) => ['simulate', p, '--samples', '100'], paths: reads, refusal: READ_REFUSAL },
  { name: 'compare FILE FILE', args: (p) => ['compare', plan, p, '--samples', '100'], paths: reads, refusal: READ_REFUSAL },
  { name: 'export FILE', args: (p) => ['export', p, '--out', join(dir, 'never.xlsx')], paths: reads, refusal: READ_REFUSAL },
  { name: 'export --out', args: (p) => ['export', plan, '--out', p, '--force'], paths: writes, refusal: WRITE_REFUSAL },
  { name: 'demo --out', args: (p) => ['demo', '--out', p, '--force'], paths: folders, legal: ['folder'], refusal: {
    device: /is a character device, not a regular file/, fifo: /is a named pipe \(FIFO\)/, folder: /never/,
    symlink: /is a file, not a folder/, 'dangling link': /is a symbolic link to a file that does not exist/
  } },
  { name: 'db list --db', args: (p) => ['db', 'list', '--db', p], paths: dbs, refusal: READ_REFUSAL },
  { name: 'db check --db', args: (p) => ['db', 'check', '--db', p], paths: dbs, refusal: READ_REFUSAL },
  { name: 'db import FILE', args: (p) => ['db', 'import', p, '--db', db], paths: reads, refusal: READ_REFUSAL },
  { name: 'db import --db', args: (p) => ['db', 'import', plan, '--db', p], paths: dbs, refusal: READ_REFUSAL },
  { name: 'db import-actuals FILE', args: (p) => ['db', 'import-actuals', '1', p, '--db', db], paths: readsCsv, refusal: READ_REFUSAL },
  { name: 'db export --out', args: (p) => ['db', 'export', '1', '--out', p, '--force', '--db', db], paths: writesJson, refusal: WRITE_REFUSAL },
  { name: 'db export all --out', args: (p) => ['db', 'export', 'all', '--out', p, '--force', '--db', db], paths: writesJson, refusal: WRITE_REFUSAL },
  { name: 'db export --db', args: (p) => ['db', 'export', '1', '--out', join(dir, 'never.json'), '--db', p], paths: dbs, refusal: READ_REFUSAL },
  { name: 'db backup --out', args: (p) => ['db', 'backup', '--out', p, '--db', db], paths: writes, refusal: {
    ...WRITE_REFUSAL, folder: /is a folder/ } },
  { name: 'db backup --db', args: (p) => ['db', 'backup', '--out', join(dir, 'never.db'), '--db', p], paths: dbs, refusal: READ_REFUSAL },
  { name: 'db restore FILE', args: (p) => ['db', 'restore', p, '--db', db], paths: dbs, refusal: READ_REFUSAL },
  { name: 'db restore --db', args: (p) => ['db', 'restore', backup, '--db', p], paths: dbs, refusal: READ_REFUSAL }
]

beforeAll(async () => {
  writeFileSync(plan, JSON.stringify(minimalScenario()))
  const imported = await rampart(['db', 'import', plan, '--db', db])
  expect(imported.code, imported.stderr).toBe(0)
  copyFileSync(db, backup)
})

function problemsOf(cases: { slot: Slot; kind: SpecialKind }[], runs: Run[]): string[] {
  return cases.flatMap(({ slot, kind }, i) => {
      const run = runs[i]
      const label = `${slot.name} given a ${kind}`
      const path = slot.paths[kind]
      if (run.hung) return [`${label}: hung`]
      if (run.code !== 2) return [`${label}: exit ${run.code}: ${run.stderr}`]
      if (!run.stderr.includes(path) || !slot.refusal[kind].test(run.stderr)) return [`${label}: message ${JSON.stringify(run.stderr)}`]
      if (NO_CRASH.test(run.stderr)) return [`${label}: crash text in ${JSON.stringify(run.stderr)}`]
      return []
  })
}

describe('special files as every path argument of the CLI', () => {
  const cases = SLOTS.flatMap((slot) => SPECIAL_KINDS.filter((kind) => !slot.legal?.includes(kind)).map((kind) => ({ slot, kind })))

  it(`refuses all ${cases.length}, naming the path and what it is, and writes nothing`, async () => {
    const before = snapshot(dir)
    const runs: Run[] = []
    for (const { slot, kind } of cases) runs.push(await rampartInProcess(slot.args(slot.paths[kind])))
    expect(problemsOf(cases, runs)).toEqual([])
    expect(snapshot(dir)).toEqual(before)
  })

  it('the built command, given a FIFO where each kind of path goes, answers at once the same way', async () => {
    // One slot of each kind (scenario file, workbook out, database, import, backup): each run
    // starts a process, which this shared machine takes most of a second to do.
    const representative = ['validate FILE', 'export --out', 'db list --db', 'db import FILE', 'db restore FILE', 'db backup --out']
    const fifoCases = SLOTS.filter((slot) => representative.includes(slot.name)).map((slot) => ({ slot, kind: 'fifo' as const }))
    const before = snapshot(dir)
    const runs = await inBatches(fifoCases.map(({ slot, kind }) => () => rampart(slot.args(slot.paths[kind]))))
    expect(problemsOf(fifoCases, runs)).toEqual([])
    expect(snapshot(dir)).toEqual(before)
  })
})
