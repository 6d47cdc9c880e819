// Electron's native dialogs behind the small interfaces the handlers and start-up use.
import { join } from 'node:path'
import type { BrowserWindow, Dialog } from 'electron'
import type { DialogsLike } from './ipc'
import type { StartupDialogs } from './startup'

export function electronDialogs(
  dialog: Dialog, parentWindow: () => BrowserWindow | null, documentsFolder: string
): DialogsLike & StartupDialogs {
  const parent = () => {
    const window = parentWindow()
    return window !== null && !window.isDestroyed() ? window : undefined
  }
  return {
    async ask(question) {
      const options = { ...question, defaultId: 0, cancelId: question.buttons.length - 1, noLink: true, title: 'Rampart' }
      const window = parent()
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)
      return response
    },
    async chooseBackupFile(backupsFolder) {
      const options = {
        title: 'Choose a Rampart backup', defaultPath: backupsFolder,
        filters: [{ name: 'Rampart backup', extensions: ['db'] }], properties: ['openFile' as const]
      }
      const window = parent()
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    async openFiles({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const, 'multiSelections' as const] }
      const window = parent()
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
    },
    async saveFile({ title, defaultName, filters }) {
      const options = { title, filters, defaultPath: join(documentsFolder, defaultName) }
      const window = parent()
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    }
  }
}
