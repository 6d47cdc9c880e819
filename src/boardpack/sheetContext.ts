// What every sheet writer gets: the computed model, the scenario it is about and its formats.
import type { BoardPackModel, ScenarioReport } from './model'
import type { NumberFormats } from './styles'

export interface SheetContext {
  model: BoardPackModel
  /** The scenario the pack is about (the first one exported). */
  report: ScenarioReport
  currency: string
  formats: NumberFormats
}
