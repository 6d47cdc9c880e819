// Messages between the window and the simulation worker. The Monte Carlo, the sensitivity
// analysis, scenario comparisons and the effect of each uncertainty setting run there so typing
// never waits for them.
import type { Comparison } from '../../../core/compare'
import type { ScenarioDoc } from '../../../core/scenario'
import type { SensitivityResult } from '../../../core/sensitivity'
import type { SimulationResult } from '../../../core/simulation'
import type { BandEffects } from './bandEffects'

export type WorkerRequest =
  | { id: number; kind: 'uncertainty'; doc: ScenarioDoc; seed: number; samples: number }
  | { id: number; kind: 'compare'; docs: ScenarioDoc[]; seed: number; samples: number }
  | { id: number; kind: 'bandEffects'; doc: ScenarioDoc; seed: number; samples: number }

export interface Uncertainty {
  simulation: SimulationResult
  sensitivity: SensitivityResult
}

export type WorkerResponse =
  | { id: number; kind: 'uncertainty'; value: Uncertainty }
  | { id: number; kind: 'compare'; value: Comparison }
  | { id: number; kind: 'bandEffects'; value: BandEffects }
  | { id: number; kind: 'error'; message: string }
