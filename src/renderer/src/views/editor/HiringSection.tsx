// The editor's hiring tab: the plan's hires, the engine's suggested sequence as a draft to review
// and apply, and the four first-hire profiles side by side.
import { useWorkspace } from '../../session/workspace'
import { FirstHireCard } from './hiring/FirstHireCard'
import { HiringPlanCard } from './hiring/HiringPlanCard'
import { SuggestionCard } from './hiring/SuggestionCard'

export function HiringSection(): React.JSX.Element | null {
  const { doc } = useWorkspace()
  if (!doc) return null
  const currency = doc.currency ?? 'USD'
  return (
    <div className="editor-section">
      <HiringPlanCard doc={doc} />
      <SuggestionCard currency={currency} />
      <FirstHireCard currency={currency} />
    </div>
  )
}
