// Runs the board-pack worker for one export and relays its progress; one worker per export, so
// a failure in one can never leave a stuck worker behind for the next.
import { Worker } from 'node:worker_threads'
import type { BoardPackBuilder } from '../ipc/deps'
import { InputError } from '../../core/inputError'
import type { BoardPackJob, WorkerMessage } from './messages'

export function workerBoardPackBuilder(workerFile: string, now: () => Date = () => new Date()): BoardPackBuilder {
  return (docs, options, onProgress) => new Promise<Buffer>((resolve, reject) => {
    const job: BoardPackJob = { docs, seed: options.seed, samples: options.samples, generatedAt: now().toISOString() }
    const worker = new Worker(workerFile, { workerData: job })
    let settled = false
    const settle = (action: () => void) => {
      if (settled) return
      settled = true
      action()
      void worker.terminate()
    }
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress)
      else if (message.type === 'done') settle(() => resolve(Buffer.from(message.workbook)))
      else settle(() => reject(message.errors ? new InputError(message.errors) : new Error(message.message)))
    })
    worker.on('error', (error) => settle(() => reject(error)))
    worker.on('exit', (code) => settle(() => reject(new Error(`the board-pack worker stopped (exit code ${code})`))))
  })
}
