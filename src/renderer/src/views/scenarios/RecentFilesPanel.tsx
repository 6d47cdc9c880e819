// Scenario files imported before, to import again in one click (board packs are not importable).
import type { RecentFile } from '../../../../shared'
import type { ScenarioActions } from '../../session/scenarioActions'

export function RecentFilesPanel({ recent, actions }: { recent: RecentFile[]; actions: ScenarioActions }): React.JSX.Element | null {
  if (recent.length === 0) return null
  return (
    <section className="card">
      <header className="card-header"><h2>Recent files</h2></header>
      <ul className="plain-list">
        {recent.filter((r) => r.kind === 'import').map((r) => (
          <li key={r.path}>
            <span title={r.path}>{r.name}</span>
            <button type="button" className="button button-small" onClick={() => void actions.importRecent(r.path)}>Import again</button>
          </li>
        ))}
      </ul>
    </section>
  )
}
