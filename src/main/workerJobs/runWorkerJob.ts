// Runs one job in a fresh worker thread of the main process (the board pack, the reading of an
// export of actuals), so slow work never blocks the main process and with it every window. One
// worker per job, terminated as soon as the job settles (answered, failed, stopped or out of
// time), so a failure can never leave a stuck worker behind for the next.
import { Worker } from 'node:worker_threads'
import { InputError } from '../../core/inputError'
import type { WorkerJobMessage } from './messages'

export interface WorkerJobOptions<Progress> {
  onProgress?: (progress: Progress) => void
  /** Gives up on a worker that has not answered within `ms`: terminates it and rejects with `error()`. */
  deadline?: { ms: number; error: () => Error }
  /**
   * The error for a worker that stopped without answering (it threw outside the job, exited or ran
   * out of memory); `reason` says how, e.g. "exit code 1".
   */
  stopped: (reason: string) => Error
}

/** The worker's result; an InputError with the worker's field errors when the job refused its input. */
export function runWorkerJob<Job, Result, Progress = never>(
  workerFile: string, job: Job, options: WorkerJobOptions<Progress>
): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: job })
    let timer: ReturnType<typeof setTimeout> | undefined
    let settled = false
    const settle = (action: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      action()
      void worker.terminate()
    }
    const { deadline } = options
    if (deadline) timer = setTimeout(() => settle(() => reject(deadline.error())), deadline.ms)
    worker.on('message', (message: WorkerJobMessage<Result, Progress>) => {
      if (message.type === 'progress') {
        if (!settled) options.onProgress?.(message.progress)
      } else if (message.type === 'done') settle(() => resolve(message.result))
      else settle(() => reject(message.errors ? new InputError(message.errors) : new Error(message.message)))
    })
    // A worker's uncaught throw arrives as thrown: not always an Error (`throw 'text'`).
    worker.on('error', (error: unknown) => settle(() => reject(options.stopped(error instanceof Error ? error.message : String(error)))))
    worker.on('exit', (code) => settle(() => reject(options.stopped(`exit code ${code}`))))
  })
}
