// Wires one running planner together: the database (opened with the user's say on any problem),
// the app:// protocol, the hardened window and its life cycle, the IPC handlers, and the menu.
import { join } from 'node:path'
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron'
import type { EventName, Events, RecentFile } from '../shared'
import { APP_ORIGIN, APP_PAGE_URL, serveAppFiles } from './appProtocol'
import { paperForLocale } from '../core/paper'
import { workerActualsTableReader } from './actualsTable/runner'
import { workerBoardPackBuilder } from './boardPack/runner'
import { electronDialogs, type NativeDialogs } from './electronDialogs'
import { createHandlers, registerHandlers } from './ipc'
import { LaunchMarker } from './launchMarker'
import { buildMenuTemplate } from './menu'
import { gateMenuCommands } from './menuGate'
import { RecentFiles } from './recentFiles'
import { hardenSession, senderCheck } from './security'
import { openPlannerDatabase } from './startup'
import { createMainWindow } from './window'
import { WindowLifecycle, withSafeStart } from './windowLifecycle'

/** Where the built app's files are, relative to this file (out/main/index.js). */
const BUILT_PATHS = {
  renderer: '../renderer',
  preload: '../preload/index.js',
  boardPackWorker: 'boardPackWorker.js',
  actualsTableWorker: 'actualsTableWorker.js'
} as const

/** Stand-ins and observers for the smoke run (src/main/smokeLaunch.ts); a normal start passes none. */
export interface PlannerOptions {
  /** Replaces the native dialogs. */
  dialogs?: NativeDialogs
  /** Called with the window before its page loads. */
  onWindow?: (window: BrowserWindow) => void
  /** Called when the page reports its first rendered scenario ('app/ready'). */
  onPageReady?: () => void
}

/** Where the built renderer's files are, for the smoke run to find its worker script. */
export const RENDERER_FOLDER = join(__dirname, BUILT_PATHS.renderer)

export async function startPlanner(options: PlannerOptions = {}): Promise<BrowserWindow | null> {
  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL ?? null : null
  const pageUrl = devServerUrl ?? APP_PAGE_URL
  serveAppFiles(protocol, RENDERER_FOLDER)
  hardenSession(session.defaultSession, {
    appOrigin: APP_ORIGIN,
    devServerOrigin: devServerUrl === null ? null : new URL(devServerUrl).origin,
    allowDevTools: !app.isPackaged
  })

  let window: BrowserWindow | null = null
  const userData = app.getPath('userData')
  const dialogs = options.dialogs ?? electronDialogs(dialog, () => window, app.getPath('documents'))
  const marker = new LaunchMarker(join(userData, 'launch-in-progress.json'))
  const opened = await openPlannerDatabase({ userDataFolder: userData, dialogs, marker, packaged: app.isPackaged })
  if (!opened.ok) return null
  const { session: database } = opened
  // Electron emits 'will-quit' only once every window has closed, and the window closes only
  // after the page has saved (or failed to answer in time): no save can reach a closed database.
  app.once('will-quit', () => database.close())

  const plannerWindow = createMainWindow(BrowserWindow, {
    preloadPath: join(__dirname, BUILT_PATHS.preload), devTools: !app.isPackaged
  })
  window = plannerWindow
  options.onWindow?.(plannerWindow)
  const send = <E extends EventName>(event: E, payload: Events[E]) => {
    if (!plannerWindow.isDestroyed()) plannerWindow.webContents.send(event, payload)
  }
  const load = (url: string) => plannerWindow.loadURL(url).catch((error: unknown) => console.error('[window] load failed:', error))
  const lifecycle = new WindowLifecycle({
    marker,
    requestFlush: (request) => send('app/flushBeforeClose', request),
    close: () => {
      if (!plannerWindow.isDestroyed()) plannerWindow.close()
    },
    destroy: () => {
      if (!plannerWindow.isDestroyed()) plannerWindow.destroy()
    },
    reloadSafely: () => void load(withSafeStart(pageUrl)),
    killRenderer: () => plannerWindow.webContents.forcefullyCrashRenderer(),
    ask: (question) => dialogs.ask(question),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)
  })
  plannerWindow.on('close', (event) => lifecycle.onCloseRequested(event))
  plannerWindow.webContents.on('render-process-gone', (_event, details) => lifecycle.onRendererGone(details.reason))
  plannerWindow.webContents.on('unresponsive', () => lifecycle.onUnresponsive())

  const recentFiles = new RecentFiles(join(userData, 'recent-files.json'))
  const sendMenuCommand = gateMenuCommands((command) => send('menu/command', command), {
    nativeDialogOpen: () => dialogs.isOpen,
    pageHasFocus: () => !plannerWindow.isDestroyed() && plannerWindow.isFocused() && plannerWindow.webContents.isFocused()
  })
  const installMenu = (files: RecentFile[]) => Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({
    isMac: process.platform === 'darwin',
    devTools: !app.isPackaged,
    recentFiles: files,
    send: sendMenuCommand,
    clearRecentFiles: () => {
      recentFiles.clear()
      app.clearRecentDocuments()
      installMenu([])
    }
  })))
  installMenu(recentFiles.list())

  registerHandlers(ipcMain, createHandlers({
    database, dialogs, recentFiles, send, ownFiles: [marker.file],
    shell: { openPath: (path) => shell.openPath(path), showItemInFolder: (path) => shell.showItemInFolder(path) },
    lifecycle: {
      ready: () => {
        lifecycle.ready()
        options.onPageReady?.()
      },
      flushed: () => lifecycle.flushed()
    },
    buildBoardPack: workerBoardPackBuilder(join(__dirname, BUILT_PATHS.boardPackWorker)),
    readActualsTable: workerActualsTableReader(join(__dirname, BUILT_PATHS.actualsTableWorker)),
    // The operating system's region, which sets the paper people have in their printers.
    defaultPaper: paperForLocale(app.getSystemLocale()),
    app: { version: app.getVersion(), platform: process.platform },
    onRecentFilesChanged: (files) => {
      if (files[0]) app.addRecentDocument(files[0].path)
      installMenu(files)
    }
  }), { isTrustedSender: senderCheck(pageUrl), onUnexpectedError: (channel, error) => console.error(`[ipc] ${channel}:`, error) })

  // After a launch that never finished, open on the scenario list rather than the last scenario.
  await load(opened.safeStart ? withSafeStart(pageUrl) : pageUrl)
  for (const warning of opened.warnings) {
    void dialogs.ask({ type: 'warning', message: 'Rampart opened the planner with a warning', detail: warning, buttons: ['OK'] })
  }
  void opened.dailyBackup.then((warning) => {
    if (warning !== null) void dialogs.ask({ type: 'warning', message: 'The automatic backup failed', detail: warning, buttons: ['OK'] })
  })
  return plannerWindow
}
