// The frame the Dashboard's and Compare's period tables share: the fiscal years / quarters toggle,
// and a table of the engine's periods (src/core/periods.ts) that scrolls sideways inside its card.
// Each view says what goes in a cell; the columns, labels and formats live here once.
import { phaseName } from '../../../core/catalog'
import { fiscalYearDisplay, formatMoneyCompact } from '../../../core/format'
import type { PeriodFigures, PeriodKind } from '../../../core/periods'

export type PeriodColumn = keyof Pick<PeriodFigures,
  'budget' | 'people' | 'tools' | 'programs' | 'total' | 'headroom' | 'securityFte' | 'maturityPhase' | 'orgPhase'>

export const PERIOD_COLUMNS: readonly { key: PeriodColumn; header: string; numeric: boolean }[] = [
  { key: 'budget', header: 'Budget', numeric: true },
  { key: 'people', header: 'People', numeric: true },
  { key: 'tools', header: 'Tools', numeric: true },
  { key: 'programs', header: 'Programs', numeric: true },
  { key: 'total', header: 'Total', numeric: true },
  { key: 'headroom', header: 'Headroom', numeric: true },
  { key: 'securityFte', header: 'Security FTE', numeric: true },
  { key: 'maturityPhase', header: 'Maturity', numeric: false },
  { key: 'orgPhase', header: 'Organisation', numeric: false }
]

/** One cell's figure as the tables print it; headroom below zero reads "$40K over". */
export function periodValueText(row: PeriodFigures, column: PeriodColumn, currency: string): string {
  switch (column) {
    case 'maturityPhase':
    case 'orgPhase':
      return phaseName(row[column])
    case 'securityFte':
      return row.securityFte.toLocaleString('en-US')
    case 'headroom':
      return row.headroom < 0 ? `${formatMoneyCompact(row.headroom, currency)} over` : formatMoneyCompact(row.headroom, currency)
    default:
      return formatMoneyCompact(row[column], currency)
  }
}

export function PeriodToggle({ kind, onChange, name }: { kind: PeriodKind; onChange: (kind: PeriodKind) => void; name: string }): React.JSX.Element {
  return (
    <fieldset className="segmented segmented-compact">
      <legend className="visually-hidden">Periods</legend>
      {(['years', 'quarters'] as const).map((k) => (
        <label key={k} className={kind === k ? 'selected' : ''}>
          <input type="radio" name={name} checked={kind === k} onChange={() => onChange(k)} />
          {k === 'years' ? 'Fiscal years' : 'Quarters'}
        </label>
      ))}
    </fieldset>
  )
}

interface PeriodGridProps<Row extends PeriodFigures> {
  kind: PeriodKind
  rows: readonly Row[]
  /** Names the table (and its scrolling region, unless `regionLabel` does) for a screen reader. */
  caption: string
  /** A shorter name for the scrolling region, without names a search by label would also find. */
  regionLabel?: string
  renderCell: (row: Row, column: PeriodColumn) => React.ReactNode
  testId?: string
}

export function PeriodGrid<Row extends PeriodFigures>({ kind, rows, caption, regionLabel, renderCell, testId }: PeriodGridProps<Row>): React.JSX.Element {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={regionLabel ?? caption}>
      <table className="table table-compact period-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{kind === 'years' ? 'Fiscal year' : 'Quarter'}</th>
            {PERIOD_COLUMNS.map((c) => <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>{c.header}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{fiscalYearDisplay(row)}</th>
              {PERIOD_COLUMNS.map((c) => (
                <td key={c.key} className={`${c.numeric ? 'num' : ''} ${c.key === 'headroom' && row.headroom < 0 ? 'text-bad' : ''}`.trim() || undefined}>
                  {renderCell(row, c.key)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
