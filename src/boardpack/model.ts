// Everything the board pack shows, computed once by the engine before any sheet is written.
import {
  compareScenarios, DEFAULT_SAMPLES, DEFAULT_SEED, findPitfalls, riskTimelines, sensitivity,
  type Comparison, type Pitfall, type RiskTimeline, type ScenarioWithResults, type SensitivityResult
} from '../core'

export interface ScenarioReport extends ScenarioWithResults {
  currency: string
  pitfalls: Pitfall[]
  risks: RiskTimeline[]
}

export interface BoardPackModel {
  generatedAt: Date
  /** YYYY-MM-DD of generatedAt, as printed in headers and on the Summary. */
  dateLabel: string
  seed: number
  samples: number
  /** The first is the scenario the pack is about; the others are compared with it. */
  reports: ScenarioReport[]
  comparison: Comparison
  /** What drives the first scenario's total spend over the horizon (a tornado). */
  sensitivity: SensitivityResult
}

export interface ModelOptions {
  generatedAt?: Date
  seed?: number
  samples?: number
}

export function buildModel(docs: Parameters<typeof compareScenarios>[0], options: ModelOptions = {}): BoardPackModel {
  const generatedAt = options.generatedAt ?? new Date()
  const seed = options.seed ?? DEFAULT_SEED
  const samples = options.samples ?? DEFAULT_SAMPLES
  // One seed for all scenarios: with common random numbers their differences are real.
  const comparison = compareScenarios(docs, { seed, samples })
  const reports = comparison.scenarios.map((scenario) => ({
    ...scenario,
    currency: scenario.projection.currency,
    pitfalls: findPitfalls(scenario.doc, scenario.projection),
    risks: riskTimelines(scenario.doc)
  }))
  return {
    generatedAt, dateLabel: generatedAt.toISOString().slice(0, 10), seed, samples, reports, comparison,
    sensitivity: sensitivity(docs[0], reports[0].kpis.totalSpend)
  }
}
