// Runs the engine's slow parts off the UI thread: simulation, sensitivity and comparisons.
import { compareScenarios } from '../../../core/compare'
import { projectScenario } from '../../../core/projection'
import { sensitivity } from '../../../core/sensitivity'
import { simulateProjection } from '../../../core/simulation'
import type { WorkerRequest, WorkerResponse } from './messages'

function handle(request: WorkerRequest): WorkerResponse {
  if (request.kind === 'uncertainty') {
    const projection = projectScenario(request.doc)
    const simulation = simulateProjection(request.doc, projection, { seed: request.seed, samples: request.samples })
    return { id: request.id, kind: 'uncertainty', value: { simulation, sensitivity: sensitivity(request.doc) } }
  }
  return {
    id: request.id, kind: 'compare',
    value: compareScenarios(request.docs, { seed: request.seed, samples: request.samples })
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  let response: WorkerResponse
  try {
    response = handle(event.data)
  } catch (error) {
    response = { id: event.data.id, kind: 'error', message: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(response)
}
