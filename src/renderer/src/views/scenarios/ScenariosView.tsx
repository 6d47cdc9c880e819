// Every scenario: open, create, duplicate as a what-if, rename, delete to the bin, import (also by
// dropping files on the view) and export; the open scenario's revision history; the bin; backups.
// With no scenario listed (a first launch) it is the start screen, with the bin and backups if any.
import { useState } from 'react'
import { PageHeader } from '../../components/PageHeader'
import { StartScreen } from '../start/StartScreen'
import type { ScenarioActions } from '../../session/scenarioActions'
import { useScenarioActions } from '../../session/useScenarioActions'
import { useWorkspace } from '../../session/workspace'
import { BackupsPanel } from './BackupsPanel'
import { BinPanel } from './BinPanel'
import { RecentFilesPanel } from './RecentFilesPanel'
import { RevisionHistoryPanel } from './RevisionHistoryPanel'
import { ScenarioTable } from './ScenarioTable'
import { useSideLists } from './useSideLists'

export function ScenariosView(): React.JSX.Element {
  const { scenarios } = useWorkspace()
  const actions = useScenarioActions()
  const side = useSideLists(scenarios)
  const [dragging, setDragging] = useState(false)

  return (
    <div className={`view scenarios ${scenarios.length === 0 ? 'view-start' : ''} ${dragging ? 'dragging' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setDragging(true) }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDragging(false)
        for (const file of Array.from(e.dataTransfer.files)) void actions.importDropped(file)
      }}>
      {scenarios.length === 0 ? (
        <>
          <StartScreen actions={actions} />
          {/* Only after every scenario was deleted: a first launch has no bin and no backups yet. */}
          {side.bin.length > 0 && <BinPanel bin={side.bin} onEmptied={side.refresh} />}
          {side.backups.length > 0 && <BackupsPanel backups={side.backups} onRestored={side.refresh} />}
        </>
      ) : <ScenarioList actions={actions} side={side} />}
    </div>
  )
}

function ScenarioList({ actions, side }: { actions: ScenarioActions; side: ReturnType<typeof useSideLists> }): React.JSX.Element {
  return (
    <>
      <PageHeader title="Scenarios" subtitle="Drop scenario files (.json) here to import them"
        actions={<>
          <button type="button" className="button" onClick={() => void actions.importFiles()}>Import…</button>
          <button type="button" className="button" onClick={() => void actions.exportAll()}>Export all…</button>
          <button type="button" className="button" onClick={() => void actions.backUpNow().then(side.refresh)}>Back up now</button>
          <button type="button" className="button button-primary" onClick={() => void actions.createNew()}>New scenario</button>
        </>} />

      <ScenarioTable actions={actions} />

      <div className="grid-2">
        <RevisionHistoryPanel />
        <div className="stack">
          <BinPanel bin={side.bin} onEmptied={side.refresh} />
          <BackupsPanel backups={side.backups} onRestored={side.refresh} />
          <RecentFilesPanel recent={side.recent} actions={actions} />
        </div>
      </div>
    </>
  )
}
