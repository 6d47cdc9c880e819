// Stands in for the preload inside the test browser: builds `window.rampart` with the shared
// builder, over a binding the harness exposes (which calls the real IPC handlers in Node) and an
// emitter the harness calls to push main's events into the page.
// This file runs in the page.
import { buildRampartApi } from '../../src/shared/api'
import type { Channel, EventName, Events, IpcResult } from '../../src/shared/ipc'

type Listener = (payload: Events[EventName]) => void

interface BridgeWindow {
  __rampartInvoke: (channel: Channel, args: unknown[]) => Promise<IpcResult<unknown>>
  __rampartEmit: (event: EventName, payload: Events[EventName]) => void
  rampart: unknown
}

const bridged = window as unknown as BridgeWindow
const listeners = new Map<EventName, Set<Listener>>()

bridged.__rampartEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload)
}

bridged.rampart = buildRampartApi({
  invoke: (channel, ...args) => bridged.__rampartInvoke(channel, args),
  subscribe: (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>()
    listeners.set(event, set)
    set.add(listener as Listener)
    return () => {
      set.delete(listener as Listener)
    }
  }
})
