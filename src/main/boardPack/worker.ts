// Worker thread entry (built as out/main/boardPackWorker.js): builds one board pack or deck so
// the simulations and the writing never block the main process or the window.
import { parentPort, workerData } from 'node:worker_threads'
import type { ExportProgress } from '../../shared'
import { buildBoardPack, buildDeck } from '../../boardpack'
import { InputError } from '../../core/inputError'
import type { BoardPackJob, WorkerMessage } from './messages'

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer)

function progressOf(fraction: number, stage: string, job: BoardPackJob): ExportProgress {
  const writing = stage === 'writing'
  const scenarios = job.docs.length
  return {
    stage: writing ? 'writing' : 'simulating',
    fraction: Math.min(1, Math.max(0, fraction)),
    message: writing ? `Writing the ${job.kind}` : `Simulating ${scenarios} scenario${scenarios === 1 ? '' : 's'}`
  }
}

async function run(job: BoardPackJob): Promise<void> {
  const options = {
    generatedAt: new Date(job.generatedAt),
    seed: job.seed,
    samples: job.samples,
    actuals: job.actuals,
    onProgress: (fraction: number, stage: string) => post({ type: 'progress', progress: progressOf(fraction, stage, job) })
  }
  const workbook = job.kind === 'deck' ? await buildDeck(job.docs, options) : await buildBoardPack(job.docs, { ...options, paper: job.paper })
  const bytes = new Uint8Array(workbook.buffer, workbook.byteOffset, workbook.byteLength).slice()
  post({ type: 'done', workbook: bytes }, [bytes.buffer])
}

run(workerData as BoardPackJob).catch((error: unknown) => {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error), errors: error instanceof InputError ? error.errors : null })
})
