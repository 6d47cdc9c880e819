// Shared by the hostile-input suite: special files made in a temporary folder (never the system's
// own /dev nodes), the built `rampart` run with a no-hang deadline, a watchdog for in-process calls,
// and snapshots that prove nothing was written or replaced.
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main'

export const ROOT = join(__dirname, '..', '..')

/** How long any one run may take before it counts as a hang (the machine is shared and slow). */
export const NO_HANG_MS = 10_000

export type SpecialKind = 'device' | 'fifo' | 'folder' | 'symlink' | 'dangling link'
export const SPECIAL_KINDS: readonly SpecialKind[] = ['device', 'fifo', 'folder', 'symlink', 'dangling link']

/**
 * Makes one of each special file in `dir`, named `<kind><extension>`. A read through `symlink`
 * reaches a FIFO; for writes, `linkTo: 'file'` points it at a regular file that must survive.
 */
export function makeSpecialFiles(dir: string, extension: string, linkTo: 'fifo' | 'file'): Record<SpecialKind, string> {
  mkdirSync(dir, { recursive: true })
  const at = (name: string) => join(dir, `${name}${extension}`)
  const files: Record<SpecialKind, string> = {
    device: at('device'), fifo: at('fifo'), folder: at('folder'), symlink: at('symlink'), 'dangling link': at('dangling')
  }
  // A character device with /dev/null's numbers, made here so no test touches the system's own.
  execFileSync('mknod', [files.device, 'c', '1', '3'])
  execFileSync('mkfifo', [files.fifo])
  mkdirSync(files.folder)
  if (linkTo === 'file') writeFileSync(at('link-target'), 'must survive')
  symlinkSync(linkTo === 'file' ? at('link-target') : files.fifo, files.symlink)
  symlinkSync(at('nothing-here'), files['dangling link'])
  return files
}

export interface Run {
  code: number | null
  stdout: string
  stderr: string
  /** True when the run was killed at the deadline: a hang. */
  hung: boolean
}

/** Runs the built `rampart` with `args`, killed at `deadlineMs`. */
export function rampart(args: readonly string[], options: { cwd?: string; deadlineMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'rampart.js'), ...args], {
      cwd: options.cwd ?? ROOT, env: { ...process.env, RAMPART_DEBUG: '', ...options.env }, stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let hung = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
    const timer = setTimeout(() => {
      hung = true
      child.kill('SIGKILL')
    }, options.deadlineMs ?? NO_HANG_MS)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, hung })
    })
  })
}

/**
 * Runs `rampart` in this process (the same `runCli` the binary runs) under the watchdog: fast
 * enough to try every path argument with every kind of special file.
 */
export async function rampartInProcess(args: readonly string[], deadlineMs = NO_HANG_MS): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io = { out: (text: string) => { stdout += text }, err: (text: string) => { stderr += text } }
  const code = await withinDeadline(() => runCli(args, io), deadlineMs)
  return { code, stdout, stderr, hung: false }
}

/** Runs `jobs` with at most `limit` at a time (the machine has two cores), keeping their order. */
export async function inBatches<T>(jobs: readonly (() => Promise<T>)[], limit = 4): Promise<T[]> {
  const results: T[] = new Array(jobs.length)
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++
      results[i] = await jobs[i]()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker))
  return results
}

/**
 * Runs `call` in this process under a watchdog: should it block (a read of a FIFO stalls the whole
 * thread, so no timer here could fire), a separate process kills this one at the deadline and
 * vitest reports the file as failed instead of hanging.
 */
export async function withinDeadline<T>(call: () => Promise<T> | T, deadlineMs = NO_HANG_MS): Promise<T> {
  const watchdog = spawn('sh', ['-c', `sleep ${deadlineMs / 1000} && kill -9 ${process.pid}`], { stdio: 'ignore', detached: true })
  try {
    return await call()
  } finally {
    if (watchdog.pid !== undefined) process.kill(-watchdog.pid, 'SIGKILL')
  }
}

/**
 * Every command that reads a plan, each given `file` (compare with `good` as its base); what they
 * would write goes inside `dir`.
 */
export function commandsReadingPlan(file: string, good: string, dir: string): string[][] {
  return [
    ['validate', file], ['project', file], ['simulate', file, '--samples', '100'], ['compare', good, file, '--samples', '100'],
    ['export', file, '--out', join(dir, 'pack.xlsx')], ['deck', file, '--out', join(dir, 'deck.pptx')],
    ['db', 'import', file, '--db', join(dir, 'plans.db')]
  ]
}

/** Every entry under `dir` (not following links): kind, inode, size and the bytes' hash. */
export function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {}
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name)
      const stats = lstatSync(path)
      const key = `${prefix}${name}`
      if (stats.isDirectory()) {
        entries[key] = `folder ${stats.ino}`
        walk(path, `${key}/`)
      } else if (stats.isFile()) {
        entries[key] = `file ${stats.ino} ${stats.size} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`
      } else {
        entries[key] = `special ${stats.ino} ${stats.mode} ${stats.rdev}`
      }
    }
  }
  walk(dir, '')
  return entries
}

/** The sentence each kind gets when Rampart is asked to read it. */
export const READ_REFUSAL: Record<SpecialKind, RegExp> = {
  device: /is a character device, not a regular file/,
  fifo: /is a named pipe \(FIFO\), not a regular file/,
  folder: /is a folder/,
  symlink: /is a named pipe \(FIFO\), not a regular file/,
  'dangling link': /is a symbolic link to a file that does not exist/
}

/** The sentence each kind gets when Rampart is asked to write over it. */
export const WRITE_REFUSAL: Record<SpecialKind, RegExp> = {
  device: /is a character device, not a regular file; Rampart never writes over it/,
  fifo: /is a named pipe \(FIFO\), not a regular file; Rampart never writes over it/,
  folder: /is a folder/,
  symlink: /is a symbolic link; give the path of the file it points to; Rampart never writes over it/,
  'dangling link': /is a symbolic link; give the path of the file it points to; Rampart never writes over it/
}

/** A stack trace or an unexpected failure in output: never acceptable for bad input. */
export const NO_CRASH = /unexpected failure|\bat .*\.(js|ts):\d+|SQLITE_[A-Z]|E[A-Z]{3,}:/
