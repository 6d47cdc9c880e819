// The application menu: the planner's commands reach the window as MenuCommands, undo and redo
// included (the window owns the undo stack), and recent files can be imported again.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, type MenuContext } from '../../src/main/menu'
import type { MenuCommand, RecentFile } from '../../src/shared/ipc'

function menu(overrides: Partial<MenuContext> = {}) {
  const sent: MenuCommand[] = []
  let cleared = 0
  const template = buildMenuTemplate({
    isMac: false, devTools: false, recentFiles: [], send: (command) => sent.push(command), clearRecentFiles: () => { cleared++ },
    ...overrides
  })
  return { template, sent, cleared: () => cleared }
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[]
const top = (template: MenuItemConstructorOptions[], label: string) => template.find((item) => item.label === label)
const item = (items: MenuItemConstructorOptions[], label: string) => {
  const found = items.find((candidate) => candidate.label === label)
  if (!found) throw new Error(`no menu item "${label}" in ${items.map((i) => i.label ?? i.role).join(', ')}`)
  return found
}
const click = (entry: MenuItemConstructorOptions) => (entry.click as () => void)()

const recent = (path: string, kind: RecentFile['kind']): RecentFile => ({ path, name: path.split('/').at(-1)!, kind, usedAt: '2026-05-01T00:00:00.000Z' })

describe('the File menu', () => {
  it.each([
    ['New Scenario', { command: 'new-scenario' }, 'CmdOrCtrl+N'],
    ['Duplicate as What-If', { command: 'duplicate-scenario' }, 'CmdOrCtrl+D'],
    ['Import…', { command: 'import' }, 'CmdOrCtrl+O'],
    ['Export Scenario…', { command: 'export-scenario' }, 'CmdOrCtrl+E'],
    ['Export All Scenarios…', { command: 'export-all' }, undefined],
    ['Export Board Pack…', { command: 'export-board-pack' }, 'CmdOrCtrl+Shift+E'],
    ['Back Up Now', { command: 'back-up-now' }, undefined],
    ['Restore…', { command: 'restore' }, undefined]
  ] as const)('"%s" sends %j to the window', (label, command, accelerator) => {
    const { template, sent } = menu()
    const entry = item(submenu(top(template, '&File')), label)
    expect(entry.accelerator).toBe(accelerator)
    click(entry)
    expect(sent).toEqual([command])
  })

  it('lists importable recent files and re-imports the one chosen', () => {
    const { template, sent, cleared } = menu({
      recentFiles: [recent('/home/ciso/plan.json', 'import'), recent('/home/ciso/board.xlsx', 'board-pack'), recent('/home/ciso/all.json', 'export-all')]
    })
    const recentItems = submenu(item(submenu(top(template, '&File')), 'Import Recent'))
    expect(recentItems.map((entry) => entry.label ?? entry.type)).toEqual(['plan.json', 'all.json', 'separator', 'Clear Recent'])
    click(item(recentItems, 'all.json'))
    expect(sent).toEqual([{ command: 'import-recent', path: '/home/ciso/all.json' }])
    click(item(recentItems, 'Clear Recent'))
    expect(cleared()).toBe(1)
  })

  it('shows "&" in a file name as it is, not as the mark of an access key', () => {
    const { template, sent } = menu({ recentFiles: [recent('/home/ciso/R&D & security.json', 'import')] })
    const [entry] = submenu(item(submenu(top(template, '&File')), 'Import Recent'))
    expect(entry.label).toBe('R&&D && security.json')
    click(entry)
    expect(sent).toEqual([{ command: 'import-recent', path: '/home/ciso/R&D & security.json' }])
  })

  it('says when there are no recent files', () => {
    const recentItems = submenu(item(submenu(top(menu().template, '&File')), 'Import Recent'))
    expect(recentItems).toEqual([{ label: 'No Recent Files', enabled: false }])
  })

  it('ends with Quit on Windows and Linux, and Close on macOS under the app menu', () => {
    expect(submenu(top(menu().template, '&File')).at(-1)).toEqual({ role: 'quit' })
    const mac = menu({ isMac: true }).template
    expect(mac[0]).toEqual({ role: 'appMenu' })
    expect(submenu(top(mac, '&File')).at(-1)).toEqual({ role: 'close' })
  })
})

describe('the Edit menu', () => {
  it.each([
    ['Undo', 'undo', 'CmdOrCtrl+Z'],
    ['Redo', 'redo', 'CmdOrCtrl+Shift+Z']
  ] as const)('"%s" asks the window to %s', (label, command, accelerator) => {
    const { template, sent } = menu()
    const entry = item(submenu(top(template, '&Edit')), label)
    expect(entry.accelerator).toBe(accelerator)
    expect(entry.role).toBeUndefined()
    click(entry)
    expect(sent).toEqual([{ command }])
  })

  it('keeps the native clipboard roles', () => {
    const roles = submenu(top(menu().template, '&Edit')).map((entry) => entry.role).filter(Boolean)
    expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll'])
  })
})

describe('the View menu', () => {
  it('offers developer tools and reload only in unpackaged builds', () => {
    const roles = (devTools: boolean) => submenu(top(menu({ devTools }).template, '&View')).map((entry) => entry.role).filter(Boolean)
    expect(roles(false)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    expect(roles(true)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'reload', 'toggleDevTools'])
  })
})
