// The worker thread's side of runWorkerJob: does the one job the thread was started with, and
// posts its progress, then its result or its failure (an InputError's field errors kept as such).
import { parentPort, workerData } from 'node:worker_threads'
import { InputError } from '../../core/inputError'
import type { WorkerJobMessage } from './messages'

/** `transferOf` names buffers of the result to move to the main thread rather than copy. */
export function serveWorkerJob<Job, Result, Progress = never>(
  work: (job: Job, onProgress: (progress: Progress) => void) => Promise<Result>,
  transferOf: (result: Result) => ArrayBuffer[] = () => []
): void {
  const post = (message: WorkerJobMessage<Result, Progress>, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer)
  work(workerData as Job, (progress) => post({ type: 'progress', progress }))
    .then((result) => post({ type: 'done', result }, transferOf(result)))
    .catch((error: unknown) => post({
      type: 'failed', message: error instanceof Error ? error.message : String(error), errors: error instanceof InputError ? error.errors : null
    }))
}
