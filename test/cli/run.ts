// Runs the real, built `rampart` command (bin/rampart.js -> out/cli/index.js) in a child process.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

export const ROOT = join(__dirname, '..', '..')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** `env` adds to (or, given undefined, removes from) the test's own environment. */
export function rampart(args: readonly string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'rampart.js'), ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, RAMPART_DEBUG: '', ...env }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
