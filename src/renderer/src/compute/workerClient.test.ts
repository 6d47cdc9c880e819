// The worker client's cancellation: a newer request of a channel stops the run of an older one
// (the worker is terminated, really stopping the engine), the older resolves with null, and no
// answer from a stopped worker ever reaches a caller. The workers here run the worker's own
// request code (answerWorkerRequest) and hand their answers back when the test says so, which
// is how a test can hold a run "in progress".
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../core/defaultScenario'
import type { ScenarioDoc } from '../../../core/scenario'
import { simulateScenario } from '../../../core/simulation'
import type { WorkerRequest, WorkerResponse } from './messages'
import { WorkerClient, type WorkerLike, type WorkerPayload } from './workerClient'
import { answerWorkerRequest } from './workerRequests'

class HeldWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null
  onerror: WorkerLike['onerror'] = null
  onmessageerror: WorkerLike['onmessageerror'] = null
  terminated = false
  readonly received: WorkerRequest[] = []
  private readonly held: WorkerResponse[] = []

  postMessage(request: WorkerRequest): void {
    this.received.push(request)
    this.held.push(answerWorkerRequest(request))
  }

  terminate(): void {
    this.terminated = true
  }

  /** Hands back every answer computed so far, as a worker's messages arrive. */
  deliver(): void {
    for (const data of this.held.splice(0)) this.onmessage?.({ data } as MessageEvent<WorkerResponse>)
  }

  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent)
  }
}

function clientWithWorkers(): { client: WorkerClient; workers: HeldWorker[] } {
  const workers: HeldWorker[] = []
  const client = new WorkerClient(() => {
    const worker = new HeldWorker()
    workers.push(worker)
    return worker
  })
  return { client, workers }
}

const SAMPLES = 200
const SEED = 7
const edited: ScenarioDoc = { ...DEFAULT_SCENARIO, name: 'Edited', uncertainty: { ...DEFAULT_SCENARIO.uncertainty, attritionPercent: 30 } }
const simulate = (doc: ScenarioDoc): WorkerPayload => ({ kind: 'bandEffects', doc, seed: SEED, samples: SAMPLES })

describe('the worker client', () => {
  it('stops the running request of a channel when the channel asks again, and answers only the newer one', async () => {
    const { client, workers } = clientWithWorkers()
    const older = client.ask('editor', simulate(DEFAULT_SCENARIO))
    expect(workers).toHaveLength(1)
    const newer = client.ask('editor', simulate(edited))

    expect(await older).toBeNull()
    expect(workers[0].terminated).toBe(true)
    expect(workers).toHaveLength(2)
    // The stopped worker's answer arrives late: nobody takes it.
    workers[0].deliver()
    workers[1].deliver()
    const answer = await newer
    expect(answer?.kind).toBe('bandEffects')
    const horizon = simulateScenario(edited, { seed: SEED, samples: SAMPLES }).horizon
    expect(answer?.kind === 'bandEffects' && answer.value.current).toMatchObject({ p10: horizon.p10, p50: horizon.p50, p90: horizon.p90 })
  })

  it('never lets an answer for an older request of the channel replace the newer one', async () => {
    const { client, workers } = clientWithWorkers()
    const answers: (string | null)[] = []
    const record = (promise: Promise<WorkerResponse | null>) => promise.then((r) => answers.push(r?.kind === 'bandEffects' ? String(r.value.current.p50) : null))
    const first = record(client.ask('editor', simulate(DEFAULT_SCENARIO)))
    const second = record(client.ask('editor', simulate(edited)))
    // Both workers answer, the stopped one last.
    workers[1].deliver()
    workers[0].deliver()
    await Promise.all([first, second])
    expect(answers).toEqual([null, String(simulateScenario(edited, { seed: SEED, samples: SAMPLES }).horizon.p50)])
  })

  it('replaces a queued request without stopping another channel\'s run', async () => {
    const { client, workers } = clientWithWorkers()
    const dashboard = client.ask('dashboard', simulate(DEFAULT_SCENARIO))
    const queued = client.ask('editor', simulate(DEFAULT_SCENARIO))
    const latest = client.ask('editor', simulate(edited))
    expect(await queued).toBeNull()
    expect(workers[0].terminated).toBe(false)
    expect(workers[0].received.map((r) => r.kind === 'bandEffects' && r.doc.name)).toEqual([DEFAULT_SCENARIO.name])

    workers[0].deliver()
    expect((await dashboard)?.kind).toBe('bandEffects')
    // The editor's latest request runs next, on the same worker.
    expect(workers[0].received.map((r) => r.kind === 'bandEffects' && r.doc.name)).toEqual([DEFAULT_SCENARIO.name, 'Edited'])
    workers[0].deliver()
    expect((await latest)?.kind).toBe('bandEffects')
    expect(workers).toHaveLength(1)
  })

  it('cancels on request: the run stops, its caller gets null, and the next channel in line starts on a fresh worker', async () => {
    const { client, workers } = clientWithWorkers()
    const editor = client.ask('editor', simulate(DEFAULT_SCENARIO))
    const compare = client.ask('compare', { kind: 'compare', docs: [DEFAULT_SCENARIO, edited], seed: SEED, samples: SAMPLES })
    client.cancel('editor')
    expect(await editor).toBeNull()
    expect(workers[0].terminated).toBe(true)
    expect(workers[1].received.map((r) => r.kind)).toEqual(['compare'])
    workers[1].deliver()
    const answer = await compare
    expect(answer?.kind === 'compare' && answer.value.scenarios.map((s) => s.doc.name)).toEqual([DEFAULT_SCENARIO.name, 'Edited'])
    // Cancelling a channel with nothing queued or running changes nothing.
    client.cancel('editor')
    expect(workers[1].terminated).toBe(false)
  })

  it('answers a crash with an error, and the next request starts a fresh worker', async () => {
    const { client, workers } = clientWithWorkers()
    const crashed = client.ask('editor', simulate(DEFAULT_SCENARIO))
    workers[0].crash('out of memory')
    expect(await crashed).toEqual({ id: 1, kind: 'error', message: 'the simulation stopped unexpectedly (out of memory)' })
    expect(workers[0].terminated).toBe(true)
    const next = client.ask('editor', simulate(DEFAULT_SCENARIO))
    expect(workers).toHaveLength(2)
    workers[1].deliver()
    expect((await next)?.kind).toBe('bandEffects')
  })
})
