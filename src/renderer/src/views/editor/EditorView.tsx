// The scenario editor: one tab per part of the plan, a live check beside it, and jumps straight
// to a field from the dashboard's warnings.
import { useEffect, useState } from 'react'
import { useNavigation } from '../../session/navigation'
import { useWorkspace } from '../../session/workspace'
import { PageHeader } from '../../components/PageHeader'
import { BudgetSection } from './BudgetSection'
import { CapabilitiesSection } from './CapabilitiesSection'
import { EDITOR_TABS, tabOf, type EditorTab } from './editorShared'
import { HiringSection } from './HiringSection'
import { LiveCheck } from './LiveCheck'
import { PlanSection } from './PlanSection'
import { ProgramsSection } from './ProgramsSection'
import { ToolsSection } from './ToolsSection'
import { UncertaintySection } from './UncertaintySection'

const FLASH_MS = 1600

export function EditorView(): React.JSX.Element {
  const { doc, errorList } = useWorkspace()
  const { pendingField, clearPendingField } = useNavigation()
  const [tab, setTab] = useState<EditorTab>(() => (pendingField ? tabOf(pendingField) : 'plan'))
  // A jump to a field (from the live check, or a warning while the editor is open) shows its tab
  // first; the effect below then focuses the field once that tab is on screen.
  const [jumpedTo, setJumpedTo] = useState(pendingField)
  if (pendingField !== jumpedTo) {
    setJumpedTo(pendingField)
    if (pendingField) setTab(tabOf(pendingField))
  }

  useEffect(() => {
    if (!pendingField || tabOf(pendingField) !== tab) return
    const target = findField(pendingField)
    if (target) {
      target.scrollIntoView({ block: 'center' })
      target.focus({ preventScroll: true })
      const flashed = target.closest('tr, .timeline-row, .card') ?? target
      flashed.classList.add('flash')
      window.setTimeout(() => flashed.classList.remove('flash'), FLASH_MS)
    }
    clearPendingField()
  }, [pendingField, tab, clearPendingField])

  const errorsByTab = new Map<EditorTab, number>()
  for (const e of errorList) errorsByTab.set(tabOf(e.path), (errorsByTab.get(tabOf(e.path)) ?? 0) + 1)

  return (
    <div className="view editor">
      <PageHeader title="Editor" subtitle={doc ? `Editing "${doc.name}" · changes recompute at once and save automatically` : undefined} />
      <div className="tabs" role="tablist" aria-label="Parts of the plan" onKeyDown={(event) => {
        // The ARIA tabs pattern: arrows move between tabs (and show them), Home and End go to the ends.
        const index = EDITOR_TABS.findIndex((t) => t.id === tab)
        const moves: Partial<Record<string, number>> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: EDITOR_TABS.length - 1 }
        const next = moves[event.key]
        if (next === undefined) return
        event.preventDefault()
        const target = EDITOR_TABS[(next + EDITOR_TABS.length) % EDITOR_TABS.length].id
        setTab(target)
        document.getElementById(`tab-${target}`)?.focus()
      }}>
        {EDITOR_TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-selected={tab === t.id} aria-controls="editor-panel"
            tabIndex={tab === t.id ? 0 : -1} className={`tab ${tab === t.id ? 'active' : ''}`} onClick={() => setTab(t.id)}>
            {t.title}
            {(errorsByTab.get(t.id) ?? 0) > 0 && <span className="tab-errors" aria-label={`${errorsByTab.get(t.id)} errors`}>{errorsByTab.get(t.id)}</span>}
          </button>
        ))}
      </div>
      <div className="editor-layout">
        <div className="editor-main" role="tabpanel" id="editor-panel" aria-labelledby={`tab-${tab}`}>
          {tab === 'plan' && <PlanSection />}
          {tab === 'budget' && <BudgetSection />}
          {tab === 'hiring' && <HiringSection />}
          {tab === 'tools' && <ToolsSection />}
          {tab === 'programs' && <ProgramsSection />}
          {tab === 'capabilities' && <CapabilitiesSection />}
          {tab === 'uncertainty' && <UncertaintySection />}
        </div>
        <LiveCheck />
      </div>
    </div>
  )
}

/** The input for a path, or the nearest section that holds it (`hires` for `hires[3]`). */
function findField(path: string): HTMLElement | null {
  let current = path
  for (;;) {
    const element = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(current)}"]`)
    if (element) return element
    const shorter = current.replace(/(\.[^.[\]]+|\[\d+\])$/, '')
    if (shorter === current) return null
    current = shorter
  }
}
