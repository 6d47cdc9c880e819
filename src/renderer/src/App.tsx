// The window: sidebar navigation, the open scenario's status, and the current view.
import { useEffect, useRef } from 'react'
import { RampartProvider, useRampart } from './ipc/RampartProvider'
import { NavigationProvider, useNavigation, VIEW_TITLES, VIEWS, type View } from './session/navigation'
import { NoticeProvider } from './session/notices'
import { useShortcutsAndMenu } from './session/useShortcutsAndMenu'
import { useWorkspace, WorkspaceProvider } from './session/workspace'
import { ConfirmProvider } from './components/ConfirmDialog'
import { SaveStatus } from './components/SaveStatus'
import { SessionBanners } from './components/SessionBanners'
import { CompareView } from './views/compare/CompareView'
import { DashboardView } from './views/dashboard/DashboardView'
import { EditorView } from './views/editor/EditorView'
import { ExportView } from './views/export/ExportView'
import { ScenariosView } from './views/scenarios/ScenariosView'
import { TrackView } from './views/track/TrackView'

const VIEW_ICONS: Record<View, string> = {
  dashboard: '▦', editor: '✎', scenarios: '☰', compare: '⇄', track: '✓', export: '⤓'
}

export function App(): React.JSX.Element {
  return (
    <NoticeProvider>
      <RampartProvider api={window.rampart}>
        <ConfirmProvider>
          <NavigationProvider>
            <WorkspaceProvider>
              <Shell />
            </WorkspaceProvider>
          </NavigationProvider>
        </ConfirmProvider>
      </RampartProvider>
    </NoticeProvider>
  )
}

function Shell(): React.JSX.Element {
  const { view, go } = useNavigation()
  const workspace = useWorkspace()
  useShortcutsAndMenu()
  const name = workspace.doc?.name ?? ''
  useEffect(() => {
    document.title = name ? `${name} · Rampart` : 'Rampart'
  }, [name])
  useReportReady(!workspace.loading && !workspace.loadError && (workspace.doc !== null || workspace.open === null))

  return (
    <div className="app">
      {/* The first keyboard stop: past the sidebar straight to the view. */}
      <a className="skip-link" href="#main-content" onClick={(event) => {
        event.preventDefault()
        document.getElementById('main-content')?.focus()
      }}>Skip to the view</a>
      <nav className="sidebar" aria-label="Views">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">◆</span>
          <span>Rampart</span>
        </div>
        <ul className="nav-list">
          {VIEWS.map((v) => (
            <li key={v}>
              <button type="button" className={`nav-item ${view === v ? 'active' : ''}`}
                aria-current={view === v ? 'page' : undefined} onClick={() => go(v)} data-view={v}>
                <span className="nav-icon" aria-hidden="true">{VIEW_ICONS[v]}</span>
                {VIEW_TITLES[v]}
              </button>
            </li>
          ))}
        </ul>
        <div className="sidebar-footer">
          <div className="sidebar-scenario" title={name}>{name}</div>
          {workspace.open && <SaveStatus />}
          <div className="undo-buttons">
            <button type="button" className="button button-dark button-small" onClick={workspace.undo}
              disabled={!workspace.canUndo} aria-keyshortcuts="Control+Z Meta+Z">Undo</button>
            <button type="button" className="button button-dark button-small" onClick={workspace.redo}
              disabled={!workspace.canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">Redo</button>
          </div>
        </div>
      </nav>
      <main className="content" id="main-content" tabIndex={-1}>
        {workspace.loading && <p className="empty">Opening your scenarios…</p>}
        {workspace.loadError && (
          <div className="card error-card" role="alert">
            <h2>Rampart could not open its database</h2>
            <p>{workspace.loadError}</p>
          </div>
        )}
        {!workspace.loading && !workspace.loadError && (
          <>
            <SessionBanners />
            <CurrentView view={view} />
          </>
        )}
      </main>
    </div>
  )
}

/**
 * Tells main, once, that the window works: after the first scenario has rendered, or the scenario
 * list when none was opened (a safe start after a crash, or no scenarios at all). Until then main
 * treats the launch as possibly crashing and starts the next one safely.
 */
function useReportReady(rendered: boolean): void {
  const { appReady } = useRampart()
  const reported = useRef(false)
  useEffect(() => {
    if (!rendered || reported.current) return
    reported.current = true
    void appReady()
  }, [rendered, appReady])
}

function CurrentView({ view }: { view: View }): React.JSX.Element {
  switch (view) {
    case 'dashboard': return <DashboardView />
    case 'editor': return <EditorView />
    case 'scenarios': return <ScenariosView />
    case 'compare': return <CompareView />
    case 'track': return <TrackView />
    case 'export': return <ExportView />
  }
}
