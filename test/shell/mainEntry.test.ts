// The main process entry, end to end with Electron replaced by stand-ins: the sandbox, the app://
// scheme and the single-instance lock come first, and a first launch opens the database in the
// user-data folder, registers every channel, hardens the session and every web contents, builds
// the menu, loads the page from app://rampart, clears the crash-loop marker when the page reports
// a rendered scenario, and lets the page save before the window closes. (The built output is
// checked in builtOutput.test.ts.)
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS, type IpcResult } from '../../src/shared/ipc'
import { FakeIpcMain, tempDir } from './harness'

type Listener = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => ({
  electron: {} as Record<string, unknown>
}))
vi.mock('electron', () => fake.electron)

function fakeElectron(options: { userData: string; singleInstance: boolean; packaged?: boolean }) {
  const calls: string[] = []
  const paths = new Map([['userData', options.userData], ['appData', join(options.userData, 'appData')]])
  const appListeners = new Map<string, Listener>()
  const windows: FakeWindow[] = []
  const ipcMain = new FakeIpcMain()
  const session = { permissionRequest: null as Listener | null, beforeRequest: null as Listener | null }
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>()
  let menu: unknown = null
  let resolveLoaded: (url: string) => void = () => {}
  const loaded = new Promise<string>((resolve) => { resolveLoaded = resolve })

  class FakeWindow {
    readonly listeners = new Map<string, Listener>()
    readonly contentsListeners = new Map<string, Listener>()
    readonly sent: unknown[][] = []
    closed = false
    /** Where the keyboard is: the page, the developer tools, or another app. */
    focus: 'page' | 'devtools' | 'elsewhere' = 'page'
    readonly webContents = {
      on: (event: string, listener: Listener) => this.contentsListeners.set(event, listener),
      send: (...args: unknown[]) => this.sent.push(args),
      forcefullyCrashRenderer: () => calls.push('forcefullyCrashRenderer'),
      isFocused: () => this.focus === 'page'
    }
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this)
    }
    on(event: string, listener: Listener): void {
      this.listeners.set(event, listener)
    }
    once(): void {}
    isDestroyed(): boolean { return this.closed }
    isVisible(): boolean { return true }
    isFocused(): boolean { return this.focus !== 'elsewhere' }
    /** Electron emits 'close' first; a listener may prevent it. */
    close(): void {
      let prevented = false
      this.listeners.get('close')?.({ preventDefault: () => { prevented = true } })
      if (!prevented) this.closed = true
    }
    destroy(): void {
      this.closed = true
    }
    async loadURL(url: string): Promise<void> {
      resolveLoaded(url)
    }
  }

  fake.electron.app = {
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => { calls.push('requestSingleInstanceLock'); return options.singleInstance },
    quit: () => calls.push('quit'),
    exit: (code: number) => calls.push(`exit ${code}`),
    on: (event: string, listener: Listener) => appListeners.set(event, listener),
    once: (event: string, listener: Listener) => appListeners.set(event, listener),
    whenReady: () => { calls.push('whenReady'); return Promise.resolve() },
    isPackaged: options.packaged ?? true,
    getName: () => 'Rampart',
    getSystemLocale: () => 'en-US',
    getPath: (name: string) => paths.get(name) ?? join(options.userData, name),
    setPath: (name: string, path: string) => {
      // As Electron does (app.setPath in its API documentation).
      if (!existsSync(path)) throw new Error(`${path} does not exist`)
      calls.push(`setPath ${name} ${path}`)
      paths.set(name, path)
    },
    getVersion: () => '1.2.3',
    addRecentDocument: () => {},
    clearRecentDocuments: () => {}
  }
  fake.electron.BrowserWindow = FakeWindow
  fake.electron.protocol = {
    registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => calls.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler)
  }
  fake.electron.ipcMain = ipcMain
  fake.electron.Menu = { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (built: unknown) => { menu = built } }
  fake.electron.session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => { session.permissionRequest = handler },
      setPermissionCheckHandler: () => {},
      webRequest: { onBeforeRequest: (handler: Listener) => { session.beforeRequest = handler } }
    }
  }
  // Save dialogs wait until the test answers them, as a user would.
  const saveAnswers: ((answer: { canceled: boolean; filePath?: string }) => void)[] = []
  fake.electron.shell = {
    openPath: async (path: string) => { calls.push(`openPath ${path}`); return '' },
    showItemInFolder: (path: string) => calls.push(`showItemInFolder ${path}`)
  }
  fake.electron.dialog = {
    showErrorBox: (title: string, content: string) => calls.push(`error box: ${title}: ${content}`),
    showMessageBox: async () => ({ response: 0 }),
    showSaveDialog: () => new Promise((resolve) => saveAnswers.push(resolve))
  }
  return { calls, appListeners, windows, ipcMain, session, protocolHandlers, loaded, menu: () => menu, saveAnswers }
}

/** Runs the main entry against a fresh Electron stand-in whose user-data folder is a new temp folder. */
async function launchMain(options: { singleInstance: boolean; packaged?: boolean }) {
  const userData = tempDir('rampart-entry-')
  const electron = fakeElectron({ userData, ...options })
  await import('../../src/main/index')
  return { userData, electron }
}

let savedRendererUrl: string | undefined
beforeEach(() => {
  vi.resetModules()
  savedRendererUrl = process.env.ELECTRON_RENDERER_URL
  delete process.env.ELECTRON_RENDERER_URL
})
afterEach(() => {
  if (savedRendererUrl !== undefined) process.env.ELECTRON_RENDERER_URL = savedRendererUrl
})

describe('a second launch', () => {
  it('quits at once without opening the database', async () => {
    const { userData, electron } = await launchMain({ singleInstance: false })
    expect(electron.calls).toEqual(['enableSandbox', 'registerSchemesAsPrivileged app', 'requestSingleInstanceLock', 'quit'])
    expect(existsSync(join(userData, 'rampart.db'))).toBe(false)
  })
})

describe('a run from the source tree (not packaged)', () => {
  it('keeps its data, and its single-instance lock, in <appData>/Rampart-dev, apart from the installed app', async () => {
    const { userData, electron } = await launchMain({ singleInstance: true, packaged: false })
    await electron.loaded
    const devFolder = join(userData, 'appData', 'Rampart-dev')
    expect(electron.calls.slice(0, 4)).toEqual([
      'enableSandbox', 'registerSchemesAsPrivileged app', `setPath userData ${devFolder}`, 'requestSingleInstanceLock'
    ])
    expect(existsSync(join(devFolder, 'rampart.db'))).toBe(true)
    expect(existsSync(join(userData, 'rampart.db'))).toBe(false)
    electron.appListeners.get('will-quit')!()
  })
})

describe('a first launch', () => {
  it('opens the planner with every safeguard in place', async () => {
    const { userData, electron } = await launchMain({ singleInstance: true })
    const url = await electron.loaded
    expect(electron.calls.slice(0, 4)).toEqual(['enableSandbox', 'registerSchemesAsPrivileged app', 'requestSingleInstanceLock', 'whenReady'])

    // The page comes from the app:// scheme, which serves the renderer folder next to main's
    // (here the source folder src/renderer, since the test runs src/main).
    expect(url).toBe('app://rampart/index.html')
    const served = await electron.protocolHandlers.get('app')!(new Request(url))
    expect(served.status).toBe(200)
    expect(await served.text()).toMatch(/<div id="root">/)
    const [window] = electron.windows
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false })

    // The database lives in the user-data folder, empty until the user chooses on the start
    // screen; the launch is unfinished until the page reports it has rendered.
    expect(existsSync(join(userData, 'rampart.db'))).toBe(true)
    expect(existsSync(join(userData, 'launch-in-progress.json'))).toBe(true)
    expect(await electron.ipcMain.invoke('app/ready', [], url)).toEqual({ ok: true, value: undefined })
    expect(existsSync(join(userData, 'launch-in-progress.json'))).toBe(false)

    // Every channel answers the page, and only the page.
    expect([...electron.ipcMain.listeners.keys()].sort()).toEqual([...CHANNELS].sort())
    const list = await electron.ipcMain.invoke('scenario/list', [], url) as IpcResult<{ name: string }[]>
    expect(list).toEqual({ ok: true, value: [] })
    expect((await electron.ipcMain.invoke('scenario/list', [], 'https://example.com/')).ok).toBe(false)

    // Session and web contents are hardened; the menu is installed.
    let answer: unknown
    electron.session.permissionRequest!({}, 'media', (granted: unknown) => { answer = granted })
    expect(answer).toBe(false)
    electron.session.beforeRequest!({ url: 'https://example.com/x.js' }, (response: unknown) => { answer = response })
    expect(answer).toEqual({ cancel: true })
    const contentsListeners = new Map<string, Listener>()
    electron.appListeners.get('web-contents-created')!({}, {
      on: (event: string, listener: Listener) => contentsListeners.set(event, listener),
      setWindowOpenHandler: () => {}
    })
    let prevented = false
    contentsListeners.get('will-navigate')!({ preventDefault: () => { prevented = true } })
    expect(prevented).toBe(true)
    expect(Array.isArray(electron.menu())).toBe(true)

    // After an export, the page's "Open" and "Show in folder" reach Electron's shell, for that file only.
    const exported = join(userData, 'all plans.json')
    const exporting = electron.ipcMain.invoke('file/exportAll', [], url)
    await expect.poll(() => electron.saveAnswers.length).toBe(1)
    electron.saveAnswers[0]({ canceled: false, filePath: exported })
    expect(await exporting).toEqual({ ok: true, value: { canceled: false, path: exported } })
    expect(await electron.ipcMain.invoke('export/open', [exported], url)).toEqual({ ok: true, value: undefined })
    expect(await electron.ipcMain.invoke('export/showInFolder', [exported], url)).toEqual({ ok: true, value: undefined })
    expect((await electron.ipcMain.invoke('export/open', [join(userData, 'rampart.db')], url)).ok).toBe(false)
    expect(electron.calls.filter((call) => /^(openPath|showItemInFolder) /.test(call))).toEqual([
      `openPath ${exported}`, `showItemInFolder ${exported}`
    ])

    // Closing waits for the page to save: the flush request goes out, the close is held, and the
    // page's answer closes the window; only then does quitting close the database.
    window.close()
    expect(window.closed).toBe(false)
    expect(window.sent).toContainEqual(['app/flushBeforeClose', { timeoutMs: 3000 }])
    await electron.ipcMain.invoke('app/flushed', [], url)
    expect(window.closed).toBe(true)
    expect(existsSync(join(userData, 'rampart.db-wal'))).toBe(true)
    electron.appListeners.get('will-quit')!()
    // SQLite removes the write-ahead log when the last connection closes.
    expect(existsSync(join(userData, 'rampart.db-wal'))).toBe(false)
  })
})

describe('the menu', () => {
  it('passes its commands to the page only while the user is in the page and no dialog is open', async () => {
    const { electron } = await launchMain({ singleInstance: true })
    const url = await electron.loaded
    const [window] = electron.windows
    type Item = { label?: string; submenu?: Item[]; click?: () => void }
    const find = (items: Item[], label: string) => items.find((entry) => entry.label === label)!
    const undo = () => find(find(electron.menu() as Item[], '&Edit').submenu!, 'Undo').click!()
    const commandsSent = () => window.sent.filter(([event]) => event === 'menu/command').map(([, payload]) => payload)

    undo()
    expect(commandsSent()).toEqual([{ command: 'undo' }])
    // Cmd+Z typed in the developer tools, or the app not in front: nothing reaches the page.
    window.focus = 'devtools'
    undo()
    window.focus = 'elsewhere'
    undo()
    expect(commandsSent()).toEqual([{ command: 'undo' }])

    // Cmd+Z typed in a save sheet: the sheet is the app's own, the window still has focus.
    window.focus = 'page'
    const exporting = electron.ipcMain.invoke('file/exportAll', [], url)
    await expect.poll(() => electron.saveAnswers.length).toBe(1)
    undo()
    expect(commandsSent()).toEqual([{ command: 'undo' }])
    electron.saveAnswers[0]({ canceled: true })
    expect(await exporting).toEqual({ ok: true, value: { canceled: true } })
    undo()
    expect(commandsSent()).toEqual([{ command: 'undo' }, { command: 'undo' }])
  })
})
