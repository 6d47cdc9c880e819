// The file an export has just written: its path, and the two ways to it, done in main (which
// opens only a file it wrote itself).
import { useRampart } from '../../ipc/RampartProvider'

export function ExportedFile({ path, bytes }: { path: string; bytes: number }): React.JSX.Element {
  const rampart = useRampart()
  return (
    <div className="exported-file" data-testid="export-saved">
      <p className="success-text">Saved {path} ({(bytes / 1024).toFixed(0)} KB)</p>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => void rampart.orReport('Could not open the file', rampart.exportOpen(path))}>
          Open
        </button>
        <button type="button" className="button button-small" onClick={() => void rampart.orReport('Could not show the file', rampart.exportShowInFolder(path))}>
          Show in folder
        </button>
      </div>
    </div>
  )
}
