// What a tool or service line delivers that the plan does not hold yet: the capabilities its
// catalog entry lists, offered as capability lines that wait for that tool (`needs`), so buying
// a tool and planning what it brings is one step instead of two.
import { CAPABILITY_BY_ID, TOOL_BY_ID } from '../../../../core/catalog'
import type { PlannedCapability, ScenarioDoc } from '../../../../core/scenario'

export interface NamedCapability {
  id: string
  name: string
}

export interface DeliveryOffer {
  /** The tool line the offer is shown on: the first line of its tool. */
  index: number
  toolId: string
  toolName: string
  /** The tool's start: the earliest quarter among the plan's lines of that tool. */
  quarter: number
  toAdd: NamedCapability[]
  alreadyPlanned: NamedCapability[]
}

/**
 * The offer for tool line `index`, or null when there is nothing to add: the line is not the first
 * of its tool (one offer per tool, since a need names the tool, not the line), its tool is not in
 * the catalog, or the plan already holds everything it delivers.
 */
export function deliveryOffer(doc: ScenarioDoc, index: number): DeliveryOffer | null {
  const tools = doc.tools ?? []
  const line = tools[index]
  const tool = line && TOOL_BY_ID.get(line.tool)
  if (!tool || tools.findIndex((t) => t.tool === line.tool) !== index) return null
  const planned = new Set((doc.capabilities ?? []).map((c) => c.id))
  const named = (id: string): NamedCapability => ({ id, name: CAPABILITY_BY_ID.get(id)?.name ?? id })
  const toAdd = tool.delivers.filter((id) => !planned.has(id)).map(named)
  if (toAdd.length === 0) return null
  const quarter = Math.min(...tools.filter((t) => t.tool === line.tool).map((t) => t.quarter))
  return {
    index, toolId: tool.id, toolName: tool.name, quarter, toAdd,
    alreadyPlanned: tool.delivers.filter((id) => planned.has(id)).map(named)
  }
}

/** Every offer the plan's tool lines make, in line order. */
export function deliveryOffers(doc: ScenarioDoc): DeliveryOffer[] {
  return (doc.tools ?? []).flatMap((_, i) => deliveryOffer(doc, i) ?? [])
}

/**
 * The plan with the offer's capabilities added at the tool's start, each needing that tool (the
 * editor holds plans as version 2, which has `needs`). Capabilities it holds are left as they are.
 */
export function withDeliveredCapabilities(doc: ScenarioDoc, index: number): ScenarioDoc {
  const offer = deliveryOffer(doc, index)
  if (!offer) return doc
  const added: PlannedCapability[] = offer.toAdd.map(({ id }) => ({ id, quarter: offer.quarter, needs: [`tool:${offer.toolId}`] }))
  return { ...doc, capabilities: [...(doc.capabilities ?? []), ...added] }
}
