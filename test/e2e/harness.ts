// Runs the built renderer in Debian's Chromium with the real IPC handlers behind it: a real
// database in a temp folder, the real registration helper (payload validation and all), scripted
// native dialogs, and `window.rampart` built by the shared builder in place of the preload.
// Electron itself is the only thing not real.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, normalize, resolve, sep } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, expect } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import type { ScenarioDoc } from '../../src/core/scenario'
import { openDatabase } from '../../src/store'
import { DatabaseSession } from '../../src/main/database'
import { createHandlers, registerHandlers } from '../../src/main/ipc'
import { RecentFiles } from '../../src/main/recentFiles'
import { contentTypeOf } from '../../src/main/appProtocol'
import { CONTENT_SECURITY_POLICY, senderCheck } from '../../src/main/security'
import { VIEWS } from '../../src/renderer/src/session/navigation'
import type { Channel, EventName, Events } from '../../src/shared/ipc'
import { FakeIpcMain, inThreadActualsTable, inThreadBoardPack, PAGE_URL, RecordingShell, ScriptedDialogs } from '../shell/harness'

const ROOT = resolve(__dirname, '../..')
const RENDERER_OUT = join(ROOT, 'out/renderer')
/** The views a test visits one by one: all but the editor, whose tabs it visits instead. */
export const VIEWS_BUT_EDITOR = VIEWS.filter((view) => view !== 'editor')

/** Where the tests' screenshots go; startApp makes it. */
export const SHOTS = join(ROOT, 'test-output', 'e2e')

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'
]

const BUILD_LOCK = join(ROOT, 'out', '.e2e-build-lock')
const BUILD_LOCK_WAIT_MS = 180_000

/**
 * Builds the app unless out/renderer is newer than every renderer, engine and contract source.
 * Test files run in parallel, so one builds while the others wait on a lock folder.
 */
export function ensureBuiltRenderer(): void {
  if (isRendererFresh()) return
  mkdirSync(join(ROOT, 'out'), { recursive: true })
  const giveUpAt = Date.now() + BUILD_LOCK_WAIT_MS
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK)
      break
    } catch {
      if (Date.now() > giveUpAt) throw new Error(`${BUILD_LOCK} is still there; remove it if no build is running`)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250)
    }
  }
  try {
    if (!isRendererFresh()) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'pipe' })
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true })
  }
}

function isRendererFresh(): boolean {
  const index = join(RENDERER_OUT, 'index.html')
  const built = existsSync(index) ? statSync(index).mtimeMs : 0
  return built >= Math.max(...['src/renderer', 'src/core', 'src/shared'].map((dir) => newestIn(join(ROOT, dir))))
}

function newestIn(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs)
  }
  return newest
}

/**
 * Reports every CSP violation as a console error, so the tests' "no console errors" checks fail on
 * one. Chromium fires the event without logging anything the page's console shows, even when the
 * script that caused it caught the refusal (zod's probe for `new Function` did exactly that).
 */
const REPORT_CSP_VIOLATIONS = (target: string) =>
  `${target}.addEventListener('securitypolicyviolation', (event) => console.error(` +
  '`CSP violation: ${event.violatedDirective} refused ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`));\n'

/** Module workers: their own scope sees their violations (the page's listener does not). */
const WORKER_SCRIPT = /\.worker-[\w-]+\.js$/

/**
 * Serves out/renderer on 127.0.0.1 as app:// does (src/main/appProtocol.ts): its content types,
 * and the app's CSP as a header on every response, which is the policy the simulation worker runs
 * under. Each worker script starts with a listener that reports CSP violations in the worker:
 * imports run first, but violations are dispatched as later tasks, so those raised while zod's
 * module loaded still reach it. /favicon.ico answers empty.
 */
export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    const file = normalize(join(RENDERER_OUT, pathname === '/' ? 'index.html' : pathname))
    if (!file.startsWith(RENDERER_OUT + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    response.writeHead(200, {
      'content-type': contentTypeOf(file),
      'cache-control': 'no-store',
      'content-security-policy': CONTENT_SECURITY_POLICY
    })
    const body = readFileSync(file)
    response.end(WORKER_SCRIPT.test(file) ? REPORT_CSP_VIOLATIONS('self') + body.toString('utf8') : body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('server has no port')
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((done) => server.close(() => done()))
  }
}

/** The bridge (test/e2e/bridge.ts with the shared builder) as one script for addInitScript. */
async function bridgeScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: false,
      lib: { entry: join(__dirname, 'bridge.ts'), formats: ['iife'], name: 'RampartBridge' }
    }
  })
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string }[] }[]
  const chunk = outputs[0].output.find((o) => o.type === 'chunk')
  if (!chunk?.code) throw new Error('the bridge did not build')
  return chunk.code
}

export interface RunningApp {
  page: Page
  context: BrowserContext
  dialogs: ScriptedDialogs
  /** Electron's shell: what the page asked main to open or show in its folder. */
  shell: RecordingShell
  session: DatabaseSession
  folder: string
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[]
  /** Every event main sent to the page, in order (board-pack progress, say). */
  events: SentEvent[]
  /** What the page reported of its life cycle through `app/ready` and `app/flushed`, in order. */
  lifecycle: ('ready' | 'flushed')[]
  /** Calls a channel the way the page does, returning the value or throwing on a refusal. */
  call: <T>(channel: Channel, ...args: unknown[]) => Promise<T>
  /** Pushes an event into the page as main would (a menu command, the close request). */
  emit: <E extends EventName>(event: E, payload: Events[E]) => Promise<void>
  close: () => Promise<void>
}

export type SentEvent = { [E in EventName]: { event: E; payload: Events[E] } }[EventName]

export interface StartOptions {
  /** Scenarios stored before the page opens; the default scenario when omitted, none for a first launch. */
  seed?: ScenarioDoc[]
  viewport?: { width: number; height: number }
  /** Appended to the page address, as main does for a safe start (`?safe=1`). */
  query?: string
  /** Runs in the page before the app's own scripts (to break something on purpose). */
  initScript?: string
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  ensureBuiltRenderer()
  mkdirSync(SHOTS, { recursive: true })
  const folder = mkdtempSync(join(tmpdir(), 'rampart-e2e-'))
  const opened = await openDatabase(join(folder, 'rampart.db'), { backupDir: join(folder, 'backups') })
  if (!opened.ok) throw new Error(opened.message)
  for (const doc of options.seed ?? [DEFAULT_SCENARIO]) opened.store.createScenario(doc)
  const session = new DatabaseSession(opened.store)
  const dialogs = new ScriptedDialogs()
  const shell = new RecordingShell()
  const ipc = new FakeIpcMain()
  let page: Page | null = null
  const events: SentEvent[] = []
  const lifecycle: RunningApp['lifecycle'] = []
  const emit = async <E extends EventName>(event: E, payload: Events[E]): Promise<void> => {
    await page?.evaluate(([e, p]) => (window as unknown as { __rampartEmit: (e: string, p: unknown) => void }).__rampartEmit(e, p),
      [event, payload] as [string, unknown])
  }
  const handlers = createHandlers({
    database: session,
    dialogs,
    shell,
    recentFiles: new RecentFiles(join(folder, 'recent-files.json')),
    buildBoardPack: inThreadBoardPack,
    readActualsTable: inThreadActualsTable,
    send: <E extends EventName>(event: E, payload: Events[E]) => {
      events.push({ event, payload } as SentEvent)
      void emit(event, payload).catch(() => {})
    },
    app: { version: '0.1.0-e2e', platform: process.platform },
    lifecycle: { ready: () => lifecycle.push('ready'), flushed: () => lifecycle.push('flushed') }
  })
  registerHandlers(ipc, handlers, { isTrustedSender: senderCheck(PAGE_URL) })

  const server = await serveRenderer()
  const profile = mkdtempSync(join(tmpdir(), 'rampart-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: false
  })
  const consoleErrors: string[] = []
  await context.exposeFunction('__rampartInvoke', (channel: Channel, args: unknown[]) => ipc.invoke(channel, args))
  await context.addInitScript({ content: await bridgeScript() })
  await context.addInitScript({ content: REPORT_CSP_VIOLATIONS('document') })
  if (options.initScript) await context.addInitScript({ content: options.initScript })
  page = context.pages()[0] ?? await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`))
  await page.goto(`${server.url}${options.query ?? ''}`)

  return {
    page, context, dialogs, shell, session, folder, consoleErrors, events, lifecycle, emit,
    call: (channel, ...args) => ipc.call(channel, ...args),
    close: async () => {
      await context.close()
      await server.close()
      session.close()
      rmSync(profile, { recursive: true, force: true })
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

/**
 * One app for the whole test file: started before its first test, closed after its last. A console
 * error seen at any point fails the run, including one logged after a test's own check or by a
 * test without one. `opened` receives the running app once the page has loaded (to keep it, wait
 * for the window, go to a view).
 */
export function startAppForFile(options: StartOptions, opened: (app: RunningApp) => Promise<void>): void {
  let app: RunningApp | undefined
  beforeAll(async () => {
    app = await startApp(options)
    await opened(app)
  })
  afterAll(async () => {
    const errors = app?.consoleErrors ?? []
    await app?.close()
    expect(errors).toEqual([])
  })
}
