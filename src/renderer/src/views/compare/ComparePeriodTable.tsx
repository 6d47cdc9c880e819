// One compared scenario period by period (fiscal years or quarters), each figure with its
// difference from the base's same period: the engine's comparePeriods, formatted. Over the base is +.
import { useId, useState } from 'react'
import type { Comparison } from '../../../../core/compare'
import { formatMoneyCompact } from '../../../../core/format'
import { comparePeriods, type ComparedPeriod, type PeriodKind } from '../../../../core/periods'
import { PeriodGrid, PeriodToggle, periodValueText, type PeriodColumn } from '../../components/PeriodGrid'
import { Delta } from './Deltas'

/** Which way of each column is worse, for colouring; budget, FTE and the organisation's phase are neither. */
const WORSE: Partial<Record<PeriodColumn, 'up' | 'down'>> = {
  people: 'up', tools: 'up', programs: 'up', total: 'up', headroom: 'down', maturityPhase: 'down'
}

const phases = (n: number) => `${n} phase${n === 1 ? '' : 's'}`

interface PeriodDeltaProps {
  row: ComparedPeriod
  column: PeriodColumn
  baseName: string
  currency: string
}

function PeriodDelta({ row, column, baseName, currency }: PeriodDeltaProps): React.JSX.Element {
  const { delta } = row
  if (delta === null) {
    return <div className="delta" title={`${baseName} has no period of the same quarters`}>n/a</div>
  }
  switch (column) {
    case 'securityFte':
      return <Delta value={delta.securityFte} format={String} />
    case 'maturityPhase':
      return <Delta value={delta.maturityPhases} worse={WORSE.maturityPhase} format={phases} />
    case 'orgPhase':
      return <Delta value={delta.orgPhases} format={phases} />
    default:
      return delta.money === null
        ? <div className="delta" title={`Another currency than ${baseName}'s`}>n/a</div>
        : <Delta value={delta.money[column]} worse={WORSE[column]} format={(v) => formatMoneyCompact(v, currency)} />
  }
}

export function ComparePeriodTable({ comparison }: { comparison: Comparison }): React.JSX.Element | null {
  const [kind, setKind] = useState<PeriodKind>('years')
  const [chosen, setChosen] = useState(1)
  const pickerId = useId()
  const [base, ...whatIfs] = comparison.scenarios
  if (!base || whatIfs.length === 0) return null
  // The picked what-if may have left the comparison since.
  const index = chosen < comparison.scenarios.length ? chosen : 1
  const scenario = comparison.scenarios[index]
  const currency = scenario.projection.currency
  const rows = comparePeriods(base.projection, scenario.projection, kind)
  const caption = `${scenario.doc.name} against ${base.doc.name} by ${kind === 'years' ? 'fiscal year' : 'quarter'}`
  return (
    <section className="card" data-testid="compare-period-table" aria-labelledby="compare-periods-title">
      <header className="card-header">
        <div>
          <h2 id="compare-periods-title">Period by period</h2>
          <p className="card-subtitle">
            Each figure with its difference from {base.doc.name} in the same period (over the base is +); headroom is budget less total
          </p>
        </div>
        <div className="card-controls">
          <div className="inline-select">
            {/* Not wrapped in its label: the options' names would join the label's text. */}
            <label htmlFor={pickerId}>What-if</label>
            <select id={pickerId} value={index} onChange={(e) => setChosen(Number(e.target.value))}>
              {whatIfs.map((s, i) => <option key={i + 1} value={i + 1}>{s.doc.name}</option>)}
            </select>
          </div>
          <PeriodToggle kind={kind} onChange={setKind} name="compare-period-kind" />
        </div>
      </header>
      <PeriodGrid kind={kind} rows={rows} caption={caption} regionLabel={`Period by period, by ${kind === 'years' ? 'fiscal year' : 'quarter'}`}
        renderCell={(row, column) => (
          <>
            <div>{periodValueText(row, column, currency)}</div>
            <PeriodDelta row={row} column={column} baseName={base.doc.name} currency={currency} />
          </>
        )} />
    </section>
  )
}
