// The planner's warnings, each with its quarters, the numbers, why it matters, and a link to the
// field that causes it.
import { memo } from 'react'
import type { Pitfall } from '../../../../core/pitfalls'
import { useNavigation } from '../../session/navigation'

export const WarningsList = memo(function WarningsList({ pitfalls }: { pitfalls: readonly Pitfall[] }): React.JSX.Element {
  const { focusField } = useNavigation()
  if (pitfalls.length === 0) {
    return <p className="empty">No warnings: the plan stays within its envelope and its maturity keeps pace.</p>
  }
  return (
    <ul className="warnings" data-testid="warnings">
      {pitfalls.map((p, i) => (
        <li key={`${p.kind}-${p.field}-${p.fromQuarter}-${i}`} className={`warning warning-${p.severity}`}>
          <div className="warning-head">
            <span className={`chip chip-${p.severity}`}>{p.severity}</span>
            <strong>{p.title}</strong>
            <span className="warning-quarters">{p.quarters}</span>
          </div>
          <p className="warning-detail">{p.detail}</p>
          <p className="warning-why">{p.why}</p>
          <button type="button" className="link-button" onClick={() => focusField(p.field)}>
            Go to {describeField(p.field)} →
          </button>
        </li>
      ))}
    </ul>
  )
})

function describeField(path: string): string {
  const section = /^(\w+)/.exec(path)?.[1] ?? path
  const names: Record<string, string> = {
    hires: 'hiring plan', tools: 'tools', programs: 'programs', capabilities: 'capabilities',
    budget: 'budget policy', headcount: 'headcount milestones', revenue: 'revenue milestones',
    salaryGrowthPercent: 'salary growth'
  }
  return names[section] ?? path
}
