// Worker answers about one scenario, recomputed whenever it changes: the dashboard's simulation
// and sensitivity, the editor's effect of each uncertainty setting. A change (or leaving the view)
// stops the run in progress, and only the answer for the document on screen is ever shown.
import { useEffect, useState } from 'react'
import type { ScenarioDoc } from '../../../core/scenario'
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../../core/limits'
import { BAND_EFFECT_SAMPLES, type BandEffects } from './bandEffects'
import type { Uncertainty } from './messages'
import { askWorker, cancelWorker } from './workerClient'

export interface WorkerAnswerState<T> {
  value: T | null
  /** The document the value was computed for; differs from the current one while recomputing. */
  computedFor: ScenarioDoc | null
  error: string | null
}

/** The worker's answers about one document, by request kind. */
interface DocAnswers {
  uncertainty: Uncertainty
  bandEffects: BandEffects
}
type DocKind = keyof DocAnswers

function useDocAnswer<K extends DocKind>(channel: string, kind: K, samples: number, doc: ScenarioDoc | null): WorkerAnswerState<DocAnswers[K]> {
  const [state, setState] = useState<WorkerAnswerState<DocAnswers[K]>>({ value: null, computedFor: null, error: null })
  useEffect(() => {
    if (!doc) return
    let current = true
    void askWorker(channel, { kind, doc, seed: DEFAULT_SEED, samples } as Parameters<typeof askWorker>[1]).then((response) => {
      if (!current || !response) return
      if (response.kind === kind) {
        const value = response.value as DocAnswers[K]
        setState({ value, computedFor: doc, error: null })
      } else if (response.kind === 'error') setState((s) => ({ ...s, error: response.message }))
    })
    return () => {
      current = false
      cancelWorker(channel)
    }
  }, [channel, kind, samples, doc])
  return state
}

export type UncertaintyState = WorkerAnswerState<Uncertainty>

/** The simulation (DEFAULT_SAMPLES, DEFAULT_SEED) and the sensitivity of the scenario. */
export function useUncertainty(doc: ScenarioDoc | null): UncertaintyState {
  return useDocAnswer('dashboard', 'uncertainty', DEFAULT_SAMPLES, doc)
}

/** What each uncertainty setting does to the band (BAND_EFFECT_SAMPLES a variant, DEFAULT_SEED). */
export function useBandEffects(doc: ScenarioDoc | null): WorkerAnswerState<BandEffects> {
  return useDocAnswer('band-effects', 'bandEffects', BAND_EFFECT_SAMPLES, doc)
}
