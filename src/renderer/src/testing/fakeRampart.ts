// A stand-in for `window.rampart` in unit tests: built by the same builder as the preload's, so it
// has exactly the contract's functions, but each channel answers with what the test scripted.
// It records every call, and pushes main's events on request. A channel the test did not script
// rejects, so an unexpected call fails the test instead of passing unnoticed.
import { buildRampartApi } from '../../../shared'
import type {
  Channel, EventName, Events, FieldError, HandlerResult, Handlers, IpcResult, RampartApi
} from '../../../shared'

export type FakeHandler<C extends Channel> =
  (...args: Parameters<Handlers[C]>) => IpcResult<HandlerResult<C>> | Promise<IpcResult<HandlerResult<C>>>

export type FakeHandlers = { [C in Channel]?: FakeHandler<C> }

export interface FakeCall {
  channel: Channel
  /** The one argument the call carried, if any. */
  arg: unknown
}

export interface FakeRampart {
  api: RampartApi
  calls: FakeCall[]
  /** The channels called, in order. */
  channels: () => Channel[]
  /** Scripts (or re-scripts) how a channel answers. */
  handle: <C extends Channel>(channel: C, handler: FakeHandler<C>) => void
  /** Pushes one of main's events to the listeners the page subscribed. */
  emit: <E extends EventName>(event: E, payload: Events[E]) => void
}

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value }
}

export function failed(path: string, message: string): IpcResult<never> {
  return { ok: false, errors: [{ path, message } satisfies FieldError] }
}

export function fakeRampart(scripted: FakeHandlers = {}): FakeRampart {
  const handlers = new Map<Channel, (...args: unknown[]) => IpcResult<unknown> | Promise<IpcResult<unknown>>>()
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  const calls: FakeCall[] = []
  const handle = <C extends Channel>(channel: C, handler: FakeHandler<C>) => {
    handlers.set(channel, (...args) => handler(...(args as Parameters<Handlers[C]>)))
  }
  for (const channel of Object.keys(scripted) as Channel[]) handle(channel, scripted[channel] as FakeHandler<typeof channel>)

  const api = buildRampartApi({
    invoke: async (channel, ...args) => {
      calls.push({ channel, arg: args[0] })
      const handler = handlers.get(channel)
      if (!handler) throw new Error(`fakeRampart: nothing scripted for ${channel}`)
      return handler(...args)
    },
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener)
      return () => {
        set.delete(listener)
      }
    }
  })
  return {
    api,
    calls,
    channels: () => calls.map((c) => c.channel),
    handle,
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) (listener as (p: typeof payload) => void)(payload)
    }
  }
}
