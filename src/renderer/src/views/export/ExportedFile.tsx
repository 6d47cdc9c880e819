// The file an export has just written: its path, and the two ways to it, done in main (which
// opens only a file it wrote itself). `label` tells two of them apart for a screen reader.
import { useRampart } from '../../ipc/RampartProvider'

interface ExportedFileProps {
  path: string
  bytes?: number
  /** What was written ("board pack"), in the buttons' accessible names. */
  label: string
  testId: string
}

export function ExportedFile({ path, bytes, label, testId }: ExportedFileProps): React.JSX.Element {
  const rampart = useRampart()
  return (
    <div className="exported-file" data-testid={testId}>
      <p className="success-text">Saved {path}{bytes === undefined ? '' : ` (${(bytes / 1024).toFixed(0)} KB)`}</p>
      <div className="button-row">
        <button type="button" className="button button-small" aria-label={`Open the ${label}`}
          onClick={() => void rampart.orReport('Could not open the file', rampart.exportOpen(path))}>
          Open
        </button>
        <button type="button" className="button button-small" aria-label={`Show in folder (the ${label})`}
          onClick={() => void rampart.orReport('Could not show the file', rampart.exportShowInFolder(path))}>
          Show in folder
        </button>
      </div>
    </div>
  )
}
