// One simulation worker for the window, running one request at a time. Each caller (a channel such
// as "dashboard") gets the answer to its latest request only: a newer request of the same channel
// replaces an older one still queued and stops one already running by terminating the worker, so
// a burst of edits never leaves the engine working through answers nobody will read. The next
// request starts a fresh worker.
import type { WorkerRequest, WorkerResponse } from './messages'

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never
export type WorkerPayload = WithoutId<WorkerRequest>

/** Null answers a request that a newer one of its channel (or a cancel) replaced. */
type Resolve = (response: WorkerResponse | null) => void

/** The part of a browser Worker the client uses, so tests can run the engine without a browser. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
  postMessage: (request: WorkerRequest) => void
  terminate: () => void
}

interface Pending {
  payload: WorkerPayload
  resolve: Resolve
}

interface Running {
  id: number
  channel: string
  resolve: Resolve
}

export class WorkerClient {
  private worker: WorkerLike | null = null
  private nextId = 1
  private running: Running | null = null
  private readonly queued = new Map<string, Pending>()

  constructor(private readonly createWorker: () => WorkerLike) {}

  /** Asks the worker on behalf of `channel`; resolves with null if superseded or cancelled first. */
  ask(channel: string, payload: WorkerPayload): Promise<WorkerResponse | null> {
    return new Promise((resolve) => {
      this.cancel(channel)
      this.queued.set(channel, { payload, resolve })
      this.pump()
    })
  }

  /** Drops the channel's queued request and stops its running one; both resolve with null. */
  cancel(channel: string): void {
    this.queued.get(channel)?.resolve(null)
    this.queued.delete(channel)
    if (this.running?.channel === channel) {
      const { resolve } = this.running
      this.stopWorker()
      resolve(null)
      this.pump()
    }
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker
    const worker = this.createWorker()
    // A worker that has been replaced answers nobody, whatever it still delivers.
    const isCurrent = () => this.worker === worker
    worker.onmessage = (event) => {
      if (!isCurrent() || this.running?.id !== event.data.id) return
      const { resolve } = this.running
      this.running = null
      resolve(event.data)
      this.pump()
    }
    worker.onerror = (event) => {
      // Reported to the caller as an error answer (it shows it); not also to the console.
      event.preventDefault()
      if (isCurrent()) this.failRunning(`the simulation stopped unexpectedly${event.message ? ` (${event.message})` : ''}`)
    }
    worker.onmessageerror = () => {
      if (isCurrent()) this.failRunning('the simulation sent an answer the window could not read')
    }
    this.worker = worker
    return worker
  }

  private stopWorker(): void {
    this.worker?.terminate()
    this.worker = null
    this.running = null
  }

  /**
   * A worker that failed outside a request's own error handling (it crashed, ran out of memory or
   * never loaded) answers nothing: its caller gets an error answer instead of waiting for ever, and
   * the next request starts a fresh worker.
   */
  private failRunning(message: string): void {
    const running = this.running
    this.stopWorker()
    running?.resolve({ id: running.id, kind: 'error', message })
    this.pump()
  }

  private pump(): void {
    if (this.running) return
    const next = this.queued.entries().next()
    if (next.done) return
    const [channel, pending] = next.value
    this.queued.delete(channel)
    const id = this.nextId++
    this.running = { id, channel, resolve: pending.resolve }
    this.ensureWorker().postMessage({ ...pending.payload, id } as WorkerRequest)
  }
}

const windowClient = new WorkerClient(() =>
  new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike)

/** Asks the window's worker; see WorkerClient.ask. */
export function askWorker(channel: string, payload: WorkerPayload): Promise<WorkerResponse | null> {
  return windowClient.ask(channel, payload)
}

/** Stops the channel's work in the window's worker (its view closed, or its input changed). */
export function cancelWorker(channel: string): void {
  windowClient.cancel(channel)
}
