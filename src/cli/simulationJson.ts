// The simulation as `simulate --json` prints it (and `compare --json` per scenario): every output
// of the engine's result, with quarters, fiscal years and phase dates named by their labels.
import type { SimulationResult } from '../core/simulation'

export function simulationJson(result: SimulationResult) {
  return {
    sources: result.sources,
    quarters: result.quarters.map(({ label, p10, p50, p90, overrunProbability, budget, mean, fte }) =>
      ({ label, p10, p50, p90, overrunProbability, budget, mean, fte })),
    horizon: result.horizon,
    fiscalYears: result.fiscalYears.map(({ label, p10, p50, p90, overrunProbability, partial, quarters, budget, mean }) =>
      ({ label, p10, p50, p90, overrunProbability, partial, quarters, budget, mean })),
    phases: result.phases.map(({ phase, p10, p50, p90, reachedProbability }) => ({ phase, p10, p50, p90, reachedProbability })),
    deadlines: result.deadlines.map(({ name, label, hard, metProbability }) => ({ name, quarter: label, hard, metProbability }))
  }
}
