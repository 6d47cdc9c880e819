// What every sheet writer gets: the computed model, the scenario it is about and its formats.
import type { SensitivityResult } from '../core'
import type { PrintSetup } from './layout'
import type { BoardPackModel, ScenarioReport } from './model'
import type { NumberFormats } from './styles'

export interface SheetContext {
  model: BoardPackModel
  /** The scenario the pack is about (the first one exported). */
  report: ScenarioReport
  currency: string
  formats: NumberFormats
  /** What drives the first scenario's headroom over the horizon (a tornado). Only the workbook
   * shows it, so it is not part of the model the deck shares. */
  sensitivity: SensitivityResult
}

/** What every printed page carries: the scenario's name, the date and the paper. */
export function pageBasics(ctx: SheetContext): Pick<PrintSetup, 'scenarioName' | 'dateLabel' | 'paper'> {
  return { scenarioName: ctx.report.doc.name, dateLabel: ctx.model.dateLabel, paper: ctx.model.paper }
}
