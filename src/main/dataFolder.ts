// Where this run keeps its database, backups and single-instance lock. The installed app uses
// Electron's default, `<appData>/Rampart` (from productName in package.json). A run from the
// source tree (`npm start`, `npm run dev`) is also called Rampart, so it gets its own
// `<appData>/Rampart-dev`: otherwise it would open the installed app's rampart.db, and the two
// would not even exclude each other, since Electron keys the single-instance lock on this folder.
// A smoke run (src/main/smoke.ts) keeps everything in its own folder, so it can run beside
// either. It must therefore be set before the lock is requested.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { App } from 'electron'

export function chooseDataFolder(app: Pick<App, 'isPackaged' | 'getName' | 'getPath' | 'setPath'>, smokeFolder: string | null): void {
  if (app.isPackaged) return
  const folder = smokeFolder === null ? join(app.getPath('appData'), `${app.getName()}-dev`) : join(smokeFolder, 'user-data')
  // Electron refuses a folder that does not exist yet.
  mkdirSync(folder, { recursive: true })
  app.setPath('userData', folder)
}
