// "Show as table": a chart's numbers in a table under it, by keyboard as well as by mouse; the
// text alternative to a canvas a screen reader cannot read.
import { useId, useMemo, useState } from 'react'
import type { ChartConfiguration } from 'chart.js'
import { chartTable } from './chartTable'

export function ChartTableToggle({ title, shown, onToggle, controls }: { title: string; shown: boolean; onToggle: () => void; controls: string }): React.JSX.Element {
  return (
    <button type="button" className="button button-quiet button-small" onClick={onToggle}
      aria-expanded={shown} aria-controls={shown ? controls : undefined} aria-label={`${shown ? 'Hide table' : 'Show as table'}: ${title}`}>
      {shown ? 'Hide table' : 'Show as table'}
    </button>
  )
}

export function useChartTable(): { shown: boolean; toggle: () => void; id: string } {
  const [shown, setShown] = useState(false)
  return { shown, toggle: () => setShown((s) => !s), id: useId() }
}

export function ChartDataTable({ id, title, config, categoryName }: { id: string; title: string; config: ChartConfiguration; categoryName?: string }): React.JSX.Element {
  const table = useMemo(() => chartTable(config, categoryName), [config, categoryName])
  return (
    <div id={id} className="table-scroll chart-data-table" tabIndex={0} role="region" aria-label={`${title}: the numbers`}>
      <table className="table table-compact">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>{table.columns.map((c, i) => <th key={i} scope="col" className={i === 0 ? undefined : 'num'}>{c}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, j) => <td key={j} className="num">{cell}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
