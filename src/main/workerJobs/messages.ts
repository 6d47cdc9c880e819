// What a worker thread of the main process tells it about its one job (runWorkerJob.ts, serveWorkerJob.ts).
import type { FieldError } from '../../shared'

export type WorkerJobMessage<Result, Progress> =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; result: Result }
  /** `errors` carries an InputError's field errors across the thread boundary; null for any other failure. */
  | { type: 'failed'; message: string; errors: FieldError[] | null }
