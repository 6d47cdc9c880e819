// The board pack and the board deck: pick the base scenario, the others to compare with it, and
// the paper; export the workbook or the PowerPoint deck, follow the progress main reports while
// it simulates and writes, then open the file or show it in its folder.
import { useEffect, useState } from 'react'
import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_COMPARED_SCENARIOS } from '../../../../core/limits'
import type { ExportProgress, Paper } from '../../../../shared'
import { describeErrors } from '../../ipc/client'
import { useRampart } from '../../ipc/RampartProvider'
import { FieldFrame } from '../../components/fields'
import { useNotify } from '../../session/notices'
import { useWorkspace } from '../../session/workspace'
import { ExportedFile } from './ExportedFile'

export function BoardPackPanel(): React.JSX.Element {
  const rampart = useRampart()
  const { scenarios, open, flush } = useWorkspace()
  const notify = useNotify()
  // The base is chosen on its own, never taken from the order in which boxes were ticked.
  const [baseId, setBaseId] = useState<number | null>(() => open?.id ?? scenarios[0]?.id ?? null)
  const [others, setOthers] = useState<number[]>([])
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<{ path: string; bytes: number; what: 'board pack' | 'board deck' } | null>(null)
  // Unset: main prints on the paper of the computer's region.
  const [paper, setPaper] = useState<Paper | ''>('')

  useEffect(() => rampart.onBoardPackProgress(setProgress), [rampart])

  const listed = (id: number) => scenarios.some((s) => s.id === id)
  // The base first, then the others as listed; a scenario deleted meanwhile drops out.
  const selected = baseId !== null && listed(baseId)
    ? [baseId, ...scenarios.filter((s) => s.id !== baseId && others.includes(s.id)).map((s) => s.id)]
    : []
  const toggle = (id: number) => setOthers((list) => list.includes(id)
    ? list.filter((x) => x !== id)
    : selected.length >= MAX_COMPARED_SCENARIOS ? list : [...list, id])

  const exportAs = async (kind: 'workbook' | 'deck') => {
    await flush()
    setBusy(true)
    setSaved(null)
    setProgress({ stage: 'simulating', fraction: 0, message: 'Starting…' })
    const request = { ids: selected, seed: DEFAULT_SEED, samples: DEFAULT_SAMPLES }
    const result = kind === 'deck'
      ? await rampart.boardPackExportDeck(request)
      : await rampart.boardPackExport(paper === '' ? request : { ...request, paper })
    setBusy(false)
    const what = kind === 'deck' ? 'Board deck' : 'Board pack'
    if (!result.ok) {
      setProgress({ stage: 'failed', fraction: 1, message: describeErrors(result.errors) })
      return rampart.report(`${what} failed`, result.errors)
    }
    if (result.value.canceled) {
      setProgress(null)
      return
    }
    setSaved({ path: result.value.path, bytes: result.value.bytes, what: kind === 'deck' ? 'board deck' : 'board pack' })
    setProgress({ stage: 'done', fraction: 1, message: kind === 'deck' ? 'Deck written' : 'Workbook written' })
    notify(`${what} saved: ${result.value.path}`, 'success')
  }

  const ordered = selected.map((id) => scenarios.find((s) => s.id === id)).filter((s) => s !== undefined)

  return (
    <section className="card">
      <header className="card-header">
        <div>
          <h2>Board pack</h2>
          <p className="card-subtitle">A base scenario and up to {MAX_COMPARED_SCENARIOS - 1} others compared with it</p>
        </div>
      </header>
      <FieldFrame label="Base scenario">
        {(id) => (
          <select id={id} value={baseId ?? ''} data-testid="export-base" onChange={(e) => setBaseId(Number(e.target.value))}>
            {scenarios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        )}
      </FieldFrame>
      <fieldset className="checkbox-group" data-testid="export-scenarios">
        <legend>Compare with ({Math.max(0, selected.length - 1)} of {MAX_COMPARED_SCENARIOS - 1})</legend>
        {scenarios.filter((s) => s.id !== baseId).map((s) => {
          const chosen = selected.includes(s.id)
          return (
            <label key={s.id} className="checkbox">
              <input type="checkbox" checked={chosen} onChange={() => toggle(s.id)}
                disabled={!chosen && selected.length >= MAX_COMPARED_SCENARIOS} />
              {s.name}
            </label>
          )
        })}
      </fieldset>
      <p className="muted" data-testid="export-sampling">
        Simulated with seed {DEFAULT_SEED} and {DEFAULT_SAMPLES.toLocaleString('en-US')} samples, as on the dashboard and in
        comparisons, so its percentiles match those on screen.
      </p>
      <label className="field" data-testid="export-paper">
        <span>Paper for the printed workbook</span>
        <select value={paper} onChange={(e) => setPaper(e.target.value as Paper | '')}>
          <option value="">As this computer's region</option>
          <option value="a4">A4</option>
          <option value="letter">US Letter</option>
        </select>
      </label>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void exportAs('workbook')} disabled={busy || selected.length === 0}>
          {busy ? 'Exporting…' : 'Export board pack…'}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('deck')} disabled={busy || selected.length === 0}>
          Export deck…
        </button>
      </div>
      <p className="muted">
        The deck is an editable PowerPoint file with native charts and a one-page summary slide for the company board deck.
        Recorded actuals of the chosen scenarios add an Actuals sheet and a plan-against-actual slide.
      </p>
      {progress && <ProgressBlock progress={progress} />}
      {saved && <ExportedFile path={saved.path} bytes={saved.bytes} label={saved.what} testId="export-saved" />}
      {ordered.length > 1 && <p className="muted" data-testid="export-order">Comparison sheets: {ordered.map((s) => s.name).join(' vs ')}</p>}
    </section>
  )
}

function ProgressBlock({ progress }: { progress: ExportProgress }): React.JSX.Element {
  return (
    <div className="progress-block" data-testid="export-progress">
      <div className="progress-label">
        <span>{stageName(progress.stage)}</span>
        <span>{Math.round(progress.fraction * 100)}%</span>
      </div>
      <progress max={1} value={progress.fraction} aria-label="Board pack progress" className={progress.stage === 'failed' ? 'failed' : ''} />
      <div className="muted">{progress.message}</div>
    </div>
  )
}

function stageName(stage: ExportProgress['stage']): string {
  switch (stage) {
    case 'simulating': return 'Simulating'
    case 'writing': return 'Writing'
    case 'saving': return 'Saving'
    case 'done': return 'Done'
    case 'failed': return 'Failed'
  }
}
