// Saves the open scenario a moment after the last edit, and at once when the window is hidden,
// closed or switched to another scenario, so nothing typed is lost.
//
// Main refuses invalid documents, so what is sent is the last VALID state of the document: while
// one field is being fixed, every other edit made before it is still saved promptly. The current
// state, valid or not, is kept as a draft in local storage (./drafts) until a save catches up
// with it. A document identical to the one stored is not sent again.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ScenarioDoc } from '../../../core/scenario'
import type { FieldError, StoredScenario } from '../../../shared/ipc'
import { clearDraft, clearDraftIfSaved, writeDraft } from './drafts'

const AUTOSAVE_DELAY_MS = 700
/** Drafts are written a little after typing pauses (and at once on flush), not on every keystroke. */
const DRAFT_DELAY_MS = 250

export type SaveState =
  | { kind: 'saved'; revision: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; errorCount: number }
  | { kind: 'failed'; message: string }

interface AutosaveInput {
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

export interface Autosave {
  saveState: SaveState
  /** Sends the last valid state now and keeps the current one as a draft; resolves when saves in flight land. */
  flush: () => Promise<void>
  /** Records a document main has just stored (opened, restored) as the saved state. */
  markSaved: (doc: ScenarioDoc, revision: number) => void
}

export function useAutosave(input: AutosaveInput): Autosave {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', revision: 0 })
  /** What the database holds for the open scenario, as far as this window knows. */
  const storedJson = useRef<string | null>(null)
  const storedRevision = useRef(0)
  /** The last state sent (or stored): sending it again would change nothing. */
  const sentJson = useRef<string | null>(null)
  const saveTimer = useRef<number | null>(null)
  /** The valid state the save timer is waiting to send, so typing in a broken field does not postpone it. */
  const scheduledJson = useRef<string | null>(null)
  const draftTimer = useRef<number | null>(null)
  const inFlight = useRef<Promise<void>>(Promise.resolve())
  const latest = useRef(input)
  latest.current = input

  const keepDraftNow = useCallback(() => {
    if (draftTimer.current !== null) window.clearTimeout(draftTimer.current)
    draftTimer.current = null
    const { scenarioId, doc, holdDraft } = latest.current
    if (scenarioId === null || doc === null) return
    const json = JSON.stringify(doc)
    if (json !== storedJson.current) {
      writeDraft(window.localStorage, {
        scenarioId, baseRevision: storedRevision.current, keptAt: new Date().toISOString(), document: doc
      })
    } else if (!holdDraft) {
      clearDraft(window.localStorage, scenarioId)
    }
  }, [])

  const stopTimers = useCallback(() => {
    for (const timer of [saveTimer, draftTimer]) {
      if (timer.current !== null) window.clearTimeout(timer.current)
      timer.current = null
    }
    scheduledJson.current = null
  }, [])

  // Brings the save state, the draft and the save timer in line with the document as it is now.
  // Runs after every edit, and after a save lands (the document may have moved on, or back).
  const reconcile = useRef<() => void>(() => {})

  const saveNow = useCallback((): Promise<void> => {
    if (saveTimer.current !== null) window.clearTimeout(saveTimer.current)
    saveTimer.current = null
    scheduledJson.current = null
    keepDraftNow()
    const { scenarioId, validDoc } = latest.current
    if (scenarioId === null || validDoc === null) return inFlight.current
    const json = JSON.stringify(validDoc)
    if (json === sentJson.current) return inFlight.current
    sentJson.current = json
    if (latest.current.valid) setSaveState({ kind: 'saving' })
    const saving = window.rampart.scenarioSave({ id: scenarioId, document: validDoc }).then((result) => {
      const stillOpen = latest.current.scenarioId === scenarioId
      if (result.ok) {
        clearDraftIfSaved(window.localStorage, scenarioId, json)
        latest.current.onSaved(result.value)
        if (!stillOpen) return
        storedJson.current = json
        storedRevision.current = result.value.revision
        reconcile.current()
      } else {
        if (!stillOpen) return
        sentJson.current = storedJson.current
        latest.current.onRejected(result.errors)
        setSaveState({ kind: 'failed', message: result.errors.map((e) => e.message).join('; ') })
      }
    })
    inFlight.current = Promise.all([inFlight.current, saving]).then(() => undefined)
    return inFlight.current
  }, [keepDraftNow])

  reconcile.current = () => {
    const { doc, validDoc, scenarioId, valid, errorCount, holdDraft } = latest.current
    if (doc === null || scenarioId === null) return
    const json = JSON.stringify(doc)
    if (json === storedJson.current) {
      // What is stored (an undo back to it, say): nothing to send, and nothing pending any more.
      stopTimers()
      if (!holdDraft) clearDraft(window.localStorage, scenarioId)
      setSaveState({ kind: 'saved', revision: storedRevision.current })
      return
    }
    if (draftTimer.current !== null) window.clearTimeout(draftTimer.current)
    draftTimer.current = window.setTimeout(keepDraftNow, DRAFT_DELAY_MS)
    const validJson = validDoc === doc ? json : JSON.stringify(validDoc)
    setSaveState(!valid ? { kind: 'invalid', errorCount } : validJson === sentJson.current ? { kind: 'saving' } : { kind: 'pending' })
    if (validDoc === null || validJson === sentJson.current || validJson === scheduledJson.current) return
    if (saveTimer.current !== null) window.clearTimeout(saveTimer.current)
    scheduledJson.current = validJson
    saveTimer.current = window.setTimeout(saveNow, AUTOSAVE_DELAY_MS)
  }

  const markSaved = useCallback((doc: ScenarioDoc, revision: number) => {
    stopTimers()
    storedJson.current = JSON.stringify(doc)
    sentJson.current = storedJson.current
    storedRevision.current = revision
    setSaveState({ kind: 'saved', revision })
  }, [stopTimers])

  useEffect(() => {
    reconcile.current()
  }, [input.doc, input.validDoc, input.scenarioId, input.valid, input.errorCount])

  useEffect(() => {
    const flushNow = () => void saveNow()
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flushNow()
    }
    window.addEventListener('beforeunload', flushNow)
    window.addEventListener('pagehide', flushNow)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      window.removeEventListener('beforeunload', flushNow)
      window.removeEventListener('pagehide', flushNow)
      document.removeEventListener('visibilitychange', onHidden)
    }
  }, [saveNow])

  return { saveState, flush: saveNow, markSaved }
}
