// Saves the open scenario a moment after the last edit, and at once when the window is hidden or
// closed, so nothing typed is lost. Only valid documents are sent (main would refuse the rest);
// a document identical to the last one saved is not sent again.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ScenarioDoc } from '../../../core/scenario'
import type { FieldError, StoredScenario } from '../../../shared/ipc'

export const AUTOSAVE_DELAY_MS = 700

export type SaveState =
  | { kind: 'saved'; revision: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; errorCount: number }
  | { kind: 'failed'; message: string }

interface AutosaveInput {
  scenarioId: number | null
  doc: ScenarioDoc | null
  valid: boolean
  errorCount: number
  onSaved: (stored: StoredScenario) => void
  onRejected: (errors: FieldError[]) => void
}

export function useAutosave(input: AutosaveInput): { saveState: SaveState; flush: () => void; markSaved: (doc: ScenarioDoc, revision: number) => void } {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', revision: 0 })
  const savedJson = useRef<string | null>(null)
  const savedRevision = useRef(0)
  const timer = useRef<number | null>(null)
  const latest = useRef(input)
  latest.current = input

  const saveNow = useCallback(() => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current)
      timer.current = null
    }
    const { scenarioId, doc, valid } = latest.current
    if (scenarioId === null || doc === null || !valid) return
    const json = JSON.stringify(doc)
    if (json === savedJson.current) return
    savedJson.current = json
    setSaveState({ kind: 'saving' })
    void window.rampart.scenarioSave({ id: scenarioId, document: doc }).then((result) => {
      if (result.ok) {
        savedRevision.current = result.value.revision
        latest.current.onSaved(result.value)
        if (latest.current.scenarioId === scenarioId && JSON.stringify(latest.current.doc) === json) {
          setSaveState({ kind: 'saved', revision: result.value.revision })
        }
      } else {
        savedJson.current = null
        latest.current.onRejected(result.errors)
        setSaveState({ kind: 'failed', message: result.errors.map((e) => e.message).join('; ') })
      }
    })
  }, [])

  const markSaved = useCallback((doc: ScenarioDoc, revision: number) => {
    savedJson.current = JSON.stringify(doc)
    savedRevision.current = revision
    setSaveState({ kind: 'saved', revision })
  }, [])

  useEffect(() => {
    if (input.doc === null || input.scenarioId === null) return
    if (JSON.stringify(input.doc) === savedJson.current) {
      // Back to what is stored (an undo, say): nothing to send, and nothing pending any more.
      if (timer.current !== null) window.clearTimeout(timer.current)
      timer.current = null
      setSaveState({ kind: 'saved', revision: savedRevision.current })
      return
    }
    if (!input.valid) {
      setSaveState({ kind: 'invalid', errorCount: input.errorCount })
      return
    }
    setSaveState({ kind: 'pending' })
    if (timer.current !== null) window.clearTimeout(timer.current)
    timer.current = window.setTimeout(saveNow, AUTOSAVE_DELAY_MS)
  }, [input.doc, input.scenarioId, input.valid, input.errorCount, saveNow])

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveNow()
    }
    window.addEventListener('beforeunload', saveNow)
    window.addEventListener('pagehide', saveNow)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      window.removeEventListener('beforeunload', saveNow)
      window.removeEventListener('pagehide', saveNow)
      document.removeEventListener('visibilitychange', onHidden)
    }
  }, [saveNow])

  return { saveState, flush: saveNow, markSaved }
}
