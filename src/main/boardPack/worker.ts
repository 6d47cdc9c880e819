// Worker thread entry (built as out/main/boardPackWorker.js): builds one board pack so the
// simulations and the workbook writing never block the main process or the window.
import { parentPort, workerData } from 'node:worker_threads'
import type { ExportProgress } from '../../shared'
import { buildBoardPack } from '../../boardpack'
import { InputError } from '../../core/inputError'
import type { BoardPackJob, WorkerMessage } from './messages'

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer)

function progressOf(fraction: number, stage: string, scenarios: number): ExportProgress {
  const writing = stage === 'writing'
  return {
    stage: writing ? 'writing' : 'simulating',
    fraction: Math.min(1, Math.max(0, fraction)),
    message: writing ? 'Writing the workbook' : `Simulating ${scenarios} scenario${scenarios === 1 ? '' : 's'}`
  }
}

async function run(job: BoardPackJob): Promise<void> {
  const workbook = await buildBoardPack(job.docs, {
    generatedAt: new Date(job.generatedAt),
    seed: job.seed,
    samples: job.samples,
    onProgress: (fraction, stage) => post({ type: 'progress', progress: progressOf(fraction, stage, job.docs.length) })
  })
  const bytes = new Uint8Array(workbook.buffer, workbook.byteOffset, workbook.byteLength).slice()
  post({ type: 'done', workbook: bytes }, [bytes.buffer])
}

run(workerData as BoardPackJob).catch((error: unknown) => {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error), errors: error instanceof InputError ? error.errors : null })
})
