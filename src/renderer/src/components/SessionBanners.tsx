// Banners above every view about the session itself: a kept draft of the open scenario waiting to
// be restored or discarded, and a start after a crash that reopened nothing.
import { useWorkspace } from '../session/workspace'
import { formatDateTime } from './dateTime'

export function SessionBanners(): React.JSX.Element | null {
  const { draftOffer, restoreDraft, discardDraft, open, safeStart, doc } = useWorkspace()
  const offer = draftOffer && open?.id === draftOffer.scenarioId ? draftOffer : null
  if (!offer && !(safeStart && !open)) return null
  return (
    <div className="session-banners">
      {offer && (
        <div className="banner banner-info" role="region" aria-label="Unsaved changes found" data-testid="draft-offer">
          <p>
            <strong>Unsaved changes to "{doc?.name ?? offer.document.name}" were kept</strong> from {formatDateTime(offer.keptAt, 'an earlier session')}
            {open && offer.baseRevision < open.revision
              ? ` (made on revision ${offer.baseRevision}; the scenario has been saved as revision ${open.revision} since).`
              : '.'} Restore them to carry on where you left off, or discard them.
          </p>
          <div className="button-row">
            <button type="button" className="button button-small button-primary" onClick={restoreDraft}>Restore changes</button>
            <button type="button" className="button button-small" onClick={discardDraft}>Discard</button>
          </div>
        </div>
      )}
      {safeStart && !open && (
        <div className="banner banner-warn" role="status" data-testid="safe-start">
          Rampart restarted after a problem and did not reopen your last scenario. Your scenarios are safe: choose one to open.
        </div>
      )}
    </div>
  )
}
