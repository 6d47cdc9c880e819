// The open scenario and everything done to it: loading, editing with undo and redo, validation,
// autosave, and the scenario list. Views read and change it through useWorkspace().
import {
  createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode
} from 'react'
import { DEFAULT_SCENARIO } from '../../../core/defaultScenario'
import { validateScenario, type ScenarioDoc, type ValidationError } from '../../../core/scenario'
import type { ScenarioSummary, StoredScenario } from '../../../shared/ipc'
import { analyse, type Analysis } from '../compute/analysis'
import { recordEdit, redo, startHistory, undo, type History } from './history'
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
  edit: (key: string, change: (doc: ScenarioDoc) => ScenarioDoc) => void
  setField: (path: string, value: unknown) => void
  undo: () => void
  redo: () => void
  openScenario: (id: number) => Promise<void>
  /** Replaces the document with one main has just stored (a restored revision), as an undoable step. */
  adoptStored: (stored: StoredScenario) => void
  refreshList: () => Promise<void>
  flush: () => void
}

const WorkspaceContext = createContext<Workspace | null>(null)

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext)
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider')
  return workspace
}

export function WorkspaceProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const notify = useNotify()
  const [loading, setLoading] = useState(true)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([])
  const [open, setOpen] = useState<OpenScenario | null>(null)
  const [history, setHistory] = useState<History<ScenarioDoc> | null>(null)
  const [rejected, setRejected] = useState<ValidationError[]>([])

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
    scenarioId: open?.id ?? null, doc, valid: validation?.ok ?? false, errorCount: errorList.length,
    onSaved, onRejected
  })

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
    window.localStorage.setItem(LAST_OPENED_KEY, String(stored.id))
  }, [markSaved])

  const openScenario = useCallback(async (id: number) => {
    flush()
    const result = await window.rampart.scenarioGet(id)
    if (result.ok) load(result.value)
    else notify(`Could not open the scenario: ${describeErrors(result.errors)}`, 'error')
  }, [flush, load, notify])

  // First launch: open the last scenario used, or the first listed; with an empty database,
  // store the default scenario and open it.
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
      let list = listed.value
      if (list.length === 0) {
        const created = await window.rampart.scenarioCreate(DEFAULT_SCENARIO)
        if (!created.ok) {
          setLoadError(describeErrors(created.errors))
          setLoading(false)
          return
        }
        list = [created.value]
      }
      if (cancelled) return
      setScenarios(list)
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
  }, [load])

  const edit = useCallback((key: string, change: (doc: ScenarioDoc) => ScenarioDoc) => {
    setRejected((r) => (r.length === 0 ? r : []))
    setHistory((h) => (h ? recordEdit(h, change(h.present), key, performance.now()) : h))
  }, [])
  const setField = useCallback((path: string, value: unknown) => {
    edit(path, (d) => setAt(d, path, value))
  }, [edit])
  const undoEdit = useCallback(() => setHistory((h) => (h ? undo(h) : h)), [])
  const redoEdit = useCallback(() => setHistory((h) => (h ? redo(h) : h)), [])

  const adoptStored = useCallback((stored: StoredScenario) => {
    markSaved(stored.document, stored.revision)
    setHistory((h) => (h ? recordEdit(h, stored.document, 'restore', performance.now()) : startHistory(stored.document)))
    onSaved(stored)
  }, [markSaved, onSaved])

  const value: Workspace = {
    loading, loadError, scenarios, open, doc, errors, errorList, analysis, saveState,
    canUndo: (history?.past.length ?? 0) > 0,
    canRedo: (history?.future.length ?? 0) > 0,
    edit, setField, undo: undoEdit, redo: redoEdit, openScenario, adoptStored, refreshList, flush
  }
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>
}
