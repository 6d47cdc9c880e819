// The check-in's optional amounts per line: each role, tool and program the plan spends on in the
// quarter (and any line already recorded), with the plan's figure beside it. An empty box is no
// line. Each category shows what its lines leave of its total as "Not itemised"; main refuses lines
// that add up to more than the total, and the message shows at that total's field.
import { useMemo } from 'react'
import { ACTUAL_CATEGORIES, ACTUAL_CATEGORY_NAMES, lineName, plannedLines, type ActualCategory, type ActualLine } from '../../../../core/actualLines'
import { formatMoney } from '../../../../core/format'
import type { ScenarioDoc } from '../../../../core/scenario'
import { NumberField } from '../../components/fields'
import type { CheckInDraft } from './useCheckIn'

interface CheckInLinesProps {
  plan: ScenarioDoc
  draft: CheckInDraft
  label: string
  headcount: number
  currency: string
  onChange: (category: ActualCategory, line: string, amount: number | undefined) => void
}

export function CheckInLines({ plan, draft, label, headcount, currency, onChange }: CheckInLinesProps): React.JSX.Element {
  const planned = useMemo(() => plannedLines(plan, draft.quarter, headcount), [plan, draft.quarter, headcount])
  const recorded = draft.lines ?? []
  return (
    <details className="checkin-lines" open={recorded.length > 0}>
      <summary>Amounts by line (optional): {recorded.length} recorded</summary>
      <p className="muted">Detail inside each category's total, per role, tool and program. Leave a box empty for no line.</p>
      {ACTUAL_CATEGORIES.map((category) => {
        const keys = [...new Set([...planned, ...recorded].filter((l) => l.category === category).map((l) => l.line))]
        if (keys.length === 0) return null
        const itemised = recorded.filter((l) => l.category === category).reduce((sum, l) => sum + Math.round(l.amount * 100), 0)
        const total = draft[category]
        return (
          <fieldset key={category} className="checkin-lines-category">
            <legend>{ACTUAL_CATEGORY_NAMES[category]}</legend>
            {keys.map((line) => (
              <NumberField key={line} label={`${label} ${lineName(category, line)} (${currency})`} path={`lines.${category}.${line}`}
                value={amountOf(recorded, category, line)} min={0} step={1000} currency={currency} className="checkin-line"
                hint={`Plan ${formatMoney(amountOf(planned, category, line) ?? 0, currency)}`}
                onChange={(_, amount) => onChange(category, line, amount)} />
            ))}
            {itemised > 0 && total !== undefined && (
              <p className="muted checkin-lines-rest" data-testid={`not-itemised-${category}`}>
                Not itemised: {formatMoney(Math.round(total * 100 - itemised) / 100, currency)} of {formatMoney(total, currency)}
              </p>
            )}
          </fieldset>
        )
      })}
    </details>
  )
}

function amountOf(lines: readonly ActualLine[], category: ActualCategory, line: string): number | undefined {
  return lines.find((l) => l.category === category && l.line === line)?.amount
}
