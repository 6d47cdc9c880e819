// Under the tools table: for each tool or service whose catalog entry delivers capabilities the
// plan does not hold yet, an offer to add them, waiting for that tool (`needs`), in one edit.
import { useState } from 'react'
import { quarterLabel } from '../../../../core/quarters'
import type { ScenarioDoc } from '../../../../core/scenario'
import { useWorkspace } from '../../session/workspace'
import { deliveryOffers, withDeliveredCapabilities, type DeliveryOffer } from './toolDelivers'

export function DeliveryOffers({ doc }: { doc: ScenarioDoc }): React.JSX.Element {
  const { edit, errors } = useWorkspace()
  // Offers put aside for this visit to the tab, by tool id; the plan is not changed by saying no.
  const [declined, setDeclined] = useState<ReadonlySet<string>>(new Set())
  const [added, setAdded] = useState('')
  // A tool whose start is being fixed offers nothing yet: its capabilities would copy the bad quarter.
  const startInvalid = (toolId: string) => (doc.tools ?? []).some((t, i) => t.tool === toolId && errors.has(`tools[${i}].quarter`))
  const offers = deliveryOffers(doc).filter((o) => !declined.has(o.toolId) && !startInvalid(o.toolId))
  const accept = (offer: DeliveryOffer) => {
    edit(`tools[${offer.index}]:delivers`, (d) => withDeliveredCapabilities(d, offer.index))
    const count = offer.toAdd.length
    setAdded(`Added ${count} ${count === 1 ? 'capability' : 'capabilities'} that wait for ${offer.toolName}.`)
  }
  return (
    <>
      {offers.length > 0 && (
        <ul className="warnings table-note" aria-label="Capabilities your tools deliver" data-testid="delivery-offers">
          {offers.map((offer) => (
            <li key={offer.toolId} className="banner banner-info" data-testid={`delivery-offer-${offer.toolId}`}>
              <span>
                <strong>{offer.toolName}</strong> delivers: {offer.toAdd.map((c) => c.name).join(', ')}
                {' '}(from {quarterLabel(doc.start, offer.quarter)})
                {offer.alreadyPlanned.length > 0 && <>; {offer.alreadyPlanned.map((c) => c.name).join(', ')} already planned</>}
              </span>
              <span className="button-row">
                <button type="button" className="button button-small button-primary" onClick={() => accept(offer)}
                  aria-label={`Add them to the plan: what ${offer.toolName} delivers`}>Add them to the plan</button>
                <button type="button" className="button button-small" onClick={() => setDeclined(new Set([...declined, offer.toolId]))}
                  aria-label={`Not now: what ${offer.toolName} delivers`}>Not now</button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">{added}</p>
    </>
  )
}
