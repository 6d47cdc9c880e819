// Saves the open scenario a moment after the last edit, and at once when asked (the window is
// hidden or closed, another scenario opens), so nothing typed is lost.
//
// Main refuses invalid documents, so what is sent is the last VALID state of the document: while
// one field is being fixed, every other edit made before it is still saved promptly. The current
// state, valid or not, is kept as a draft (./drafts) until a save catches up with it. A document
// identical to the one stored is not sent again.
//
// Plain TypeScript over injected saving, storage and timers: useAutosave binds it to the window,
// and unit tests drive it with a fake of main and fake timers.
import type { ScenarioDoc } from '../../../core/scenario'
import type { FieldError, IpcResult, StoredScenario } from '../../../shared'
import { clearDraft, clearDraftIfSaved, writeDraft, type DraftStorage } from './drafts'

export const AUTOSAVE_DELAY_MS = 700
/** Drafts are written a little after typing pauses (and at once on flush), not on every keystroke. */
export const DRAFT_DELAY_MS = 250

export type SaveState =
  | { kind: 'saved'; revision: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; errorCount: number }
  | { kind: 'failed'; message: string }

export interface AutosaveInput {
  scenarioId: number | null
  /** The document as edited, possibly invalid: what a draft keeps. */
  doc: ScenarioDoc | null
  /** The last valid state of the document: what is saved. */
  validDoc: ScenarioDoc | null
  valid: boolean
  errorCount: number
  /** While a stored draft is offered for restoring, an unchanged document must not remove it. */
  holdDraft: boolean
  onSaved: (stored: StoredScenario) => void
  onRejected: (errors: FieldError[]) => void
}

export interface AutosaverDeps {
  save: (request: { id: number; document: ScenarioDoc }) => Promise<IpcResult<StoredScenario>>
  storage: DraftStorage
  /** Told every save state, including one equal to the last. */
  onState: (state: SaveState) => void
  /** ISO 8601 time, for when a draft was kept. */
  now?: () => string
}

export interface Autosaver {
  /** The window's current state; called after every render, before `reconcile`. */
  setInput: (input: AutosaveInput) => void
  /**
   * Brings the save state, the draft and the save timer in line with the document as it is now.
   * Called after an edit, and by the autosaver itself after a save lands (the document may have
   * moved on, or back).
   */
  reconcile: () => void
  /** Sends the last valid state now and keeps the current one as a draft; resolves when saves in flight land. */
  flush: () => Promise<void>
  /** Records a document main has just stored (opened, restored) as the saved state. */
  markSaved: (doc: ScenarioDoc, revision: number) => void
}

const NO_INPUT: AutosaveInput = {
  scenarioId: null, doc: null, validDoc: null, valid: false, errorCount: 0, holdDraft: false,
  onSaved: () => {}, onRejected: () => {}
}

export function createAutosaver({ save, storage, onState, now = () => new Date().toISOString() }: AutosaverDeps): Autosaver {
  let input = NO_INPUT
  /** What the database holds for the open scenario, as far as this window knows. */
  let storedJson: string | null = null
  let storedRevision = 0
  /** The last state sent (or stored): sending it again would change nothing. */
  let sentJson: string | null = null
  let saveTimer: ReturnType<typeof setTimeout> | null = null
  /** The valid state the save timer is waiting to send, so typing in a broken field does not postpone it. */
  let scheduledJson: string | null = null
  let draftTimer: ReturnType<typeof setTimeout> | null = null
  let inFlight: Promise<void> = Promise.resolve()

  const stopDraftTimer = () => {
    if (draftTimer !== null) clearTimeout(draftTimer)
    draftTimer = null
  }
  const stopSaveTimer = () => {
    if (saveTimer !== null) clearTimeout(saveTimer)
    saveTimer = null
    scheduledJson = null
  }

  const keepDraftNow = () => {
    stopDraftTimer()
    const { scenarioId, doc, holdDraft } = input
    if (scenarioId === null || doc === null) return
    const json = JSON.stringify(doc)
    if (json !== storedJson) {
      writeDraft(storage, { scenarioId, baseRevision: storedRevision, keptAt: now(), document: doc })
    } else if (!holdDraft) {
      clearDraft(storage, scenarioId)
    }
  }

  const flush = (): Promise<void> => {
    stopSaveTimer()
    keepDraftNow()
    const { scenarioId, validDoc } = input
    if (scenarioId === null || validDoc === null) return inFlight
    const json = JSON.stringify(validDoc)
    if (json === sentJson) return inFlight
    sentJson = json
    if (input.valid) onState({ kind: 'saving' })
    const saving = save({ id: scenarioId, document: validDoc }).then((result) => {
      const stillOpen = input.scenarioId === scenarioId
      if (result.ok) {
        clearDraftIfSaved(storage, scenarioId, json)
        input.onSaved(result.value)
        if (!stillOpen) return
        storedJson = json
        storedRevision = result.value.revision
        reconcile()
      } else {
        if (!stillOpen) return
        sentJson = storedJson
        input.onRejected(result.errors)
        onState({ kind: 'failed', message: result.errors.map((e) => e.message).join('; ') })
      }
    })
    inFlight = Promise.all([inFlight, saving]).then(() => undefined)
    return inFlight
  }

  const reconcile = () => {
    const { doc, validDoc, scenarioId, valid, errorCount, holdDraft } = input
    if (doc === null || scenarioId === null) return
    const json = JSON.stringify(doc)
    if (json === storedJson) {
      // What is stored (an undo back to it, say): nothing to send, and nothing pending any more.
      stopSaveTimer()
      stopDraftTimer()
      if (!holdDraft) clearDraft(storage, scenarioId)
      onState({ kind: 'saved', revision: storedRevision })
      return
    }
    stopDraftTimer()
    draftTimer = setTimeout(keepDraftNow, DRAFT_DELAY_MS)
    const validJson = validDoc === doc ? json : JSON.stringify(validDoc)
    onState(!valid ? { kind: 'invalid', errorCount } : validJson === sentJson ? { kind: 'saving' } : { kind: 'pending' })
    if (validDoc === null || validJson === sentJson || validJson === scheduledJson) return
    if (saveTimer !== null) clearTimeout(saveTimer)
    scheduledJson = validJson
    saveTimer = setTimeout(flush, AUTOSAVE_DELAY_MS)
  }

  const markSaved = (doc: ScenarioDoc, revision: number) => {
    stopSaveTimer()
    stopDraftTimer()
    storedJson = JSON.stringify(doc)
    sentJson = storedJson
    storedRevision = revision
    onState({ kind: 'saved', revision })
  }

  return {
    setInput: (next) => {
      input = next
    },
    reconcile, flush, markSaved
  }
}

/** Whether two save states read the same, so the window need not render again for the second. */
export function sameSaveState(a: SaveState, b: SaveState): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
