// The engine's suggested hiring sequence as a draft: what it adds and why, what it would do to the
// plan's figures, and applying it as one undoable edit.
import { useMemo, useState } from 'react'
import { ROLE_BY_ID } from '../../../../../core/catalog'
import { formatMoney } from '../../../../../core/format'
import { suggestHiringSequence, type HiringSuggestion } from '../../../../../core/hiring'
import { useWorkspace } from '../../../session/workspace'
import { draftEffect } from '../draftEffect'

export function SuggestionCard({ currency }: { currency: string }): React.JSX.Element {
  const { edit, analysis } = useWorkspace()
  const [suggestion, setSuggestion] = useState<HiringSuggestion | null>(null)
  const [keepExisting, setKeepExisting] = useState(true)
  const effect = useMemo(() => (suggestion && analysis ? draftEffect(analysis.doc, analysis.kpis, suggestion.draft) : null),
    [suggestion, analysis])

  const suggest = () => {
    if (analysis) setSuggestion(suggestHiringSequence(analysis.doc, { keepExisting }))
  }
  const apply = () => {
    if (!suggestion) return
    edit('hires:suggestion', (d) => ({ ...d, hires: suggestion.draft }))
    setSuggestion(null)
  }

  return (
    <section className="card">
      <header className="card-header">
        <div>
          <h2>Suggest a sequence</h2>
          <p className="card-subtitle">A draft from the growth curve: the roles each phase needs, then the team grows with the company</p>
        </div>
        <div className="button-row">
          <label className="checkbox">
            <input type="checkbox" checked={keepExisting} onChange={(e) => setKeepExisting(e.target.checked)} />
            Keep current hires
          </label>
          <button type="button" className="button button-primary button-small" onClick={suggest} disabled={!analysis}>Suggest a sequence</button>
        </div>
      </header>
      {suggestion && (
        <div className="suggestion" data-testid="suggestion">
          {effect && (
            <div className="draft-effect">
              <h3>What the draft does to the plan</h3>
              <table className="table table-compact" data-testid="suggestion-effect">
                <thead><tr><th><span className="visually-hidden">Measure</span></th><th className="num">Now</th><th className="num">With the draft</th><th className="num">Change</th></tr></thead>
                <tbody>
                  {effect.map((r) => (
                    <tr key={r.measure}>
                      <th scope="row">{r.measure}</th>
                      <td className="num">{r.now}</td>
                      <td className="num">{r.withDraft}</td>
                      <td className={`num ${r.tone === 'worse' ? 'text-bad' : r.tone === 'better' ? 'text-good' : ''}`}>{r.change}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={apply} disabled={suggestion.added.length === 0 && keepExisting}>
              Apply draft ({suggestion.draft.length} hires)
            </button>
            <button type="button" className="button" onClick={() => setSuggestion(null)}>Discard</button>
          </div>
          {suggestion.added.length === 0
            ? <p className="empty">The plan already covers what the growth curve calls for; nothing to add.</p>
            : (
              <table className="table table-compact">
                <thead><tr><th>Role</th><th>Open requisition</th><th>Starts</th><th className="num">Annual cost</th><th>Why</th></tr></thead>
                <tbody>
                  {suggestion.added.map((h, i) => (
                    <tr key={i}>
                      <td>{ROLE_BY_ID.get(h.role)?.name ?? h.role}</td>
                      <td className="nowrap">{h.requisitionLabel}</td>
                      <td className="nowrap">{h.startLabel}</td>
                      <td className="num nowrap">{formatMoney(h.annualCost, currency)}</td>
                      <td className="muted">
                        <div>{h.reason}</div>
                        {h.serves.length > 0 && <div className="suggestion-serves">Serves: {servesText(h.serves)}</div>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
        </div>
      )}
    </section>
  )
}

/** The first three capabilities a hire serves by name, then how many more. */
function servesText(names: readonly string[]): string {
  const shown = names.slice(0, 3).join('; ')
  return names.length > 3 ? `${shown}; and ${names.length - 3} more` : shown
}
