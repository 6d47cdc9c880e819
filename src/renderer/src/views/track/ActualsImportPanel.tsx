// Import actuals from a finance system's export (CSV or XLSX): main's open dialog picks the file,
// main reads it and sends its first rows; the user maps its columns (remembered per header row)
// and imports it, every row or none. A refusal lists each bad row by number and stays until the
// next attempt: it is the list of what to fix in the file.
import { useState } from 'react'
import type { QuarterActual } from '../../../../core/actuals'
import { MAPPING_FIELDS, type ColumnMapping, type MappingField } from '../../../../core/actualsImport'
import type { ActualsFilePreview, FieldError } from '../../../../shared'
import { SelectField } from '../../components/fields'
import { useRampart } from '../../ipc/RampartProvider'
import { useNotify } from '../../session/notices'

const FIELD_LABELS: Record<MappingField, string> = {
  quarter: 'Quarter column',
  category: 'Category column (people, tools, programs)',
  line: 'Line column (role, tool or program)',
  amount: 'Amount column'
}
const NONE = ''

interface ActualsImportPanelProps {
  scenarioId: number
  onImported: (actuals: QuarterActual[]) => void
}

export function ActualsImportPanel({ scenarioId, onImported }: ActualsImportPanelProps): React.JSX.Element {
  const rampart = useRampart()
  const notify = useNotify()
  const [preview, setPreview] = useState<ActualsFilePreview | null>(null)
  const [mapping, setMapping] = useState<Partial<ColumnMapping>>({})
  const [errors, setErrors] = useState<readonly FieldError[]>([])
  const [busy, setBusy] = useState(false)
  // A large workbook takes seconds to read (in a worker, so the window stays usable meanwhile).
  const [reading, setReading] = useState(false)

  const pick = async () => {
    setReading(true)
    const result = await rampart.actualsImportPick()
    setReading(false)
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    if (result.value.canceled) return
    setPreview(result.value)
    setMapping(result.value.mapping)
    setErrors([])
  }

  const complete = completeMapping(mapping)
  const run = async () => {
    if (!complete) return
    setBusy(true)
    const result = await rampart.actualsImportRun({ id: scenarioId, mapping: complete })
    setBusy(false)
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors([])
    setPreview(null)
    onImported(result.value.actuals)
    notify(`Imported ${result.value.rows} rows of actuals: ${result.value.quarters.join(', ')}`, 'success')
  }

  const columnOptions = (field: MappingField) => [
    { value: NONE, label: field === 'category' || field === 'line' ? '(none)' : 'Choose a column' },
    ...(preview?.headers ?? []).map((header, i) => ({ value: String(i), label: header }))
  ]

  return (
    <section className="card actuals-import" aria-labelledby="actuals-import-title" data-testid="actuals-import">
      <header className="card-header">
        <div>
          <h2 id="actuals-import-title">Import actuals</h2>
          <p className="card-subtitle">From your finance system's export (CSV or Excel): each row a quarter, a category or line, and an amount</p>
        </div>
        <button type="button" className="button" disabled={reading} aria-busy={reading} onClick={() => void pick()}>
          {reading ? 'Opening…' : preview ? 'Choose another file…' : 'Choose a file…'}
        </button>
      </header>
      {errors.length > 0 && (
        <div className="import-errors" role="alert" data-testid="actuals-import-errors">
          <p><strong>Nothing was imported.</strong> Fix these in the file, then import it again:</p>
          <ul>{errors.map((e, i) => <li key={i}>{e.path && e.path !== '(root)' ? `${e.path}: ` : ''}{e.message}</li>)}</ul>
        </div>
      )}
      {!preview ? (
        <p className="muted">Rows name a quarter (2027-Q1, Q1 2027, FY2027 Q1 or a date), a category (people, tools, programs) or a
          line (a role, tool or program), and an amount. The whole file is imported, or none of it.</p>
      ) : (
        <>
          <p className="muted" data-testid="actuals-import-summary">
            {preview.name}: {preview.rowCount} {preview.rowCount === 1 ? 'row' : 'rows'} below the header
            {preview.rowCount > preview.rows.length ? `, the first ${preview.rows.length} shown` : ''}.
            {preview.remembered ? ' The columns are mapped as last time for these headers.' : ' Check how the columns are mapped.'}
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`First rows of ${preview.name}, scrolls sideways`}>
            <table className="table table-compact import-preview">
              <caption className="visually-hidden">First rows of {preview.name}, as read</caption>
              <thead>
                <tr><th scope="col">Row</th>{preview.headers.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr>
              </thead>
              <tbody>
                {preview.rows.map((row, r) => (
                  <tr key={r}>
                    <th scope="row">{r + 2}</th>
                    {preview.headers.map((_, c) => <td key={c}>{row[c] === null || row[c] === undefined ? '' : String(row[c])}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="import-mapping">
            {MAPPING_FIELDS.map((field) => (
              <SelectField key={field} label={FIELD_LABELS[field]} path={field}
                value={mapping[field] === undefined || mapping[field] === null ? NONE : String(mapping[field])}
                options={columnOptions(field)}
                onChange={(_, value) => setMapping((m) => ({ ...m, [field]: value === NONE ? null : Number(value) }))} />
            ))}
          </div>
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={!complete || busy || reading} onClick={() => void run()}>
              Import all {preview.rowCount} {preview.rowCount === 1 ? 'row' : 'rows'}
            </button>
            {!complete && <span className="muted">Map the quarter and amount columns, and a category or line column.</span>}
          </div>
        </>
      )}
    </section>
  )
}

/** The mapping once it names a quarter, an amount, and a category or a line column. */
function completeMapping(mapping: Partial<ColumnMapping>): ColumnMapping | null {
  const { quarter, amount, category = null, line = null } = mapping
  if (quarter === undefined || quarter === null || amount === undefined || amount === null) return null
  if (category === null && line === null) return null
  return { quarter, amount, category, line }
}
