// What the simulation worker answers to each request: plain engine calls, kept apart from the
// worker's message wiring so that tests run exactly the code the window's worker runs.
import { compareScenarios } from '../../../core/compare'
import { projectScenario } from '../../../core/projection'
import { sensitivity } from '../../../core/sensitivity'
import { simulateProjection } from '../../../core/simulation'
import { bandEffects } from './bandEffects'
import type { WorkerRequest, WorkerResponse } from './messages'

export function answerWorkerRequest(request: WorkerRequest): WorkerResponse {
  if (request.kind === 'uncertainty') {
    const projection = projectScenario(request.doc)
    const simulation = simulateProjection(request.doc, projection, { seed: request.seed, samples: request.samples })
    return { id: request.id, kind: 'uncertainty', value: { simulation, sensitivity: sensitivity(request.doc) } }
  }
  if (request.kind === 'bandEffects') {
    return { id: request.id, kind: 'bandEffects', value: bandEffects(request.doc, { seed: request.seed, samples: request.samples }) }
  }
  return {
    id: request.id, kind: 'compare',
    value: compareScenarios(request.docs, { seed: request.seed, samples: request.samples })
  }
}
