// The open scenario and everything done to it: loading, editing with undo and redo, validation,
// autosave, and the scenario list. Views read and change it through useWorkspace().
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { ScenarioDoc, ValidationError } from '../../../core/scenario'
import { resolvedCurrency } from '../../../core/scenarioDefaults'
import { SAFE_START_PARAM, type ScenarioSummary, type StoredScenario } from '../../../shared'
import type { Analysis } from '../compute/analysis'
import { describeErrors } from '../ipc/client'
import { useRampart } from '../ipc/RampartProvider'
import type { SaveState } from './autosaver'
import { clearDraft, draftToOffer, type Draft } from './drafts'
import { moveTo, startEditing, type Editing } from './editing'
import { recordEdit, redo, undo } from './history'
import { useNavigation } from './navigation'
import { useNotify } from './notices'
import { explainOutsidePlan } from './outsidePlan'
import { plainErrorsByPath } from './plainErrors'
import { documentPath, setAt } from './paths'
import { useAutosave } from './useAutosave'
import { useLatest } from './useLatest'

const LAST_OPENED_KEY = 'rampart.lastScenarioId'

export interface OpenScenario {
  id: number
  revision: number
  updatedAt: string
}

export interface Workspace {
  loading: boolean
  loadError: string | null
  scenarios: ScenarioSummary[]
  open: OpenScenario | null
  /** The document as edited, possibly invalid. */
  doc: ScenarioDoc | null
  /** Field path -> message, from the engine's validation and from main's last refusal. */
  errors: ReadonlyMap<string, string>
  errorList: ValidationError[]
  /** Analysis of the last valid document, so charts stay up while a field is being fixed. */
  analysis: Analysis | null
  saveState: SaveState
  canUndo: boolean
  canRedo: boolean
  /** A kept draft of the open scenario that differs from what is stored, offered for restoring. */
  draftOffer: Draft | null
  restoreDraft: () => void
  discardDraft: () => void
  /** The window was reloaded after a crash: nothing was reopened, so the user picks a scenario. */
  safeStart: boolean
  edit: (key: string, change: (doc: ScenarioDoc) => ScenarioDoc) => void
  setField: (path: string, value: unknown) => void
  undo: () => void
  redo: () => void
  /** Opens a scenario (flushing the open one first); `reload` re-reads the open one from the database. */
  openScenario: (id: number, options?: { reload?: boolean }) => Promise<void>
  /** Leaves no scenario open (the last one went to the bin). */
  closeScenario: () => Promise<void>
  /** Replaces the document with one main has just stored (a restored revision), as an undoable step. */
  adoptStored: (stored: StoredScenario) => void
  refreshList: () => Promise<void>
  /** Saves what is pending and keeps the draft; resolves once saves in flight have landed. */
  flush: () => Promise<void>
}

const WorkspaceContext = createContext<Workspace | null>(null)

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext)
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider')
  return workspace
}

export function WorkspaceProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const rampart = useRampart()
  const notify = useNotify()
  const { go } = useNavigation()
  const [loading, setLoading] = useState(true)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([])
  const [open, setOpen] = useState<OpenScenario | null>(null)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [rejected, setRejected] = useState<ValidationError[]>([])
  const [draftOffer, setDraftOffer] = useState<Draft | null>(null)
  const [safeStart] = useState(isSafeStart)

  const doc = editing?.history.present ?? null
  const validation = editing?.validation ?? null
  const lastValid = editing?.lastValid ?? null
  const analysis = editing?.analysis ?? null

  const errorList = useMemo(() => {
    // A line stranded after the plan's end is named by its quarter's label, not the file's index.
    const own = doc && validation && !validation.ok ? explainOutsidePlan(doc, validation.errors) : []
    return [...own, ...rejected.map((e) => ({ ...e, path: documentPath(e.path) }))]
  }, [doc, validation, rejected])
  // Each field shows its first message in plain words, money in the plan's currency.
  const currency = doc ? resolvedCurrency(doc) : undefined
  const errors = useMemo(() => plainErrorsByPath(errorList, currency), [errorList, currency])

  const onSaved = useCallback((stored: StoredScenario) => {
    setOpen((o) => (o && o.id === stored.id ? { id: o.id, revision: stored.revision, updatedAt: stored.updatedAt } : o))
    setScenarios((list) => list.map((s) => (s.id === stored.id
      ? { id: s.id, name: stored.name, revision: stored.revision, updatedAt: stored.updatedAt } : s)))
  }, [])
  const onRejected = useCallback((list: ValidationError[]) => {
    setRejected(list)
    rampart.report('Not saved', list)
  }, [rampart])

  const { saveState, flush, markSaved } = useAutosave({
    scenarioId: open?.id ?? null, doc, validDoc: lastValid, valid: validation?.ok ?? false, errorCount: errorList.length,
    holdDraft: draftOffer !== null, onSaved, onRejected
  })

  // What leaving the open scenario has to know, read when it happens rather than when it was defined.
  const current = useLatest({ open, doc, valid: validation?.ok ?? true, errorCount: errorList.length })

  /** Saves what can be saved and, for a document still invalid, says its draft is kept. */
  const leaveOpenScenario = useCallback(async () => {
    const { open: leaving, doc: leftDoc, valid, errorCount } = current.current
    await flush()
    if (leaving && leftDoc && !valid) {
      notify(`"${leftDoc.name}" has ${errorCount} field${errorCount === 1 ? '' : 's'} to fix, so its latest changes are not saved; `
        + 'they are kept as a draft you can restore when you open it again.', 'info')
    }
  }, [current, flush, notify])

  const refreshList = useCallback(async () => {
    const list = await rampart.orReport('Could not list scenarios', rampart.scenarioList())
    if (list) setScenarios(list)
  }, [rampart])

  const load = useCallback((stored: StoredScenario) => {
    markSaved(stored.document, stored.revision)
    setRejected([])
    setEditing(startEditing(stored.document))
    setOpen({ id: stored.id, revision: stored.revision, updatedAt: stored.updatedAt })
    setDraftOffer(draftToOffer(window.localStorage, stored.id, JSON.stringify(stored.document)))
    window.localStorage.setItem(LAST_OPENED_KEY, String(stored.id))
  }, [markSaved])

  const openScenario = useCallback(async (id: number, options: { reload?: boolean } = {}) => {
    if (id === current.current.open?.id && !options.reload) return
    await leaveOpenScenario()
    const stored = await rampart.orReport('Could not open the scenario', rampart.scenarioGet(id))
    if (stored) load(stored)
  }, [current, leaveOpenScenario, load, rampart])

  const closeScenario = useCallback(async () => {
    await leaveOpenScenario()
    setEditing(null)
    setOpen(null)
    setDraftOffer(null)
    setRejected([])
    window.localStorage.removeItem(LAST_OPENED_KEY)
  }, [leaveOpenScenario])

  // Launch: open the last scenario used, or the first listed. With none (a first launch, or every
  // scenario deleted) the Scenarios view shows the start screen. After a crash (safe start)
  // nothing is reopened.
  // A failure here is no notice but the window's whole content: nothing else can work.
  useEffect(() => {
    let cancelled = false
    void (async () => {
      const listed = await rampart.scenarioList()
      if (cancelled) return
      if (!listed.ok) {
        setLoadError(describeErrors(listed.errors))
        setLoading(false)
        return
      }
      const list = listed.value
      setScenarios(list)
      if (list.length === 0 || safeStart) {
        go('scenarios')
        setLoading(false)
        return
      }
      const remembered = Number(window.localStorage.getItem(LAST_OPENED_KEY))
      const first = list.find((s) => s.id === remembered) ?? list[0]
      const stored = await rampart.scenarioGet(first.id)
      if (cancelled) return
      if (stored.ok) load(stored.value)
      else setLoadError(describeErrors(stored.errors))
      setLoading(false)
    })()
    return () => {
      cancelled = true
    }
  }, [rampart, load, safeStart, go])

  // Closing the window: main asks for pending edits first and closes once told they are saved
  // (or after its own time-out). The draft of an invalid document is kept on the way.
  useEffect(() => rampart.onFlushBeforeClose(() => {
    void flush().finally(() => rampart.appFlushed())
  }), [rampart, flush])

  const edit = useCallback((key: string, change: (doc: ScenarioDoc) => ScenarioDoc) => {
    const at = performance.now()
    setRejected((r) => (r.length === 0 ? r : []))
    setEditing((e) => e && moveTo(e, recordEdit(e.history, change(e.history.present), key, at)))
  }, [])
  const setField = useCallback((path: string, value: unknown) => {
    edit(path, (d) => setAt(d, path, value))
  }, [edit])
  const undoEdit = useCallback(() => setEditing((e) => e && moveTo(e, undo(e.history))), [])
  const redoEdit = useCallback(() => setEditing((e) => e && moveTo(e, redo(e.history))), [])

  const restoreDraft = useCallback(() => {
    if (!draftOffer) return
    edit('draft:restore', () => draftOffer.document)
    setDraftOffer(null)
  }, [draftOffer, edit])
  const discardDraft = useCallback(() => {
    if (!draftOffer) return
    clearDraft(window.localStorage, draftOffer.scenarioId)
    setDraftOffer(null)
  }, [draftOffer])

  const adoptStored = useCallback((stored: StoredScenario) => {
    const at = performance.now()
    markSaved(stored.document, stored.revision)
    setEditing((e) => (e ? moveTo(e, recordEdit(e.history, stored.document, 'restore', at)) : startEditing(stored.document)))
    onSaved(stored)
  }, [markSaved, onSaved])

  const canUndo = (editing?.history.past.length ?? 0) > 0
  const canRedo = (editing?.history.future.length ?? 0) > 0
  const value = useMemo<Workspace>(() => ({
    loading, loadError, scenarios, open, doc, errors, errorList, analysis, saveState, canUndo, canRedo,
    draftOffer, restoreDraft, discardDraft, safeStart,
    edit, setField, undo: undoEdit, redo: redoEdit, openScenario, closeScenario, adoptStored, refreshList, flush
  }), [
    loading, loadError, scenarios, open, doc, errors, errorList, analysis, saveState, canUndo, canRedo,
    draftOffer, restoreDraft, discardDraft, safeStart,
    edit, setField, undoEdit, redoEdit, openScenario, closeScenario, adoptStored, refreshList, flush
  ])
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>
}

/** Main reloads the window with `?safe=1` after the renderer crashed or hung. */
function isSafeStart(): boolean {
  return new URLSearchParams(window.location.search).get(SAFE_START_PARAM) === '1'
}
