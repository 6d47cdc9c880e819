// The plan as a table of numbers, by quarter or by fiscal year: the engine's own rows (its
// quarters and its per-fiscal-year totals), formatted, never recomputed here.
import { useState } from 'react'
import { periodFigures, type PeriodKind } from '../../../../core/periods'
import type { Projection } from '../../../../core/projection'
import { PeriodGrid, PeriodToggle, periodValueText } from '../../components/PeriodGrid'

export function PeriodTable({ projection }: { projection: Projection }): React.JSX.Element {
  const [kind, setKind] = useState<PeriodKind>('years')
  return (
    <section className="card span-2" data-testid="period-table" aria-labelledby="period-table-title">
      <header className="card-header">
        <div>
          <h2 id="period-table-title">The plan in numbers</h2>
          <p className="card-subtitle">
            Money summed over each period; headroom is budget less total (negative when over); FTE and phases at the period&apos;s last quarter
          </p>
        </div>
        <PeriodToggle kind={kind} onChange={setKind} name="period-table-period" />
      </header>
      <PeriodGrid kind={kind} rows={periodFigures(projection, kind)} caption={kind === 'years' ? 'Plan by fiscal year' : 'Plan by quarter'}
        renderCell={(row, column) => periodValueText(row, column, projection.currency)} />
    </section>
  )
}
