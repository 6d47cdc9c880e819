// Wires one running planner together: the database (opened with the user's say on any problem),
// the hardened window, the IPC handlers, and the menu.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, Menu, app, dialog, ipcMain, session } from 'electron'
import type { EventName, Events, RecentFile } from '../shared/ipc'
import { workerBoardPackBuilder } from './boardPack/runner'
import { electronDialogs } from './electronDialogs'
import { createHandlers, registerHandlers } from './ipc'
import { LaunchMarker } from './launchMarker'
import { buildMenuTemplate } from './menu'
import { RecentFiles } from './recentFiles'
import { hardenSession, senderCheck } from './security'
import { openPlannerDatabase } from './startup'
import { createMainWindow } from './window'

export async function startPlanner(): Promise<BrowserWindow | null> {
  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL ?? null : null
  const pageUrl = devServerUrl ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href
  hardenSession(session.defaultSession, { devServerOrigin: devServerUrl === null ? null : new URL(devServerUrl).origin })

  let window: BrowserWindow | null = null
  const userData = app.getPath('userData')
  const dialogs = electronDialogs(dialog, () => window, app.getPath('documents'))
  const marker = new LaunchMarker(join(userData, 'launch-in-progress.json'))
  const opened = await openPlannerDatabase({ userDataFolder: userData, dialogs, marker })
  if (!opened.ok) return null
  const { session: database } = opened
  app.once('will-quit', () => database.close())

  window = createMainWindow(BrowserWindow, { preloadPath: join(__dirname, '../preload/index.js'), devTools: !app.isPackaged })
  const send = <E extends EventName>(event: E, payload: Events[E]) => {
    if (window !== null && !window.isDestroyed()) window.webContents.send(event, payload)
  }
  const recentFiles = new RecentFiles(join(userData, 'recent-files.json'))
  const installMenu = (files: RecentFile[]) => Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({
    isMac: process.platform === 'darwin',
    devTools: !app.isPackaged,
    recentFiles: files,
    send: (command) => send('menu/command', command),
    clearRecentFiles: () => {
      recentFiles.clear()
      app.clearRecentDocuments()
      installMenu([])
    }
  })))
  installMenu(recentFiles.list())

  registerHandlers(ipcMain, createHandlers({
    database, dialogs, recentFiles, send,
    buildBoardPack: workerBoardPackBuilder(join(__dirname, 'boardPackWorker.js')),
    app: { version: app.getVersion(), platform: process.platform },
    onRecentFilesChanged: (files) => {
      if (files[0]) app.addRecentDocument(files[0].path)
      installMenu(files)
    }
  }), { isTrustedSender: senderCheck(pageUrl), onUnexpectedError: (channel, error) => console.error(`[ipc] ${channel}:`, error) })

  // The launch has finished once the planner page has loaded: from then on a crash is not a
  // start-up crash, and the next launch need not ask before opening the database.
  window.webContents.once('did-finish-load', () => marker.finish())
  await window.loadURL(pageUrl)
  for (const warning of opened.warnings) {
    void dialogs.ask({ type: 'warning', message: 'Rampart opened the planner with a warning', detail: warning, buttons: ['OK'] })
  }
  return window
}
