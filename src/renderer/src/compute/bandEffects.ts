// What each uncertainty setting does to the band, for the editor: the plan simulated with every
// setting as it is, and again with one setting off at a time, all with the same seed, so the
// difference comes from the setting and not from sampling noise. Run in the worker at a reduced
// sample count (the editor says which), since it simulates the plan up to six times per edit.
import { toolPointValue } from '../../../core/projection'
import type { ScenarioDoc } from '../../../core/scenario'
import { simulateScenario, type SimulationResult, type UncertaintySources } from '../../../core/simulation'

/** Samples of each variant: enough for a stable P10 and P90 of the whole plan, cheap enough per edit. */
export const BAND_EFFECT_SAMPLES = 2_000

export type UncertaintySource = keyof UncertaintySources

/** The figures a setting moves: spend over the plan, and the worst fiscal year's chance of overrunning. */
export interface BandFigures {
  /** P10, P50 and P90 of total spend over the plan. */
  p10: number
  p50: number
  p90: number
  /** The highest P(over budget) of any fiscal year, and that year's label; null without fiscal years. */
  worstYear: { label: string; overrunProbability: number } | null
}

export interface BandEffects {
  samples: number
  seed: number
  /** What the plan as it stands leaves uncertain. */
  sources: UncertaintySources
  /** The plan as it stands. */
  current: BandFigures
  /** The plan with that one source made certain; only for the sources that are on. */
  without: Partial<Record<UncertaintySource, BandFigures>>
}

/** The plan with one source of uncertainty made certain, everything else as it is. */
export function withoutSource(doc: ScenarioDoc, source: UncertaintySource): ScenarioDoc {
  if (source === 'toolPrices') {
    // Each tool at the cost the plan uses, with nothing to draw around it.
    return {
      ...doc,
      tools: doc.tools?.map((line) => {
        const point = toolPointValue(line)
        return { ...line, low: point, high: point, point }
      })
    }
  }
  const field = ({ pay: 'salaryPercent', hiringDates: 'hiringSlip', attrition: 'attritionPercent', revenue: 'revenuePercent' } as const)[source]
  const { [field]: _off, ...rest } = doc.uncertainty ?? {}
  return { ...doc, uncertainty: rest }
}

export function bandFigures(simulation: SimulationResult): BandFigures {
  const worst = simulation.fiscalYears.reduce<SimulationResult['fiscalYears'][number] | null>(
    (found, year) => (found === null || year.overrunProbability > found.overrunProbability ? year : found), null)
  const { p10, p50, p90 } = simulation.horizon
  return { p10, p50, p90, worstYear: worst && { label: worst.label, overrunProbability: worst.overrunProbability } }
}

export function bandEffects(doc: ScenarioDoc, options: { seed: number; samples: number }): BandEffects {
  const current = simulateScenario(doc, options)
  const without: BandEffects['without'] = {}
  for (const source of Object.keys(current.sources) as UncertaintySource[]) {
    if (current.sources[source]) without[source] = bandFigures(simulateScenario(withoutSource(doc, source), options))
  }
  return { samples: current.samples, seed: current.seed, sources: current.sources, current: bandFigures(current), without }
}
