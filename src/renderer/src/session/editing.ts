// The open scenario's document as the user edits it: its undo history, the engine's verdict on
// the current state, and the last valid state with its analysis, which the views keep showing
// (and autosave keeps saving) while a field is being fixed. Each step is one pure transition.
import type { ScenarioDoc, ValidationResult } from '../../../core/scenario'
import { validateScenario } from '../../../core/scenario'
import { analyse, type Analysis } from '../compute/analysis'
import { startHistory, type History } from './history'

export interface Editing {
  history: History<ScenarioDoc>
  /** The engine's validation of `history.present`. */
  validation: ValidationResult
  /** The latest valid state since the scenario was opened; null while it has never been valid. */
  lastValid: ScenarioDoc | null
  /** The analysis of `lastValid`. */
  analysis: Analysis | null
}

export function startEditing(doc: ScenarioDoc): Editing {
  return moveTo(null, startHistory(doc))
}

/** The state after the history moved (an edit, undo, redo); the same object when it did not. */
export function moveTo(editing: Editing | null, history: History<ScenarioDoc>): Editing {
  if (editing && history === editing.history) return editing
  const validation = validateScenario(history.present)
  if (!validation.ok) {
    return { history, validation, lastValid: editing?.lastValid ?? null, analysis: editing?.analysis ?? null }
  }
  const previous = editing?.analysis ?? null
  const analysis = previous?.doc === history.present ? previous : analyse(history.present, previous)
  return { history, validation, lastValid: history.present, analysis }
}
