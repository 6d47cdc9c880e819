// The open scenario's autosave (./autosaver) bound to the window: saving through main, drafts in
// local storage, the save state as React state, and a save at once when the window is hidden or
// unloaded.
import { useEffect, useLayoutEffect, useState } from 'react'
import type { ScenarioDoc } from '../../../core/scenario'
import { useRampart } from '../ipc/RampartProvider'
import { createAutosaver, sameSaveState, type AutosaveInput, type SaveState } from './autosaver'

export interface Autosave {
  saveState: SaveState
  /** Sends the last valid state now and keeps the current one as a draft; resolves when saves in flight land. */
  flush: () => Promise<void>
  /** Records a document main has just stored (opened, restored) as the saved state. */
  markSaved: (doc: ScenarioDoc, revision: number) => void
}

export function useAutosave(input: AutosaveInput): Autosave {
  const { scenarioSave } = useRampart()
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', revision: 0 })
  const [autosaver] = useState(() => createAutosaver({
    save: scenarioSave,
    storage: window.localStorage,
    onState: (next) => setSaveState((shown) => (sameSaveState(shown, next) ? shown : next))
  }))

  useLayoutEffect(() => {
    autosaver.setInput(input)
  })
  const { doc, validDoc, scenarioId, valid, errorCount } = input
  useEffect(() => {
    autosaver.reconcile()
  }, [autosaver, doc, validDoc, scenarioId, valid, errorCount])

  useEffect(() => {
    const flushNow = () => void autosaver.flush()
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
  }, [autosaver])

  return { saveState, flush: autosaver.flush, markSaved: autosaver.markSaved }
}
