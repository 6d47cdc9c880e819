// Registers the contract's handlers on ipcMain through one door: the sender must be the app's own
// page, the payload must pass its channel's validator, and any failure comes back as
// `{ ok: false, errors }` (never a rejected promise, never a stack trace) with nothing changed.
import { CHANNELS, type Channel, type FieldError, type HandlerResult, type Handlers, type IpcResult } from '../../shared'
import { InputError } from '../../core/inputError'
import { validatePayload } from './payloads'

/** The slice of Electron's IpcMainInvokeEvent the registry reads. */
export interface IpcInvokeEventLike {
  /** Null once the frame has navigated away or been destroyed. */
  senderFrame: { url: string; parent: unknown } | null
}

/** The slice of Electron's ipcMain the registry uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>): void
}

export type HandlerImpls = {
  [C in Channel]: (...args: Parameters<Handlers[C]>) => HandlerResult<C> | Promise<HandlerResult<C>>
}

export interface RegistrationOptions {
  isTrustedSender: (event: IpcInvokeEventLike) => boolean
  /** Receives unexpected failures (not the user's bad input) for the log. */
  onUnexpectedError?: (channel: Channel, error: unknown) => void
}

const registered = new WeakMap<IpcMainLike, Set<string>>()

export function registerHandlers(ipcMain: IpcMainLike, handlers: HandlerImpls, options: RegistrationOptions): void {
  const names = registered.get(ipcMain) ?? new Set<string>()
  const channels = Object.keys(handlers)
  const known = new Set<string>(CHANNELS)
  const unknown = channels.filter((channel) => !known.has(channel))
  if (unknown.length > 0) throw new Error(`not in the IPC contract: ${unknown.join(', ')}`)
  const missing = CHANNELS.filter((channel) => typeof handlers[channel] !== 'function')
  if (missing.length > 0) throw new Error(`no handler for: ${missing.join(', ')}`)
  const duplicates = channels.filter((channel) => names.has(channel))
  if (duplicates.length > 0) throw new Error(`IPC handler registered twice: ${duplicates.join(', ')}`)

  for (const channel of CHANNELS) {
    names.add(channel)
    ipcMain.handle(channel, (event, ...args) => invokeHandler(channel, handlers, options, event, args))
  }
  registered.set(ipcMain, names)
}

async function invokeHandler<C extends Channel>(
  channel: C, handlers: HandlerImpls, options: RegistrationOptions, event: IpcInvokeEventLike, args: unknown[]
): Promise<IpcResult<HandlerResult<C>>> {
  if (!options.isTrustedSender(event)) {
    return refuse([{ path: '(root)', message: 'refused: the request did not come from the Rampart window' }])
  }
  const payload = validatePayload(channel, args)
  if (!payload.ok) return refuse(payload.errors)
  try {
    const handler = handlers[channel] as (...input: unknown[]) => HandlerResult<C> | Promise<HandlerResult<C>>
    return { ok: true, value: await handler(...payload.args) }
  } catch (error) {
    if (error instanceof InputError) return refuse(error.errors)
    options.onUnexpectedError?.(channel, error)
    return refuse([{ path: '(root)', message: unexpectedMessage(error) }])
  }
}

function refuse(errors: FieldError[]): { ok: false; errors: FieldError[] } {
  return { ok: false, errors }
}

function unexpectedMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return `Rampart could not complete this: ${reason}`
}
