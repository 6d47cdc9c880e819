// `npm run smoke`: proves the desktop app really launches, on a machine that can run Electron.
// It checks what Electron needs (Node version, Electron's binary, Linux's sandbox, a display),
// builds the app, prepares the database driver for Electron, then starts the built app in real
// Electron with `--rampart-smoke=<temporary folder>`. The app (src/main/smoke.ts) creates a
// scenario, simulates it in the page's Web Worker and exports a board pack through the real
// preload and IPC, checks the workbook opens, and exits. This script exits 0 when the app
// reported success, or 1 with the reason: a failed check, a failure in the app, or no answer
// within 90 seconds. On Linux without a display it runs the app under `xvfb-run`.
// It never downloads Electron: where the binary is missing it says how to get it.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { electronBinary, linuxSandboxProblem, nodeVersionProblem, ROOT } from './electron-checks.mjs'
import { runNpm } from './sqlite-runtime.mjs'

/** The app's side of the contract (src/main/smokeSwitch.ts, src/main/smoke.ts; test/shell/smoke.test.ts keeps them equal). */
export const SMOKE_SWITCH = '--rampart-smoke='
export const SMOKE_RESULT_FILE = 'smoke-result.json'
export const SMOKE_TIMEOUT_MS = 90_000

/** Everything that would stop Electron from starting here, each with its fix; an empty list when none. */
export function smokeProblems({ env = process.env, platform = process.platform } = {}) {
  const problems = []
  const node = nodeVersionProblem('npm run smoke')
  if (node !== null) problems.push(node)
  const electron = electronBinary()
  if (electron.problem) problems.push(electron.problem)
  if (platform === 'linux') {
    if (electron.path) {
      const sandbox = linuxSandboxProblem(electron.path)
      if (sandbox !== null) problems.push(sandbox)
    }
    if (needsVirtualDisplay(env) && findOnPath('xvfb-run', env) === null) {
      problems.push('There is no display (DISPLAY and WAYLAND_DISPLAY are unset) and no `xvfb-run` to provide one: ' +
        'install it (`sudo apt-get install xvfb`) or run the smoke test in a desktop session.')
    }
  }
  return problems
}

function needsVirtualDisplay(env) {
  return !env.DISPLAY && !env.WAYLAND_DISPLAY
}

function findOnPath(program, env) {
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (folder && existsSync(join(folder, program))) return join(folder, program)
  }
  return null
}

/**
 * Starts `command args... --rampart-smoke=<folder>` (the app in Electron) and waits for it: resolves
 * `{ ok: true, report }` when it exits 0 having written a passing result, else `{ ok: false, message }`.
 * After `timeoutMs` the app and everything it started are ended.
 */
export function superviseSmokeRun({ command, args, folder, timeoutMs = SMOKE_TIMEOUT_MS, output = forwardOutput }) {
  return new Promise((resolve) => {
    // Its own process group (POSIX), so a hung run can be ended with every process it started.
    const child = spawn(command, [...args, `${SMOKE_SWITCH}${folder}`], { cwd: ROOT, detached: process.platform !== 'win32' })
    child.stdout.on('data', (chunk) => output(chunk, 'stdout'))
    child.stderr.on('data', (chunk) => output(chunk, 'stderr'))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      endProcessTree(child.pid)
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ ok: false, message: `the app could not be started (${command}): ${error.message}` })
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (timedOut) {
        resolve({ ok: false, message: `the app did not finish the smoke run within ${timeoutMs / 1000} s; it was ended` })
        return
      }
      const result = readResult(folder)
      if (code === 0 && result?.ok === true) resolve({ ok: true, report: result.report })
      else if (result?.ok === false) resolve({ ok: false, message: result.message })
      else resolve({ ok: false, message: `the app exited (${signal ?? `code ${code}`}) without a smoke result; its output above says why` })
    })
  })
}

function forwardOutput(chunk, stream) {
  process[stream].write(chunk)
}

function readResult(folder) {
  try {
    return JSON.parse(readFileSync(join(folder, SMOKE_RESULT_FILE), 'utf8'))
  } catch {
    return null
  }
}

function endProcessTree(pid) {
  if (process.platform === 'win32') {
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' })
    return
  }
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

async function main() {
  const problems = smokeProblems()
  if (problems.length > 0) {
    process.stderr.write(`smoke: Electron cannot run here yet:\n\n${problems.join('\n\n')}\n`)
    return 1
  }
  if (!runNpm(['run', 'build'])) {
    process.stderr.write('smoke: the build failed; see the output above\n')
    return 1
  }
  const driver = spawnSync(process.execPath, [join(ROOT, 'scripts/sqlite-runtime.mjs'), 'electron'], { cwd: ROOT, stdio: 'inherit' })
  if (driver.status !== 0) return 1
  const electron = electronBinary().path
  const launch = process.platform === 'linux' && needsVirtualDisplay(process.env)
    ? { command: 'xvfb-run', args: ['--auto-servernum', electron, ROOT] }
    : { command: electron, args: [ROOT] }
  const folder = mkdtempSync(join(tmpdir(), 'rampart-smoke-'))
  try {
    const outcome = await superviseSmokeRun({ ...launch, folder })
    if (!outcome.ok) {
      process.stderr.write(`smoke: FAILED: ${outcome.message}\n`)
      return 1
    }
    const { scenario, simulation, boardPack } = outcome.report
    process.stdout.write(`smoke: passed. Created "${scenario.name}", simulated ${simulation.samples} samples in the window's ` +
      `worker (median spend ${simulation.worker}, as the engine computes), built a board pack of ${boardPack.bytes} bytes ` +
      `with the sheets ${boardPack.sheets.join(', ')}.\n`)
    return 0
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then((code) => { process.exitCode = code }, (error) => {
    process.stderr.write(`smoke: FAILED: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}
