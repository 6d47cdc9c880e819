// Runs the board-pack worker for one export and relays its progress (src/main/workerJobs).
import type { ExportProgress } from '../../shared'
import type { BoardPackBuilder } from '../ipc/deps'
import { runWorkerJob } from '../workerJobs/runWorkerJob'
import type { BoardPackJob } from './messages'

export function workerBoardPackBuilder(workerFile: string, now: () => Date = () => new Date()): BoardPackBuilder {
  return async (docs, options, onProgress) => {
    const job: BoardPackJob = { ...options, docs, generatedAt: now().toISOString() }
    const workbook = await runWorkerJob<BoardPackJob, Uint8Array, ExportProgress>(workerFile, job, {
      onProgress,
      stopped: (reason) => new Error(`the board-pack worker stopped (${reason})`)
    })
    return Buffer.from(workbook)
  }
}
