// The Electron main process entry: one instance per user, every window hardened, then the planner.
import { app, dialog, protocol } from 'electron'
import { startPlanner } from './app'
import { registerAppScheme } from './appProtocol'
import { chooseDataFolder } from './dataFolder'
import { hardenWebContents } from './security'
import { smokeFolderFrom } from './smokeSwitch'

// Every renderer sandboxed, whatever its options say.
app.enableSandbox()
// The page is served from app://rampart (src/main/appProtocol.ts); schemes are fixed before ready.
registerAppScheme(protocol)

// `npm run smoke` runs the built app with a switch (src/main/smokeSwitch.ts); installed apps ignore it.
const smokeFolder = smokeFolderFrom(process.argv, app.isPackaged)
// The data folder first: the single-instance lock below lives in it.
chooseDataFolder(app, smokeFolder)

// Two processes must never open the same database: a second launch focuses the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let plannerWindow: Electron.BrowserWindow | null = null
  app.on('second-instance', () => {
    if (plannerWindow === null || plannerWindow.isDestroyed()) return
    if (plannerWindow.isMinimized()) plannerWindow.restore()
    plannerWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('window-all-closed', () => app.quit())
  if (smokeFolder !== null) {
    // Loaded only now: a normal start does without the smoke run's code and the workbook library.
    void app.whenReady().then(() => import('./smokeLaunch')).then(({ startSmokeRun }) => startSmokeRun(smokeFolder))
  } else {
    app.whenReady()
      .then(() => startPlanner())
      .then((window) => {
        if (window === null) app.quit()
        plannerWindow = window
      })
      .catch((error: unknown) => {
        console.error('Rampart could not start:', error)
        dialog.showErrorBox('Rampart could not start', error instanceof Error ? error.message : String(error))
        app.exit(1)
      })
  }
}
