// Shared by the database tests: real SQLite files in fresh temporary folders.
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { openDatabase, type OpenOptions, type ScenarioStore } from '../../src/store'
import { InputError } from '../../src/core/inputError'
import type { ValidationError } from '../../src/core/validationMessages'

export { tempDir } from '../fixtures/tempDir'
export { smallScenario } from './smallScenario'

/** A clock that starts at `start` and moves one second on every reading, so times are ordered. */
export function steppingClock(start = '2026-03-02T09:00:00.000Z'): () => Date {
  let next = Date.parse(start)
  return () => {
    const now = new Date(next)
    next += 1000
    return now
  }
}

/** The problems named by the InputError `action` throws; anything else thrown, or nothing, fails. */
export async function inputErrors(action: () => unknown): Promise<ValidationError[]> {
  try {
    await action()
  } catch (error) {
    if (error instanceof InputError) return error.errors
    throw error
  }
  throw new Error('expected an InputError')
}

export async function openStore(file: string, options: OpenOptions = {}): Promise<ScenarioStore> {
  const result = await openDatabase(file, { now: steppingClock(), ...options })
  if (!result.ok) throw new Error(`expected ${file} to open: ${result.problem}: ${result.message}`)
  return result.store
}

export interface CliRun { code: number | null; stdout: string; stderr: string }

/** The built `rampart` command, run to completion in `cwd`. */
export function rampartIn(cwd: string): (...args: string[]) => CliRun {
  const bin = join(resolve(__dirname, '../..'), 'bin', 'rampart.js')
  return (...args) => {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' })
    return { code: result.status, stdout: result.stdout, stderr: result.stderr }
  }
}
