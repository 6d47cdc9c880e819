// Builds `window.rampart` from the contract, with no Electron import: the preload passes
// ipcRenderer-backed functions, and the renderer's end-to-end harness passes functions that call
// the real handlers directly. Either way the object has exactly one function per channel and one
// subscription per event.
import {
  CHANNELS, camelName, SUBSCRIPTIONS, type Channel, type EventName, type Events, type IpcResult, type RampartApi
} from './ipc'

export interface ApiTransport {
  invoke: (channel: Channel, ...args: unknown[]) => Promise<IpcResult<unknown>>
  subscribe: <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => () => void
}

export function buildRampartApi(transport: ApiTransport): RampartApi {
  const api: Record<string, unknown> = {}
  for (const channel of CHANNELS) {
    // Forward at most one argument: every handler takes at most one, and extra values from a
    // careless caller must not reach main.
    api[camelName(channel)] = (...args: unknown[]) => transport.invoke(channel, ...args.slice(0, 1))
  }
  for (const event of Object.keys(SUBSCRIPTIONS) as EventName[]) {
    api[SUBSCRIPTIONS[event]] = (listener: (payload: Events[typeof event]) => void) => transport.subscribe(event, listener)
  }
  return Object.freeze(api) as RampartApi
}
