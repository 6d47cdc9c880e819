// One recorded quarter per category and line: what the plan put on each role, tool and program,
// what was recorded against it, and the difference in the finance sign convention. A category's
// lines always add up to its total: what they leave is its own "Not itemised" line.
import { useMemo } from 'react'
import { categoryVarianceName, lineTableNote, lineVariance, NOT_ITEMISED, NOT_PLANNED, plannedLines, type LineVariance } from '../../../../core/actualLines'
import type { QuarterActual, QuarterPlanVersusActual } from '../../../../core/actuals'
import { formatMoney } from '../../../../core/format'
import type { ScenarioDoc } from '../../../../core/scenario'
import { overReference } from './variance'

interface LineVariancePanelProps {
  plan: ScenarioDoc
  /** The recorded quarter shown. */
  row: QuarterPlanVersusActual
  recorded: QuarterActual
  headcount: number
  currency: string
}

export function LineVariancePanel({ plan, row, recorded, headcount, currency }: LineVariancePanelProps): React.JSX.Element | null {
  const categories = useMemo(() => {
    if (!row.actual) return []
    return lineVariance(plannedLines(plan, row.quarter, headcount), row.planned, row.actual, recorded.lines ?? [])
  }, [plan, row, recorded, headcount])
  if (!row.actual) return null
  const titleId = `line-variance-title-${row.quarter}`
  return (
    <section className="card line-variance" aria-labelledby={titleId} data-testid="line-variance">
      <header className="card-header">
        <div>
          <h2 id={titleId}>{row.label} by line</h2>
          <p className="card-subtitle">Each role, tool and program against the plan: over is + (red), under is −</p>
        </div>
      </header>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`${row.label} by line, scrolls sideways`}>
        <table className="table table-compact">
          <thead>
            <tr><th scope="col">Line</th><th scope="col" className="num">Planned</th><th scope="col" className="num">Actual</th>
              <th scope="col" className="num">Over (+) / under (−) plan</th></tr>
          </thead>
          <tbody>
            {categories.map((category) => [
              <tr key={category.category} className="category-row">
                <th scope="row">{categoryVarianceName(category)}</th>
                <td className="num">{formatMoney(category.planned, currency)}</td>
                <td className="num">{formatMoney(category.actual, currency)}</td>
                <Difference actual={category.actual} planned={category.planned} currency={currency} />
              </tr>,
              ...category.lines.map((line) => (
                <tr key={`${category.category}:${line.line ?? ''}`} className="line-row" data-testid={`line-${category.category}-${line.line ?? 'not-itemised'}`}>
                  <th scope="row">{line.name}</th>
                  <td className="num">{line.planned === null ? NOT_PLANNED : formatMoney(line.planned, currency)}</td>
                  <td className="num">{line.actual === null ? NOT_ITEMISED : formatMoney(line.actual, currency)}</td>
                  <LineDifference line={line} currency={currency} />
                </tr>
              ))
            ])}
          </tbody>
        </table>
      </div>
      <p className="muted table-note">{lineTableNote(formatMoney(0, currency))}</p>
    </section>
  )
}

function LineDifference({ line, currency }: { line: LineVariance; currency: string }): React.JSX.Element {
  if (line.actual === null || line.planned === null) return <td className="num">n/a</td>
  return <Difference actual={line.actual} planned={line.planned} currency={currency} />
}

function Difference({ actual, planned, currency }: { actual: number; planned: number; currency: string }): React.JSX.Element {
  const { text, percent } = overReference(actual, planned, currency)
  // Under plan is not called good here: a line's saving may be a hire not yet made (the quarter table says which).
  const tone = actual > planned ? 'bad' : 'neutral'
  return <td className={`num text-${tone}`} data-tone={tone}>{text} <span className="variance-percent">({percent})</span></td>
}
