// The open scenario and everything done to it: loading, editing with undo and redo, validation,
// autosave, and the scenario list. Views read and change it through useWorkspace().
import {
  createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode
} from 'react'
import { validateScenario, type ScenarioDoc, type ValidationError } from '../../../core/scenario'
import { SAFE_START_PARAM, type ScenarioSummary, type StoredScenario } from '../../../shared/ipc'
import { analyse, type Analysis } from '../compute/analysis'
import { clearDraft, draftToOffer, type Draft } from './drafts'
import { recordEdit, redo, startHistory, undo, type History } from './history'
import { useNavigation } from './navigation'
import { describeErrors, useNotify } from './notices'
import { documentPath, setAt } from './paths'
import { useAutosave, type SaveState } from './useAutosave'

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
  const notify = useNotify()
  const { go } = useNavigation()
  const [loading, setLoading] = useState(true)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([])
  const [open, setOpen] = useState<OpenScenario | null>(null)
  const [history, setHistory] = useState<History<ScenarioDoc> | null>(null)
  const [rejected, setRejected] = useState<ValidationError[]>([])
  const [draftOffer, setDraftOffer] = useState<Draft | null>(null)
  const [safeStart] = useState(isSafeStart)

  const doc = history?.present ?? null
  const validation = useMemo(() => (doc ? validateScenario(doc) : null), [doc])
  const validDoc = useRef<ScenarioDoc | null>(null)
  if (doc && validation?.ok) validDoc.current = doc
  const lastValid = doc && validation?.ok ? doc : validDoc.current
  const previousAnalysis = useRef<Analysis | null>(null)
  const analysis = useMemo(() => (lastValid ? analyse(lastValid, previousAnalysis.current) : null), [lastValid])
  previousAnalysis.current = analysis

  const errorList = useMemo(() => {
    const own = validation && !validation.ok ? validation.errors : []
    return [...own, ...rejected.map((e) => ({ ...e, path: documentPath(e.path) }))]
  }, [validation, rejected])
  const errors = useMemo(() => {
    const map = new Map<string, string>()
    for (const e of errorList) if (!map.has(e.path)) map.set(e.path, e.message)
    return map
  }, [errorList])

  const onSaved = useCallback((stored: StoredScenario) => {
    setOpen((o) => (o && o.id === stored.id ? { id: o.id, revision: stored.revision, updatedAt: stored.updatedAt } : o))
    setScenarios((list) => list.map((s) => (s.id === stored.id
      ? { id: s.id, name: stored.name, revision: stored.revision, updatedAt: stored.updatedAt } : s)))
  }, [])
  const onRejected = useCallback((list: ValidationError[]) => {
    setRejected(list)
    notify(`Not saved: ${describeErrors(list)}`, 'error')
  }, [notify])

  const { saveState, flush, markSaved } = useAutosave({
    scenarioId: open?.id ?? null, doc, validDoc: lastValid, valid: validation?.ok ?? false, errorCount: errorList.length,
    holdDraft: draftOffer !== null, onSaved, onRejected
  })

  // What leaving the open scenario has to know, read when it happens rather than when it was defined.
  const current = useRef({ open, doc, valid: validation?.ok ?? true, errorCount: errorList.length })
  current.current = { open, doc, valid: validation?.ok ?? true, errorCount: errorList.length }

  /** Saves what can be saved and, for a document still invalid, says its draft is kept. */
  const leaveOpenScenario = useCallback(async () => {
    const { open: leaving, doc: leftDoc, valid, errorCount } = current.current
    await flush()
    if (leaving && leftDoc && !valid) {
      notify(`"${leftDoc.name}" has ${errorCount} field${errorCount === 1 ? '' : 's'} to fix, so its latest changes are not saved; `
        + 'they are kept as a draft you can restore when you open it again.', 'info')
    }
  }, [flush, notify])

  const refreshList = useCallback(async () => {
    const result = await window.rampart.scenarioList()
    if (result.ok) setScenarios(result.value)
    else notify(`Could not list scenarios: ${describeErrors(result.errors)}`, 'error')
  }, [notify])

  const load = useCallback((stored: StoredScenario) => {
    validDoc.current = null
    markSaved(stored.document, stored.revision)
    setRejected([])
    setHistory(startHistory(stored.document))
    setOpen({ id: stored.id, revision: stored.revision, updatedAt: stored.updatedAt })
    setDraftOffer(draftToOffer(window.localStorage, stored.id, JSON.stringify(stored.document)))
    window.localStorage.setItem(LAST_OPENED_KEY, String(stored.id))
  }, [markSaved])

  const openScenario = useCallback(async (id: number, options: { reload?: boolean } = {}) => {
    if (id === current.current.open?.id && !options.reload) return
    await leaveOpenScenario()
    const result = await window.rampart.scenarioGet(id)
    if (result.ok) load(result.value)
    else notify(`Could not open the scenario: ${describeErrors(result.errors)}`, 'error')
  }, [leaveOpenScenario, load, notify])

  const closeScenario = useCallback(async () => {
    await leaveOpenScenario()
    validDoc.current = null
    setHistory(null)
    setOpen(null)
    setDraftOffer(null)
    setRejected([])
    window.localStorage.removeItem(LAST_OPENED_KEY)
  }, [leaveOpenScenario])

  // Launch: open the last scenario used, or the first listed. Main stores the default scenario in
  // an empty database at start-up, so an empty list means the user has deleted every scenario:
  // the Scenarios view then offers to create one. After a crash (safe start) nothing is reopened.
  useEffect(() => {
    let cancelled = false
    void (async () => {
      const listed = await window.rampart.scenarioList()
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
      const stored = await window.rampart.scenarioGet(first.id)
      if (cancelled) return
      if (stored.ok) load(stored.value)
      else setLoadError(describeErrors(stored.errors))
      setLoading(false)
    })()
    return () => {
      cancelled = true
    }
  }, [load, safeStart, go])

  // Closing the window: main asks for pending edits first and closes once told they are saved
  // (or after its own time-out). The draft of an invalid document is kept on the way.
  useEffect(() => window.rampart.onFlushBeforeClose(() => {
    void flush().finally(() => window.rampart.appFlushed())
  }), [flush])

  const edit = useCallback((key: string, change: (doc: ScenarioDoc) => ScenarioDoc) => {
    setRejected((r) => (r.length === 0 ? r : []))
    setHistory((h) => (h ? recordEdit(h, change(h.present), key, performance.now()) : h))
  }, [])
  const setField = useCallback((path: string, value: unknown) => {
    edit(path, (d) => setAt(d, path, value))
  }, [edit])
  const undoEdit = useCallback(() => setHistory((h) => (h ? undo(h) : h)), [])
  const redoEdit = useCallback(() => setHistory((h) => (h ? redo(h) : h)), [])

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
    markSaved(stored.document, stored.revision)
    setHistory((h) => (h ? recordEdit(h, stored.document, 'restore', performance.now()) : startHistory(stored.document)))
    onSaved(stored)
  }, [markSaved, onSaved])

  const value: Workspace = {
    loading, loadError, scenarios, open, doc, errors, errorList, analysis, saveState,
    canUndo: (history?.past.length ?? 0) > 0,
    canRedo: (history?.future.length ?? 0) > 0,
    draftOffer, restoreDraft, discardDraft, safeStart,
    edit, setField, undo: undoEdit, redo: redoEdit, openScenario, closeScenario, adoptStored, refreshList, flush
  }
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>
}

/** Main reloads the window with `?safe=1` after the renderer crashed or hung. */
function isSafeStart(): boolean {
  return new URLSearchParams(window.location.search).get(SAFE_START_PARAM) === '1'
}
