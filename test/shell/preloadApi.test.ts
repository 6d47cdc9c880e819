// window.rampart: the preload exposes exactly one function per contract channel (plus the three
// event subscriptions), built by the same builder the renderer's test harness uses.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildRampartApi, type ApiTransport } from '../../src/shared/api'
import { CHANNELS, camelName, type Channel, type MenuCommand } from '../../src/shared/ipc'

const CONTRACT_NAMES = [...CHANNELS.map((channel) => camelName(channel)), 'onBoardPackProgress', 'onFlushBeforeClose', 'onMenu'].sort()

// Only Electron is replaced: a stand-in contextBridge and ipcRenderer that record their use.
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>()
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  return {
    exposed,
    listeners,
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' }))
  }
})
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (event: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(event) ?? new Set()
      set.add(listener)
      electron.listeners.set(event, set)
    },
    removeListener: (event: string, listener: (...args: unknown[]) => void) => electron.listeners.get(event)?.delete(listener)
  }
}))

afterEach(() => electron.invoke.mockClear())

describe('the contract', () => {
  it('names channels domain/action and maps them to distinct camelCase functions', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z][A-Za-z]*\/[a-z][A-Za-z]*$/)
    expect(new Set(CHANNELS.map(camelName)).size).toBe(CHANNELS.length)
    expect(camelName('boardPack/export')).toBe('boardPackExport')
    expect(camelName('file/importDropped')).toBe('fileImportDropped')
  })
})

describe('buildRampartApi', () => {
  const transport = (): ApiTransport & { calls: unknown[][] } => {
    const calls: unknown[][] = []
    return {
      calls,
      invoke: async (channel, ...args) => {
        calls.push([channel, ...args])
        return { ok: true, value: null }
      },
      subscribe: () => () => {}
    }
  }

  it('has exactly one function per channel plus the event subscriptions', () => {
    const api = buildRampartApi(transport())
    expect(Object.keys(api).sort()).toEqual(CONTRACT_NAMES)
    for (const name of CONTRACT_NAMES) expect(typeof (api as unknown as Record<string, unknown>)[name]).toBe('function')
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('subscribes each event under its own name, and hands back its unsubscribe', () => {
    const subscribed: [string, unknown][] = []
    const api = buildRampartApi({
      ...transport(),
      subscribe: (event, listener) => {
        subscribed.push([event, listener])
        return () => subscribed.push([`off ${event}`, listener])
      }
    })
    const listeners = [() => {}, () => {}, () => {}]
    api.onMenu(listeners[0])
    api.onBoardPackProgress(listeners[1])
    api.onFlushBeforeClose(listeners[2])()
    expect(subscribed).toEqual([
      ['menu/command', listeners[0]], ['boardPack/progress', listeners[1]],
      ['app/flushBeforeClose', listeners[2]], ['off app/flushBeforeClose', listeners[2]]
    ])
  })

  it('sends each call on its own channel with at most one argument', async () => {
    const wire = transport()
    const api = buildRampartApi(wire)
    await api.scenarioSave({ id: 3, document: {} as never })
    await (api.scenarioList as (...args: unknown[]) => Promise<unknown>)('smuggled', 'extra')
    await (api.scenarioGet as (...args: unknown[]) => Promise<unknown>)(1, 'extra')
    expect(wire.calls).toEqual([['scenario/save', { id: 3, document: {} }], ['scenario/list', 'smuggled'], ['scenario/get', 1]])
  })
})

describe('the preload script', () => {
  it('exposes window.rampart with exactly the contract names and nothing of ipcRenderer', async () => {
    await import('../../src/preload/index')
    expect([...electron.exposed.keys()]).toEqual(['rampart'])
    const api = electron.exposed.get('rampart') as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual(CONTRACT_NAMES)
    expect(Object.values(api).some((value) => value === electron.invoke)).toBe(false)
  })

  it('invokes the channel through ipcRenderer and returns main\'s result', async () => {
    await import('../../src/preload/index')
    const api = electron.exposed.get('rampart') as Record<string, (...args: unknown[]) => Promise<unknown>>
    await expect(api.revisionGet({ id: 1, revision: 2 })).resolves.toEqual({ ok: true, value: 'from main' })
    expect(electron.invoke).toHaveBeenCalledWith('revision/get', { id: 1, revision: 2 })
  })

  it('passes menu commands to the subscriber without the Electron event, and unsubscribes', async () => {
    await import('../../src/preload/index')
    const api = electron.exposed.get('rampart') as { onMenu: (listener: (command: MenuCommand) => void) => () => void }
    const received: MenuCommand[] = []
    const unsubscribe = api.onMenu((command) => received.push(command))
    const fire = (command: MenuCommand) => electron.listeners.get('menu/command')?.forEach((l) => l({ sender: 'ipc event' }, command))
    fire({ command: 'undo' })
    unsubscribe()
    fire({ command: 'redo' })
    expect(received).toEqual([{ command: 'undo' }])
  })
})

// Compile-time: the renderer's window.rampart has the contract's parameter and result types.
type Api = ReturnType<typeof buildRampartApi>
type SaveArgs = Parameters<Api['scenarioSave']>[0]
const saveArgsHaveDocument: SaveArgs extends { id: number; document: object } ? true : false = true
void saveArgsHaveDocument
const everyChannelIsAFunction: Record<ReturnType<typeof camelName<Channel>>, unknown> = {} as Api
void everyChannelIsAFunction
