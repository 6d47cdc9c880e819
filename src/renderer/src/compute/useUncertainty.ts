// The simulation and sensitivity of a scenario, recomputed in the worker whenever it changes.
import { useEffect, useState } from 'react'
import type { ScenarioDoc } from '../../../core/scenario'
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../../core/limits'
import type { Uncertainty } from './messages'
import { askWorker } from './workerClient'

export interface UncertaintyState {
  value: Uncertainty | null
  /** The document the value was computed for; differs from the current one while recomputing. */
  computedFor: ScenarioDoc | null
  error: string | null
}

export function useUncertainty(doc: ScenarioDoc | null): UncertaintyState {
  const [state, setState] = useState<UncertaintyState>({ value: null, computedFor: null, error: null })
  useEffect(() => {
    if (!doc) return
    let current = true
    void askWorker('uncertainty', { kind: 'uncertainty', doc, seed: DEFAULT_SEED, samples: DEFAULT_SAMPLES })
      .then((response) => {
        if (!current || !response) return
        if (response.kind === 'uncertainty') setState({ value: response.value, computedFor: doc, error: null })
        else if (response.kind === 'error') setState((s) => ({ ...s, error: response.message }))
      })
    return () => {
      current = false
    }
  }, [doc])
  return state
}
