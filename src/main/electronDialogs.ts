// Electron's native dialogs behind the small interfaces the handlers and start-up use.
// - A dialog is attached to the window only while the window is visible: a sheet on a window that
//   was never shown (the page died before its first paint) would be invisible on macOS, and the
//   question could never be answered.
// - `isOpen` says whether one is showing, so menu commands can wait until it is answered
//   (src/main/menuGate.ts).
import { join } from 'node:path'
import type { BrowserWindow, Dialog } from 'electron'
import type { DialogsLike } from './ipc'
import type { StartupDialogs } from './startup'

export type NativeDialogs = DialogsLike & StartupDialogs & {
  /** True while a native dialog is showing and waiting for the user. */
  readonly isOpen: boolean
}

type DialogMethods = Pick<Dialog, 'showMessageBox' | 'showOpenDialog' | 'showSaveDialog'>

export function electronDialogs(
  dialog: DialogMethods, parentWindow: () => BrowserWindow | null, documentsFolder: string
): NativeDialogs {
  let open = 0
  /** Shows a dialog attached to the window when it is on screen, free-standing otherwise. */
  const show = async <T>(showDialog: (parent: BrowserWindow | null) => Promise<T>): Promise<T> => {
    const window = parentWindow()
    open++
    try {
      return await showDialog(window !== null && !window.isDestroyed() && window.isVisible() ? window : null)
    } finally {
      open--
    }
  }
  return {
    get isOpen() {
      return open > 0
    },
    async ask(question) {
      const options = { ...question, defaultId: 0, cancelId: question.buttons.length - 1, noLink: true, title: 'Rampart' }
      const { response } = await show((parent) => (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options)))
      return response
    },
    async chooseBackupFile(backupsFolder) {
      const options = {
        title: 'Choose a Rampart backup', defaultPath: backupsFolder,
        filters: [{ name: 'Rampart backup', extensions: ['db'] }], properties: ['openFile' as const]
      }
      const result = await show((parent) => (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)))
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    async openFiles({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const, 'multiSelections' as const] }
      const result = await show((parent) => (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)))
      return result.canceled ? [] : result.filePaths
    },
    async saveFile({ title, defaultName, filters }) {
      const options = { title, filters, defaultPath: join(documentsFolder, defaultName) }
      const result = await show((parent) => (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)))
      return result.canceled || !result.filePath ? null : result.filePath
    }
  }
}
