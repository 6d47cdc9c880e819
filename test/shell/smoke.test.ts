// `npm run smoke` where Electron cannot run: its checks refuse with sentences, never a stack, and
// its launch-and-wait half (superviseSmokeRun) runs the BUILT app with Electron swapped out
// (fixtures/run-built-smoke.cjs, a Chromium page over the built main, preload and renderer), so
// the smoke run's own code passes here: a scenario created, simulated in the page's worker and
// exported as a board pack through the preload and IPC. Failures, hangs and early exits of the
// app end the run with a reason.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sheetOrder } from '../../src/boardpack'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { projectScenario } from '../../src/core/projection'
import { simulateProjection } from '../../src/core/simulation'
import { SMOKE_RESULT_FILE, type SmokeReport } from '../../src/main/smoke'
import * as app from '../../src/main/smokeSwitch'
import { load } from 'js-yaml'
import { electronBinary, linuxSandboxProblem } from '../../scripts/electron-checks.mjs'
import * as script from '../../scripts/smoke.mjs'
import { tempDir } from './harness'

const ROOT = join(__dirname, '../..')
const FAKE_ELECTRON = [join(__dirname, 'fixtures/run-built-smoke.cjs'), ROOT]
const ELECTRON_BUILT_SQLITE = join(__dirname, 'fixtures/sqlite-built-for-electron.cjs')

/**
 * Runs the smoke supervision against a stand-in for Electron (Node with `args`, the smoke switch
 * appended; after `node -e CODE` a `--` keeps it from being read as a Node option), collecting
 * what it printed.
 */
async function supervise(args: string[], timeoutMs?: number) {
  const folder = tempDir('rampart-smoke-')
  let printed = ''
  const outcome = await script.superviseSmokeRun({
    command: process.execPath, args, folder, timeoutMs, output: (chunk: Buffer) => { printed += chunk.toString() }
  })
  return { folder, outcome, printed }
}

/** 'gone' once a process has ended (a zombie waiting for a parent that never reaps it has ended too). */
function processState(pid: number): 'running' | 'gone' {
  try {
    process.kill(pid, 0)
  } catch {
    return 'gone'
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : ''
  return /^\d+ \(.*\) Z /.test(stat) ? 'gone' : 'running'
}

describe('the smoke switch', () => {
  it('is named alike by the script and the app', () => {
    expect(script.SMOKE_SWITCH).toBe(app.SMOKE_SWITCH)
    expect(script.SMOKE_RESULT_FILE).toBe(SMOKE_RESULT_FILE)
    expect(script.SMOKE_TIMEOUT_MS).toBe(90_000)
  })

  it('is honoured only by a run from the source tree, never by an installed app', () => {
    const argv = ['/opt/Rampart/rampart', '--rampart-smoke=/tmp/smoke']
    expect(app.smokeFolderFrom(argv, false)).toBe('/tmp/smoke')
    expect(app.smokeFolderFrom(argv, true)).toBeNull()
    expect(app.smokeFolderFrom(['/opt/Rampart/rampart'], false)).toBeNull()
  })
})

describe('npm run smoke where Electron cannot run', () => {
  it.runIf(electronBinary().problem !== undefined)('exits 1 with what is missing and how to get it, not a stack, and downloads nothing', () => {
    const run = spawnSync(process.execPath, ['scripts/smoke.mjs'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DISPLAY: '' } })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain("smoke: Electron cannot run here yet:\n\n")
    expect(run.stderr).toContain(electronBinary().problem)
    expect(run.stderr).toContain('Run `node node_modules/electron/install.js` on a machine with internet access')
    expect(run.stderr).not.toMatch(/\n\s+at |Downloading|fetch failed/)
  })
})

describe('superviseSmokeRun with the built app (Electron swapped out)', () => {
  it('passes: a scenario created, simulated in the window\'s worker as the engine does, and exported as a board pack that opens', async () => {
    const { folder, outcome, printed } = await supervise(FAKE_ELECTRON)
    expect(outcome, printed).toMatchObject({ ok: true })
    const { report } = outcome as { report: SmokeReport }
    const doc = { ...DEFAULT_SCENARIO, name: 'Smoke test' }
    const median = simulateProjection(doc, projectScenario(doc), { seed: 42, samples: 500 }).horizon.p50
    expect(report.scenario.name).toBe('Smoke test')
    expect(report.simulation).toEqual({ worker: median, engine: median, samples: 500 })
    expect(report.boardPack.path).toBe(join(folder, 'Smoke test board pack.xlsx'))
    expect(report.boardPack.sheets).toEqual(sheetOrder(1))
    expect(readFileSync(report.boardPack.path).subarray(0, 2).toString()).toBe('PK')
    // The run kept its data in the smoke folder, apart from the user's.
    expect(existsSync(join(folder, 'user-data', 'rampart.db'))).toBe(true)
    expect(printed).toMatch(/^\[smoke\] passed: \{/m)
  }, 120_000)

  it('fails with the app\'s reason when the planner cannot open (a database driver built for another runtime)', async () => {
    const { outcome } = await supervise(['-r', ELECTRON_BUILT_SQLITE, ...FAKE_ELECTRON])
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/^the planner did not open: Rampart's database driver does not match this Electron: Run `node scripts\/sqlite-runtime\.mjs electron`/)
    })
  }, 60_000)

  it('ends an app that does not finish in time, with every process it started', async () => {
    // Records its pid and a child's, then waits for ever.
    const hang = "const { spawn } = require('node:child_process'); const { writeFileSync } = require('node:fs');" +
      "const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });" +
      "writeFileSync(process.argv.at(-1).split('=')[1] + '/pids', JSON.stringify([process.pid, child.pid])); setInterval(() => {}, 1000)"
    const folder = tempDir('rampart-smoke-')
    const outcome = await script.superviseSmokeRun({ command: process.execPath, args: ['-e', hang, '--'], folder, timeoutMs: 1500, output: () => {} })
    expect(outcome).toEqual({ ok: false, message: 'the app did not finish the smoke run within 1.5 s; it was ended' })
    for (const pid of JSON.parse(readFileSync(join(folder, 'pids'), 'utf8')) as number[]) {
      await expect.poll(() => processState(pid)).toBe('gone')
    }
  })

  it('fails when the app exits without a result', async () => {
    const { outcome } = await supervise(['-e', 'process.exit(3)', '--'])
    expect(outcome).toEqual({ ok: false, message: 'the app exited (code 3) without a smoke result; its output above says why' })
  })
})

describe('.github/workflows/smoke.yml', () => {
  type Step = { run?: string; uses?: string; if?: string; with?: Record<string, unknown> }
  const workflow = load(readFileSync(join(ROOT, '.github/workflows/smoke.yml'), 'utf8')) as {
    jobs: { smoke: { strategy: { matrix: { os: string[] } }; 'runs-on': string; steps: Step[] } }
  }
  const { smoke } = workflow.jobs
  const commands = smoke.steps.flatMap((step) => (step.run ? step.run.trim().split('\n') : []))

  it('installs, smoke-tests and packages on Linux, macOS and Windows with Node 22, keeping the installers', () => {
    expect(smoke.strategy.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest'])
    expect(smoke['runs-on']).toBe('${{ matrix.os }}')
    expect(smoke.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(22)
    const order = ['npm ci', 'npm run smoke', 'npm run dist -- --publish never'].map((command) => commands.indexOf(command))
    expect(order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1]))).toBe(true)
    const upload = smoke.steps.at(-1)!
    expect(upload.uses).toMatch(/^actions\/upload-artifact@/)
    expect(String(upload.with?.path).trim().split('\n')).toEqual(['dist/*.deb', 'dist/*.dmg', 'dist/*.zip', 'dist/*.exe'])
  })

  it('sets up the Linux sandbox helper with the very commands `npm start` prints', () => {
    // Ubuntu 24.04's setting, where the helper is not set up.
    const procSys = tempDir('rampart-proc-')
    mkdirSync(join(procSys, 'kernel'))
    writeFileSync(join(procSys, 'kernel/apparmor_restrict_unprivileged_userns'), '1\n')
    const electron = join(ROOT, 'node_modules/electron/dist/electron')
    const blocked = linuxSandboxProblem(electron, { procSys, appArmorProfiles: tempDir('rampart-apparmor-'), uid: 1000 })
    const fix = [...blocked!.matchAll(/^ {2}(sudo .*)$/gm)].map(([, command]) => command.replace(`${join(ROOT, 'node_modules')}/`, 'node_modules/'))
    expect(fix).toEqual(['sudo chown root:root node_modules/electron/dist/chrome-sandbox', 'sudo chmod 4755 node_modules/electron/dist/chrome-sandbox'])
    expect(commands.filter((command) => command.startsWith('sudo ch'))).toEqual(fix)
  })
})
