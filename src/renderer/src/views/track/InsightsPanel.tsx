// How the last recorded quarter went: the top concerns, and what improved on the check-in before.
import type { Insights } from './insights'

export function InsightsPanel({ insights }: { insights: Insights | null }): React.JSX.Element {
  return (
    <section className="card" data-testid="insights">
      <header className="card-header">
        <h2>{insights ? `${insights.quarter}: how it went` : 'How it went'}</h2>
      </header>
      {!insights ? <p className="empty">Record a quarter to see what improved and what needs attention.</p> : (
        <div className="insights">
          <div>
            <h3>Top concerns</h3>
            {insights.concerns.length === 0 ? <p className="muted">Nothing is more than 5% off the plan.</p> : (
              <ul>{insights.concerns.map((c) => <li key={c.measure} className="concern"><strong>{c.measure}</strong> {c.detail}</li>)}</ul>
            )}
          </div>
          <div>
            <h3>Most improved</h3>
            {insights.improved.length === 0 ? (
              <p className="muted">{insights.comparedWith
                ? `No measure improved on the ${insights.comparedWith} check-in.`
                : 'Nothing is ahead of plan yet; later check-ins show what improved on this one.'}</p>
            ) : (
              <ul>{insights.improved.map((c) => <li key={c.measure} className="improved"><strong>{c.measure}</strong> {c.detail}</li>)}</ul>
            )}
          </div>
        </div>
      )}
    </section>
  )
}
