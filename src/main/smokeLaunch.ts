// The smoke run in Electron (what it checks: src/main/smoke.ts): the planner started as usual but
// with dialogs nobody has to answer, the page's console watched from the start, and the checks
// run once the page reports a rendered scenario. Ends the process: 0 when every check passed,
// 1 with the reason on stderr and in smoke-result.json otherwise.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'
import { RENDERER_FOLDER, startPlanner } from './app'
import { runSmoke, smokeDialogs, writeSmokeResult } from './smoke'

export async function startSmokeRun(folder: string): Promise<void> {
  try {
    const dialogs = smokeDialogs(folder)
    const consoleErrors: string[] = []
    let pageReady: () => void = () => {}
    const ready = new Promise<void>((resolve) => { pageReady = resolve })
    const window = await startPlanner({
      dialogs,
      onWindow: (created) => created.webContents.on('console-message', ({ level, message }) => {
        if (level === 'error') consoleErrors.push(message)
      }),
      onPageReady: () => pageReady()
    })
    if (window === null) {
      throw new Error(`the planner did not open: ${dialogs.asked.map((question) => `${question.message}: ${question.detail}`).join('\n') || 'no reason given'}`)
    }
    await ready
    const report = await runSmoke({
      page: { evaluate: (code) => window.webContents.executeJavaScript(code), consoleErrors },
      folder,
      workerPath: `assets/${simulationWorkerFile()}`,
      asked: dialogs.asked
    })
    writeSmokeResult(folder, { ok: true, report })
    process.stdout.write(`[smoke] passed: ${JSON.stringify(report)}\n`)
    app.exit(0)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    writeSmokeResult(folder, { ok: false, message })
    process.stderr.write(`[smoke] failed: ${message}\n`)
    app.exit(1)
  }
}

/** The built renderer names its worker script with a content hash. */
function simulationWorkerFile(): string {
  const assets = join(RENDERER_FOLDER, 'assets')
  const found = readdirSync(assets).filter((name) => /^simulation\.worker-[\w-]+\.js$/.test(name))
  if (found.length !== 1) throw new Error(`expected one simulation worker script in ${assets}, found ${found.length}`)
  return found[0]
}
