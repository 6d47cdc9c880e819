// The board pack: pick the scenarios (the first is the base), export, and follow the progress
// main reports while it simulates and writes the workbook.
import { useEffect, useState } from 'react'
import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_COMPARED_SCENARIOS } from '../../../../core/limits'
import type { ExportProgress } from '../../../../shared'
import { describeErrors } from '../../ipc/client'
import { useRampart } from '../../ipc/RampartProvider'
import { useNotify } from '../../session/notices'
import { useWorkspace } from '../../session/workspace'

export function BoardPackPanel(): React.JSX.Element {
  const rampart = useRampart()
  const { scenarios, open, flush } = useWorkspace()
  const notify = useNotify()
  const [selected, setSelected] = useState<number[]>(() => (open ? [open.id] : scenarios.slice(0, 1).map((s) => s.id)))
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<{ path: string; bytes: number } | null>(null)

  useEffect(() => rampart.onBoardPackProgress(setProgress), [rampart])

  const toggle = (id: number) => setSelected((list) => list.includes(id)
    ? list.filter((x) => x !== id)
    : list.length >= MAX_COMPARED_SCENARIOS ? list : [...list, id])

  const exportPack = async () => {
    await flush()
    setBusy(true)
    setSaved(null)
    setProgress({ stage: 'simulating', fraction: 0, message: 'Starting…' })
    const result = await rampart.boardPackExport({ ids: selected, seed: DEFAULT_SEED, samples: DEFAULT_SAMPLES })
    setBusy(false)
    if (!result.ok) {
      setProgress({ stage: 'failed', fraction: 1, message: describeErrors(result.errors) })
      return rampart.report('Board pack failed', result.errors)
    }
    if (result.value.canceled) {
      setProgress(null)
      return
    }
    setSaved({ path: result.value.path, bytes: result.value.bytes })
    setProgress({ stage: 'done', fraction: 1, message: 'Workbook written' })
    notify(`Board pack saved: ${result.value.path}`, 'success')
  }

  const ordered = selected.map((id) => scenarios.find((s) => s.id === id)).filter((s) => s !== undefined)

  return (
    <section className="card">
      <header className="card-header">
        <div>
          <h2>Board pack</h2>
          <p className="card-subtitle">Choose up to {MAX_COMPARED_SCENARIOS} scenarios; the first chosen is the base the others are compared with</p>
        </div>
      </header>
      <fieldset className="checkbox-group" data-testid="export-scenarios">
        <legend className="visually-hidden">Scenarios in the board pack</legend>
        {scenarios.map((s) => {
          const position = selected.indexOf(s.id)
          return (
            <label key={s.id} className="checkbox">
              <input type="checkbox" checked={position >= 0} onChange={() => toggle(s.id)}
                disabled={position < 0 && selected.length >= MAX_COMPARED_SCENARIOS} />
              {s.name}
              {position === 0 && <span className="chip chip-info">base</span>}
            </label>
          )
        })}
      </fieldset>
      <p className="muted" data-testid="export-sampling">
        Simulated with seed {DEFAULT_SEED} and {DEFAULT_SAMPLES.toLocaleString('en-US')} samples, as on the dashboard and in
        comparisons, so its percentiles match those on screen.
      </p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void exportPack()} disabled={busy || selected.length === 0}>
          {busy ? 'Exporting…' : 'Export board pack…'}
        </button>
      </div>
      {progress && <ProgressBlock progress={progress} />}
      {saved && <p className="success-text" data-testid="export-saved">Saved {saved.path} ({(saved.bytes / 1024).toFixed(0)} KB)</p>}
      {ordered.length > 1 && <p className="muted">Comparison sheets: {ordered.map((s) => s.name).join(' vs ')}</p>}
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
    case 'writing': return 'Writing the workbook'
    case 'saving': return 'Saving'
    case 'done': return 'Done'
    case 'failed': return 'Failed'
  }
}
