// Marks a number as the blueprint's (reference) or a placeholder to replace with a quote.
import type { Provenance } from '../../../core/catalog'

export function ProvenanceBadge({ source, title }: { source: Provenance; title?: string }): React.JSX.Element {
  const text = source === 'reference'
    ? 'Reference figure from the AI-security maturity blueprint'
    : 'Illustrative placeholder: replace with a real quote or plan figure'
  return (
    <span className={`badge badge-${source}`} title={title ?? text} aria-label={title ?? text}>
      {source === 'reference' ? 'reference' : 'illustrative'}
    </span>
  )
}
