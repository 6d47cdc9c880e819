// One worker for the window. Each caller gets the answer to its latest request only: while the
// worker is busy, newer requests of the same channel replace older queued ones, so a burst of
// edits costs one extra run, not one per keystroke.
import type { WorkerRequest, WorkerResponse } from './messages'

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never
type Payload = WithoutId<WorkerRequest>

/** Null answers a request that a newer one of its channel replaced before it started. */
type Resolve = (response: WorkerResponse | null) => void

interface Pending {
  payload: Payload
  resolve: Resolve
}

let worker: Worker | null = null
let nextId = 1
let busy = false
const queued = new Map<string, Pending>()
const waiting = new Map<number, Resolve>()

function ensureWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const resolve = waiting.get(event.data.id)
      waiting.delete(event.data.id)
      busy = false
      resolve?.(event.data)
      pump()
    }
    worker.onerror = (event: ErrorEvent) => {
      // Reported to the callers as an error answer (they show it); not also to the console.
      event.preventDefault()
      failRunning(`the simulation stopped unexpectedly${event.message ? ` (${event.message})` : ''}`)
    }
    worker.onmessageerror = () => failRunning('the simulation sent an answer the window could not read')
  }
  return worker
}

/**
 * A worker that failed outside a request's own error handling (it crashed, ran out of memory or
 * never loaded) answers nothing: its callers get an error answer instead of waiting for ever, and
 * the next request starts a fresh worker.
 */
function failRunning(message: string): void {
  for (const [id, resolve] of waiting) resolve({ id, kind: 'error', message })
  waiting.clear()
  busy = false
  worker?.terminate()
  worker = null
  pump()
}

function pump(): void {
  if (busy) return
  const next = queued.entries().next()
  if (next.done) return
  const [channel, pending] = next.value
  queued.delete(channel)
  const id = nextId++
  waiting.set(id, pending.resolve)
  busy = true
  ensureWorker().postMessage({ ...pending.payload, id } as WorkerRequest)
}

/**
 * Asks the worker; `channel` names the caller (e.g. "dashboard"). A request superseded before it
 * started resolves with null.
 */
export function askWorker(channel: string, payload: Payload): Promise<WorkerResponse | null> {
  return new Promise((resolve) => {
    queued.get(channel)?.resolve(null)
    queued.set(channel, { payload, resolve })
    pump()
  })
}
