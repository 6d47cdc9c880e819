// The native dialogs (Electron's dialog module stood in for): attached to the planner window only
// while it is on screen, and known to be open while they wait for the user.
import type { BrowserWindow, Dialog } from 'electron'
import { describe, expect, it } from 'vitest'
import { electronDialogs } from '../../src/main/electronDialogs'

type Shown = { method: string; parent: unknown }

/** Records each dialog and whether it came with a parent window; answers when `answer()` is called. */
function fakeDialog() {
  const shown: Shown[] = []
  const pending: (() => void)[] = []
  const record = <T>(method: string, answer: T) => (...args: unknown[]): Promise<T> => {
    shown.push({ method, parent: args.length === 2 ? args[0] : null })
    return new Promise<T>((resolve) => pending.push(() => resolve(answer)))
  }
  const dialog = {
    showMessageBox: record('showMessageBox', { response: 0, checkboxChecked: false }),
    showOpenDialog: record('showOpenDialog', { canceled: true, filePaths: [] }),
    showSaveDialog: record('showSaveDialog', { canceled: false, filePath: '/home/ciso/plan.json' })
  } as unknown as Pick<Dialog, 'showMessageBox' | 'showOpenDialog' | 'showSaveDialog'>
  return { dialog, shown, answer: () => pending.shift()!() }
}

function fakeWindow(state: { visible: boolean; destroyed?: boolean }) {
  return { isVisible: () => state.visible, isDestroyed: () => state.destroyed ?? false } as unknown as BrowserWindow
}

const question = { type: 'error' as const, message: 'The Rampart window stopped working', detail: 'gone', buttons: ['Reload', 'Quit'] }

describe('the parent of a native dialog', () => {
  it('is the planner window when it is visible', async () => {
    const window = fakeWindow({ visible: true })
    const { dialog, shown, answer } = fakeDialog()
    const asked = electronDialogs(dialog, () => window, '/home/ciso/Documents').ask(question)
    answer()
    await asked
    expect(shown).toEqual([{ method: 'showMessageBox', parent: window }])
  })

  it.each([
    ['a window that was never shown (the page died before its first paint)', fakeWindow({ visible: false })],
    ['a destroyed window', fakeWindow({ visible: true, destroyed: true })],
    ['no window yet (start-up)', null]
  ])('is none for %s: the dialog stands on its own', async (_case, window) => {
    const { dialog, shown, answer } = fakeDialog()
    const dialogs = electronDialogs(dialog, () => window, '/home/ciso/Documents')
    const answers = [dialogs.ask(question), dialogs.saveFile({ title: 'Export', defaultName: 'plan.json', filters: [] }),
      dialogs.openFiles({ title: 'Import', filters: [] }), dialogs.chooseBackupFile('/backups')]
    for (let i = 0; i < answers.length; i++) answer()
    await Promise.all(answers)
    expect(shown).toEqual([
      { method: 'showMessageBox', parent: null }, { method: 'showSaveDialog', parent: null },
      { method: 'showOpenDialog', parent: null }, { method: 'showOpenDialog', parent: null }
    ])
  })
})

describe('isOpen', () => {
  it('is true from the moment a dialog shows until the user answers it', async () => {
    const { dialog, answer } = fakeDialog()
    const dialogs = electronDialogs(dialog, () => fakeWindow({ visible: true }), '/home/ciso/Documents')
    expect(dialogs.isOpen).toBe(false)
    const saving = dialogs.saveFile({ title: 'Export', defaultName: 'plan.json', filters: [] })
    const asking = dialogs.ask(question)
    expect(dialogs.isOpen).toBe(true)
    answer()
    expect(await saving).toBe('/home/ciso/plan.json')
    expect(dialogs.isOpen).toBe(true)
    answer()
    await asking
    expect(dialogs.isOpen).toBe(false)
  })

  it('is false again when a dialog fails', async () => {
    const failing = { showMessageBox: () => Promise.reject(new Error('no display')) } as unknown as Dialog
    const dialogs = electronDialogs(failing, () => null, '/home/ciso/Documents')
    await expect(dialogs.ask(question)).rejects.toThrow('no display')
    expect(dialogs.isOpen).toBe(false)
  })
})
