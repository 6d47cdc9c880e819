// Reads an export of actuals in a worker thread (worker.ts), one worker per file, given up on
// when it takes far longer than the largest export should: the user gets a sentence naming the
// file, not a window that waits for ever, and the worker is terminated.
import type { ActualsTable } from '../../core/actualsImport'
import { InputError } from '../../core/inputError'
import type { ActualsTableReader } from '../ipc/deps'
import { runWorkerJob } from '../workerJobs/runWorkerJob'

/** A workbook of the most rows allowed reads in about 4 s here; a reader still busy after 15 times that is stuck. */
const ACTUALS_READ_DEADLINE_MS = 60_000

export function workerActualsTableReader(workerFile: string, deadlineMs = ACTUALS_READ_DEADLINE_MS): ActualsTableReader {
  return (path) => runWorkerJob<string, ActualsTable>(workerFile, path, {
    deadline: {
      ms: deadlineMs,
      error: () => InputError.at(path, `was still being read after ${deadlineMs / 1000} seconds, so Rampart stopped reading it; ` +
        'save only the sheet of actuals, or export it as CSV, and import that')
    },
    stopped: (reason) => InputError.at(path, `could not be read: Rampart's reader stopped unexpectedly (${reason}); ` +
      'try again, or export it as CSV and import that')
  })
}
