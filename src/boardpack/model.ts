// Everything the board pack and the deck show, computed once by the engine before any sheet or
// slide is written: both exports read these same objects, so their numbers agree.
import {
  bridgesFromFirst, compareScenarios, DEFAULT_SAMPLES, DEFAULT_SEED, findPitfalls, riskTimelines,
  type Bridge, type Comparison, type QuarterActual, type ScenarioDoc
} from '../core'
import type { Paper } from '../core'
import { askOf, decisionsOf, type Ask, type Decision } from './story/ask'
import { actualsReportOf, type ActualsReport } from './story/actuals'
import { deadlineStatusesOf } from './story/deadlines'
import { phaseDatesOf, type PhaseDate } from './story/phaseDates'
import { riskChangesOf, type RiskChange } from './story/riskChange'
import type { ReportBasis } from './story/basis'

export interface ScenarioReport extends ReportBasis {
  ask: Ask
  decisions: Decision[]
  riskChanges: RiskChange[]
  phaseDates: PhaseDate[]
  /** Plan against the quarterly actuals recorded for this scenario; null when none are. */
  actuals: ActualsReport | null
}

export interface BoardPackModel {
  generatedAt: Date
  /** YYYY-MM-DD of generatedAt, as printed in headers and on the Summary. */
  dateLabel: string
  seed: number
  samples: number
  paper: Paper
  /** The first is the scenario the pack is about; the others are compared with it. */
  reports: ScenarioReport[]
  comparison: Comparison
  /** From the first scenario's total spend to each other one's, in the order of `reports` (the
   * first has none); null for a scenario in another currency. */
  bridges: (Bridge | null)[]
}

export interface ModelOptions {
  generatedAt?: Date
  seed?: number
  samples?: number
  /** Paper size of the printed workbook; A4 unless given. */
  paper?: Paper
  /** The quarterly actuals recorded for each scenario, in the order of the scenarios. */
  actuals?: readonly (readonly QuarterActual[] | undefined)[]
}

export function buildModel(docs: readonly ScenarioDoc[], options: ModelOptions = {}): BoardPackModel {
  const generatedAt = options.generatedAt ?? new Date()
  const seed = options.seed ?? DEFAULT_SEED
  const samples = options.samples ?? DEFAULT_SAMPLES
  // One seed for all scenarios: with common random numbers their differences are real.
  const comparison = compareScenarios(docs, { seed, samples })
  const reports = comparison.scenarios.map((scenario, i): ScenarioReport => {
    const risks = riskTimelines(scenario.doc)
    const base = {
      ...scenario,
      currency: scenario.projection.currency,
      pitfalls: findPitfalls(scenario.doc, scenario.projection),
      risks,
      fiscalYears: scenario.projection.fiscalYears,
      deadlines: deadlineStatusesOf(scenario)
    }
    const ask = askOf(base)
    return {
      ...base,
      ask,
      decisions: decisionsOf(base),
      riskChanges: riskChangesOf(risks, ask.fiscalYear.toQuarter),
      phaseDates: phaseDatesOf(base),
      actuals: actualsReportOf(base, options.actuals?.[i] ?? [])
    }
  })
  return {
    generatedAt, dateLabel: generatedAt.toISOString().slice(0, 10), seed, samples, paper: options.paper ?? 'a4',
    reports, comparison,
    bridges: bridgesFromFirst(reports.map((r) => r.projection))
  }
}
