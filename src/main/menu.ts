// The application menu. Items that act on the planner send a MenuCommand to the window, which
// knows the selected scenario and owns the undo stack; only window, zoom and quit stay native.
import type { MenuItemConstructorOptions } from 'electron'
import { isImportableRecentFile, type MenuCommand, type RecentFile } from '../shared'

export interface MenuContext {
  isMac: boolean
  devTools: boolean
  recentFiles: readonly RecentFile[]
  send: (command: MenuCommand) => void
  clearRecentFiles: () => void
}

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const command = (label: string, sent: MenuCommand, accelerator?: string): MenuItemConstructorOptions =>
    ({ label, accelerator, click: () => context.send(sent) })
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Scenario', { command: 'new-scenario' }, 'CmdOrCtrl+N'),
      command('Duplicate as What-If', { command: 'duplicate-scenario' }, 'CmdOrCtrl+D'),
      { type: 'separator' },
      command('Import…', { command: 'import' }, 'CmdOrCtrl+O'),
      { label: 'Import Recent', submenu: recentSubmenu(context) },
      command('Export Scenario…', { command: 'export-scenario' }, 'CmdOrCtrl+E'),
      command('Export All Scenarios…', { command: 'export-all' }),
      command('Export Board Pack…', { command: 'export-board-pack' }, 'CmdOrCtrl+Shift+E'),
      { type: 'separator' },
      command('Back Up Now', { command: 'back-up-now' }),
      command('Restore…', { command: 'restore' }),
      { type: 'separator' },
      context.isMac ? { role: 'close' } : { role: 'quit' }
    ]
  }
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', { command: 'undo' }, 'CmdOrCtrl+Z'),
      command('Redo', { command: 'redo' }, 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }
    ]
  }
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(context.devTools ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : [])
    ]
  }
  const window: MenuItemConstructorOptions = { role: 'windowMenu' }
  return context.isMac ? [{ role: 'appMenu' }, file, edit, view, window] : [file, edit, view, window]
}

function recentSubmenu(context: MenuContext): MenuItemConstructorOptions[] {
  const importable = context.recentFiles.filter(isImportableRecentFile)
  if (importable.length === 0) return [{ label: 'No Recent Files', enabled: false }]
  return [
    ...importable.map((file) => ({
      label: menuLabelText(file.name),
      toolTip: file.path,
      click: () => context.send({ command: 'import-recent', path: file.path })
    })),
    { type: 'separator' },
    { label: 'Clear Recent', click: () => context.clearRecentFiles() }
  ]
}

/**
 * A file name as a menu label that shows it as it is: menus read "&" as the mark of an access key
 * (and drop it), so "R&D plan.json" would show as "RD plan.json"; "&&" shows one "&" on every
 * platform.
 */
function menuLabelText(text: string): string {
  return text.replaceAll('&', '&&')
}
