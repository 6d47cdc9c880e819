// A full disk, a read-only disk, a folder the user may not write to and long file names: every
// command that writes exits 2 with a sentence naming the path and the cause, and writes nothing
// (no partial file, no temporary file, no empty folder, the database unchanged). The disks are
// small tmpfs mounts, made where the machine allows mounting (as root on Linux), skipped with the
// reason where it does not.
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { minimalScenario } from '../fixtures/scenarios'
import { NO_CRASH, NO_HANG_MS, rampartInProcess, ROOT, snapshot, type Run } from './hostile'
import { tempDir } from '../fixtures/tempDir'

const dir = tempDir()
const outside = join(dir, 'outside')
const plan = join(outside, 'plan.json')
const full = join(dir, 'full')
const readOnly = join(dir, 'read-only')

/** Mounts a tmpfs of `size` at `at`; the reason it cannot, or null when it did. */
function mountTmpfs(at: string, size: string): string | null {
  if (process.platform !== 'linux') return 'tmpfs mounts are a Linux feature'
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root'
  mkdirSync(at, { recursive: true })
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at], { stdio: 'pipe' })
    return null
  } catch (error) {
    return `this machine refuses to mount a tmpfs (${String((error as { stderr?: unknown }).stderr ?? error).trim()})`
  }
}

/** Fills the disk at `folder` to the last byte, or to `leave` bytes short of it. */
function fill(folder: string, leave = 0): void {
  const filler = join(folder, 'filler')
  if (existsSync(filler)) rmSync(filler)
  for (const chunk of [1024 * 1024, 4096, 1]) {
    try {
      for (;;) writeFileSync(filler, Buffer.alloc(chunk), { flag: 'a' })
    } catch {
      // ENOSPC: on to smaller chunks, until not one byte fits.
    }
  }
  if (leave > 0) truncateSync(filler, statSync(filler).size - leave)
}

const cannotMount = mountTmpfs(full, '2m') ?? mountTmpfs(readOnly, '2m')
afterAll(() => {
  for (const mount of [full, readOnly]) {
    try {
      execFileSync('umount', ['-l', mount], { stdio: 'pipe' })
    } catch {
      // Not mounted.
    }
  }
})

beforeAll(async () => {
  mkdirSync(outside, { recursive: true })
  writeFileSync(plan, JSON.stringify(minimalScenario({ name: 'On a small disk' })))
  if (cannotMount !== null) return
  for (const disk of [full, readOnly]) {
    expect((await rampartInProcess(['db', 'import', plan, '--db', join(disk, 'plans.db')])).code).toBe(0)
  }
  copyFileSync(join(full, 'plans.db'), join(outside, 'backup.db'))
  fill(full)
  execFileSync('mount', ['-o', 'remount,ro', readOnly], { stdio: 'pipe' })
})

function expectRefused(run: Run, cause: RegExp): void {
  expect(run.code, run.stderr).toBe(2)
  expect(run.stderr).toMatch(cause)
  expect(run.stderr).not.toMatch(NO_CRASH)
}

describe.skipIf(cannotMount !== null)(`a full disk${cannotMount === null ? '' : ` (skipped: ${cannotMount})`}`, () => {
  it('db import with room to open the database but not to write: exit 2, the database unchanged', async () => {
    // Room for SQLite's shared-memory index (32 KB), none for the import's pages in its log.
    fill(full, 40 * 1024)
    try {
      const before = snapshot(full)
      expectRefused(await rampartInProcess(['db', 'import', plan, '--db', join(full, 'plans.db')]),
        /plans\.db: could not be written: the disk is full; nothing was changed/)
      expect(snapshot(full)).toEqual(before)
    } finally {
      fill(full)
    }
  })

  // With no room at all, SQLite cannot even open a database (it creates its index beside it first).
  it.each([
    ['db import', () => ['db', 'import', plan, '--db', join(full, 'plans.db')], /plans\.db cannot be used: the disk is full\. Nothing is wrong with your plans/],
    ['export', () => ['export', plan, '--out', join(full, 'pack.xlsx')], /^--out: .*pack\.xlsx could not be written: the disk is full$/m],
    ['demo', () => ['demo', '--out', join(full, 'demo')], /^--out: .*dataflow-ai\.json could not be written: the disk is full$/m],
    ['db restore', () => ['db', 'restore', join(outside, 'backup.db'), '--db', join(full, 'plans.db')], /plans\.pre-restore\.\d{8}T\d{9}Z\.db: the disk is full/],
    ['db export all', () => ['db', 'export', 'all', '--out', join(full, 'all.json'), '--db', join(full, 'plans.db')], /plans\.db cannot be used: the disk is full/],
    ['db backup', () => ['db', 'backup', '--out', join(full, 'copy.db'), '--db', join(full, 'plans.db')], /plans\.db cannot be used: the disk is full/]
  ])('%s: exit 2, "the disk is full", nothing written', async (_name, args, cause) => {
    const before = snapshot(full)
    expectRefused(await rampartInProcess(args()), cause)
    expect(snapshot(full)).toEqual(before)
  })
})

describe.skipIf(cannotMount !== null)('a read-only disk', () => {
  it('db list explains why a WAL database there cannot be read, and import why it cannot be written', async () => {
    const before = snapshot(readOnly)
    const db = join(readOnly, 'plans.db')
    expectRefused(await rampartInProcess(['db', 'list', '--db', db]), new RegExp(`${db} is in a folder Rampart cannot write to, and SQLite must create ${db}-shm`))
    expectRefused(await rampartInProcess(['db', 'import', plan, '--db', db]), /cannot write to/)
    expectRefused(await rampartInProcess(['export', plan, '--out', join(readOnly, 'pack.xlsx')]), /pack\.xlsx could not be written: the disk is read-only/)
    expect(snapshot(readOnly)).toEqual(before)
  })
})

describe('long file names', () => {
  it('writes a legal 250-character name (the temporary name stays short) and refuses a longer one by name', async () => {
    const legal = join(outside, `${'n'.repeat(245)}.xlsx`)
    expect((await rampartInProcess(['export', plan, '--out', legal])).code).toBe(0)
    expect(readFileSync(legal).subarray(0, 2).toString()).toBe('PK')
    const before = snapshot(outside)
    expectRefused(await rampartInProcess(['export', plan, '--out', join(outside, `${'n'.repeat(300)}.xlsx`)]),
      /: cannot be looked at: the name is too long for the file system$/m)
    expect(snapshot(outside)).toEqual(before)
  })
})

/** The built command run as the unprivileged user `nobody`, for whom a root-owned folder is closed. */
function asNobody(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(ROOT, 'bin', 'rampart.js'), ...args],
      { cwd: '/', stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
    const timer = setTimeout(() => child.kill('SIGKILL'), NO_HANG_MS)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, hung: code === null })
    })
  })
}

const cannotDropPrivileges = process.getuid?.() !== 0 ? 'only root can run a command as another user'
  : existsSync('/usr/bin/setpriv') ? null : 'setpriv is not installed'

describe.skipIf(cannotDropPrivileges !== null)(`a folder the user may not write to${cannotDropPrivileges ? ` (skipped: ${cannotDropPrivileges})` : ''}`, () => {
  it('export and demo exit 2 with "permission denied", writing nothing', async () => {
    const closed = join(dir, 'closed')
    mkdirSync(closed, { mode: 0o755 })
    execFileSync('chmod', ['755', dir, outside])
    execFileSync('chmod', ['644', plan])
    const before = snapshot(closed)
    expectRefused(await asNobody(['export', plan, '--out', join(closed, 'pack.xlsx')]), /pack\.xlsx could not be written: permission denied/)
    expectRefused(await asNobody(['demo', '--out', join(closed, 'demo')]), /the folder .*demo cannot be created \(permission denied\)/)
    expect(snapshot(closed)).toEqual(before)
  })
})
