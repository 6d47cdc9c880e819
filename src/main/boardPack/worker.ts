// Worker thread entry (built as out/main/boardPackWorker.js): builds one board pack or deck so
// the simulations and the writing never block the main process or the window.
import type { ExportProgress } from '../../shared'
import { buildBoardPack, buildDeck } from '../../boardpack'
import { serveWorkerJob } from '../workerJobs/serveWorkerJob'
import type { BoardPackJob } from './messages'

function progressOf(fraction: number, stage: string, job: BoardPackJob): ExportProgress {
  const writing = stage === 'writing'
  const scenarios = job.docs.length
  return {
    stage: writing ? 'writing' : 'simulating',
    fraction: Math.min(1, Math.max(0, fraction)),
    message: writing ? `Writing the ${job.kind}` : `Simulating ${scenarios} scenario${scenarios === 1 ? '' : 's'}`
  }
}

async function build(job: BoardPackJob, onProgress: (progress: ExportProgress) => void): Promise<Uint8Array> {
  const options = {
    generatedAt: new Date(job.generatedAt),
    seed: job.seed,
    samples: job.samples,
    actuals: job.actuals,
    onProgress: (fraction: number, stage: string) => onProgress(progressOf(fraction, stage, job))
  }
  const workbook = job.kind === 'deck' ? await buildDeck(job.docs, options) : await buildBoardPack(job.docs, { ...options, paper: job.paper })
  // A copy of its own, so its whole buffer can be moved to the main thread rather than copied again.
  return new Uint8Array(workbook.buffer, workbook.byteOffset, workbook.byteLength).slice()
}

serveWorkerJob<BoardPackJob, Uint8Array, ExportProgress>(build, (bytes) => [bytes.buffer as ArrayBuffer])
