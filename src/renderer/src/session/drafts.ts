// The latest unsaved state of each scenario, valid or not, kept in the window's local storage so
// an edit survives what autosave cannot send (a field still being fixed), a switch to another
// scenario, a reload or a crash. A draft remembers the revision it was based on; it is removed
// once that state is saved, or when the user discards it.
import type { ScenarioDoc } from '../../../core/scenario'

export interface Draft {
  scenarioId: number
  /** The stored revision the edits started from. */
  baseRevision: number
  /** ISO 8601 time of the last edit kept. */
  keptAt: string
  document: ScenarioDoc
}

/** The slice of the Web Storage API drafts use, so tests can pass a plain map. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const PREFIX = 'rampart.draft.'

export function draftKey(scenarioId: number): string {
  return `${PREFIX}${scenarioId}`
}

export function writeDraft(storage: DraftStorage, draft: Draft): boolean {
  try {
    storage.setItem(draftKey(draft.scenarioId), JSON.stringify(draft))
    return true
  } catch {
    // Storage full or unavailable: the draft is a safety net, never a reason to stop editing.
    return false
  }
}

export function readDraft(storage: DraftStorage, scenarioId: number): Draft | null {
  let text: string | null
  try {
    text = storage.getItem(draftKey(scenarioId))
  } catch {
    return null
  }
  if (text === null) return null
  try {
    const parsed = JSON.parse(text) as Partial<Draft>
    if (parsed.scenarioId !== scenarioId || typeof parsed.baseRevision !== 'number' || typeof parsed.keptAt !== 'string'
      || parsed.document === null || typeof parsed.document !== 'object') return null
    return parsed as Draft
  } catch {
    return null
  }
}

export function clearDraft(storage: DraftStorage, scenarioId: number): void {
  try {
    storage.removeItem(draftKey(scenarioId))
  } catch {
    // Nothing to do: an unreadable draft is never offered.
  }
}

/** Removes the draft only if it holds exactly this document (a save that caught up with it). */
export function clearDraftIfSaved(storage: DraftStorage, scenarioId: number, savedJson: string): void {
  const draft = readDraft(storage, scenarioId)
  if (draft && JSON.stringify(draft.document) === savedJson) clearDraft(storage, scenarioId)
}

/** The draft worth offering when a scenario opens: one that differs from what is stored. */
export function draftToOffer(storage: DraftStorage, scenarioId: number, storedJson: string): Draft | null {
  const draft = readDraft(storage, scenarioId)
  if (!draft) return null
  if (JSON.stringify(draft.document) === storedJson) {
    clearDraft(storage, scenarioId)
    return null
  }
  return draft
}
