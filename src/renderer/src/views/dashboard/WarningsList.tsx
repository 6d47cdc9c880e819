// The planner's warnings, each with its quarters, the numbers, why it matters, and a link to the
// field that causes it. Rendered from the warning's own words and field path only, so kinds the
// engine adds later show without changes here. A long list shows its first few and says how many
// more there are, instead of hiding them in an inner scroll box.
import { memo, useState } from 'react'
import type { Pitfall } from '../../../../core/pitfalls'
import { useNavigation } from '../../session/navigation'
import { fieldLabel } from '../editor/fieldLabels'

/** Warnings shown before "Show n more". */
const WARNINGS_SHOWN = 3

export const WarningsList = memo(function WarningsList({ pitfalls }: { pitfalls: readonly Pitfall[] }): React.JSX.Element {
  const { focusField } = useNavigation()
  const [expanded, setExpanded] = useState(false)
  if (pitfalls.length === 0) {
    return <p className="empty">No warnings: the plan stays within its envelope and its maturity keeps pace.</p>
  }
  const hidden = expanded ? 0 : Math.max(0, pitfalls.length - WARNINGS_SHOWN)
  const shown = hidden > 0 ? pitfalls.slice(0, WARNINGS_SHOWN) : pitfalls
  return (
    <>
      <ul className="warnings" data-testid="warnings">
        {shown.map((p, i) => (
          <li key={`${p.kind}-${p.field}-${p.fromQuarter}-${i}`} className={`warning warning-${p.severity === 'critical' ? 'critical' : 'warning'}`}
            data-kind={p.kind}>
            <div className="warning-head">
              <span className={`chip chip-${p.severity === 'critical' ? 'critical' : 'warning'}`}>{p.severity}</span>
              <strong>{p.title}</strong>
              <span className="warning-quarters">{p.quarters}</span>
            </div>
            <p className="warning-detail">{p.detail}</p>
            {p.why && <p className="warning-why">{p.why}</p>}
            {p.field && (
              <button type="button" className="link-button" onClick={() => focusField(p.field)} title={p.field}>
                Go to {fieldLabel(p.field)} →
              </button>
            )}
          </li>
        ))}
      </ul>
      {pitfalls.length > WARNINGS_SHOWN && (
        <button type="button" className="button button-small warnings-more" aria-expanded={expanded}
          data-testid="warnings-more" onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Show fewer' : `Show ${hidden} more warning${hidden === 1 ? '' : 's'}`}
        </button>
      )}
    </>
  )
})
