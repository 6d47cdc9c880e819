// The one application window. Its options are written out here in full (and read back by
// test/shell/hardening.test.ts through a fake BrowserWindow) so every security setting is visible.
import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron'

export type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow

export interface MainWindowOptions {
  preloadPath: string
  /** Developer tools only in an unpackaged build. */
  devTools: boolean
}

export function createMainWindow(BrowserWindow: BrowserWindowConstructor, options: MainWindowOptions): ElectronBrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Rampart',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Dropping a file must reach the page's drop handler, never navigate the window to it.
      navigateOnDragDrop: false,
      // Middle-click could otherwise try to open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      // The spellchecker downloads dictionaries; the app loads nothing remote.
      spellcheck: false,
      safeDialogs: true,
      devTools: options.devTools
    }
  })
  window.once('ready-to-show', () => window.show())
  return window
}
