// Worker thread entry (built as out/main/boardPackWorker.js): builds one board pack so the
// simulations and the workbook writing never block the main process or the window.
import { parentPort, workerData } from 'node:worker_threads'
import { buildBoardPack } from '../export'
import { toFieldErrors } from '../ipc/errors'
import type { BoardPackJob, WorkerMessage } from './messages'

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer)

async function run(job: BoardPackJob): Promise<void> {
  const count = job.docs.length
  post({ type: 'progress', progress: { stage: 'simulating', fraction: 0.05, message: `Simulating ${count} scenario${count === 1 ? '' : 's'}` } })
  const workbook = await buildBoardPack(job.docs, { generatedAt: new Date(job.generatedAt), seed: job.seed, samples: job.samples })
  post({ type: 'progress', progress: { stage: 'writing', fraction: 0.9, message: 'Workbook written' } })
  const bytes = new Uint8Array(workbook.buffer, workbook.byteOffset, workbook.byteLength).slice()
  post({ type: 'done', workbook: bytes }, [bytes.buffer])
}

run(workerData as BoardPackJob).catch((error: unknown) => {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error), errors: toFieldErrors(error) })
})
