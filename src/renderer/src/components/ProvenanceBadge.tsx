// Marks where a number comes from: the blueprint or a cited survey (reference), Rampart's own
// computation from the plan (derived), or a placeholder to replace with a quote (illustrative).
import type { Provenance } from '../../../core/catalog'

const MEANING: Record<Provenance, string> = {
  reference: 'Reference figure from the AI-security maturity blueprint',
  derived: 'Derived: computed by Rampart from the plan',
  illustrative: 'Illustrative placeholder: replace with a real quote or plan figure'
}

export function ProvenanceBadge({ source, title }: { source: Provenance; title?: string }): React.JSX.Element {
  const text = title ?? MEANING[source]
  return <span className={`badge badge-${source}`} title={text} aria-label={text}>{source}</span>
}
