// The plan as a table of numbers, by quarter or by fiscal year: the engine's own rows (its
// quarters and its per-fiscal-year totals), formatted, never recomputed here.
import { useState } from 'react'
import { phaseName, type PhaseId } from '../../../../core/catalog'
import { formatMoneyCompact } from '../../../../core/format'
import type { Projection } from '../../../../core/projection'

type Period = 'years' | 'quarters'

interface PeriodRow {
  key: string
  label: string
  budget: number
  people: number
  tools: number
  programs: number
  total: number
  /** Budget less total: negative when spend is over the budget. */
  headroom: number
  securityFte: number
  maturityPhase: PhaseId
  orgPhase: PhaseId
}

export function periodRows(projection: Projection, period: Period): PeriodRow[] {
  return period === 'years'
    ? projection.fiscalYears.map((y) => ({
      key: y.label, label: y.partial ? `${y.label} (${y.quarters.length} of 4 quarters)` : y.label,
      budget: y.budget, people: y.people, tools: y.tools, programs: y.programs, total: y.total,
      headroom: y.variance, securityFte: y.securityFte, maturityPhase: y.maturityPhase, orgPhase: y.orgPhase
    }))
    : projection.quarters.map((q) => ({
      key: q.label, label: q.label,
      budget: q.budget, people: q.people, tools: q.tools, programs: q.programs, total: q.total,
      headroom: q.variance, securityFte: q.securityFte, maturityPhase: q.maturityPhase, orgPhase: q.orgPhase
    }))
}

export function PeriodTable({ projection }: { projection: Projection }): React.JSX.Element {
  const [period, setPeriod] = useState<Period>('years')
  const money = (v: number) => formatMoneyCompact(v, projection.currency)
  const rows = periodRows(projection, period)
  const caption = period === 'years' ? 'Plan by fiscal year' : 'Plan by quarter'
  return (
    <section className="card span-2" data-testid="period-table" aria-labelledby="period-table-title">
      <header className="card-header">
        <div>
          <h2 id="period-table-title">The plan in numbers</h2>
          <p className="card-subtitle">
            Money summed over each period; headroom is budget less total (negative when over); FTE and phases at the period&apos;s last quarter
          </p>
        </div>
        <fieldset className="segmented segmented-compact">
          <legend className="visually-hidden">Periods</legend>
          {(['years', 'quarters'] as const).map((p) => (
            <label key={p} className={period === p ? 'selected' : ''}>
              <input type="radio" name="period-table-period" checked={period === p} onChange={() => setPeriod(p)} />
              {p === 'years' ? 'Fiscal years' : 'Quarters'}
            </label>
          ))}
        </fieldset>
      </header>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="table table-compact period-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{period === 'years' ? 'Fiscal year' : 'Quarter'}</th>
              <th scope="col" className="num">Budget</th>
              <th scope="col" className="num">People</th>
              <th scope="col" className="num">Tools</th>
              <th scope="col" className="num">Programs</th>
              <th scope="col" className="num">Total</th>
              <th scope="col" className="num">Headroom</th>
              <th scope="col" className="num">Security FTE</th>
              <th scope="col">Maturity</th>
              <th scope="col">Organisation</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{money(r.budget)}</td>
                <td className="num">{money(r.people)}</td>
                <td className="num">{money(r.tools)}</td>
                <td className="num">{money(r.programs)}</td>
                <td className="num">{money(r.total)}</td>
                <td className={`num ${r.headroom < 0 ? 'text-bad' : ''}`}>{r.headroom < 0 ? `${money(r.headroom)} over` : money(r.headroom)}</td>
                <td className="num">{r.securityFte.toLocaleString('en-US')}</td>
                <td>{phaseName(r.maturityPhase)}</td>
                <td>{phaseName(r.orgPhase)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
