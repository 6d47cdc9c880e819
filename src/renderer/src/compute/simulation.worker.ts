// Runs the engine's slow parts off the UI thread: simulation, sensitivity and comparisons.
import type { WorkerRequest, WorkerResponse } from './messages'
import { answerWorkerRequest } from './workerRequests'

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  let response: WorkerResponse
  try {
    response = answerWorkerRequest(event.data)
  } catch (error) {
    response = { id: event.data.id, kind: 'error', message: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(response)
}
