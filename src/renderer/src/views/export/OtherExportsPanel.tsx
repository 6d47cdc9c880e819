// The other ways out of Rampart: one scenario or all of them as scenario files, and chart images.
// The file last written can be opened or shown in its folder.
import { useState } from 'react'
import { useScenarioActions } from '../../session/useScenarioActions'
import { useWorkspace } from '../../session/workspace'
import { ExportedFile } from './ExportedFile'

export function OtherExportsPanel(): React.JSX.Element {
  const { open } = useWorkspace()
  const actions = useScenarioActions()
  const [saved, setSaved] = useState<string | null>(null)
  const keep = (path: string | null) => {
    if (path !== null) setSaved(path)
  }
  return (
    <section className="card">
      <header className="card-header"><h2>Other exports</h2></header>
      <ul className="plain-list">
        <li>
          <span>The open scenario as a scenario file (.json)</span>
          <button type="button" className="button button-small" disabled={!open} onClick={() => open && void actions.exportScenario(open.id).then(keep)}>Export scenario…</button>
        </li>
        <li>
          <span>Every scenario, for a colleague or a backup</span>
          <button type="button" className="button button-small" onClick={() => void actions.exportAll().then(keep)}>Export all…</button>
        </li>
      </ul>
      {saved && <ExportedFile path={saved} label="scenario file" testId="other-export-saved" />}
      <p className="muted">Every chart has a <strong>Save PNG</strong> button for slides and documents.</p>
    </section>
  )
}
