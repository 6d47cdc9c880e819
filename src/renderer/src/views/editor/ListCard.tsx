// The card every editable list of the plan sits in (deadlines, programs, tools): a title and what
// the list means, its add actions, the engine's message about the list as a whole, the rows, and a
// sentence when there are none. `field` is the list's path: the card is where a jump to it lands.
import type { ReactNode } from 'react'
import { useWorkspace } from '../../session/workspace'

interface ListCardProps {
  field: string
  title: string
  subtitle: ReactNode
  /** The add buttons (and pickers) in the card's header. */
  actions: ReactNode
  /** Rows in the list; none shows `empty`. */
  count: number
  empty: ReactNode
  testId?: string
  children: ReactNode
}

export function ListCard({ field, title, subtitle, actions, count, empty, testId, children }: ListCardProps): React.JSX.Element {
  const { errors } = useWorkspace()
  const error = errors.get(field)
  return (
    <section className="card" data-field={field} tabIndex={-1} data-testid={testId}>
      <header className="card-header">
        <div>
          <h2>{title}</h2>
          <p className="card-subtitle">{subtitle}</p>
        </div>
        {actions}
      </header>
      {error && <p className="field-error">{error}</p>}
      {children}
      {count === 0 && <p className="empty">{empty}</p>}
    </section>
  )
}
