import { describe, expect, it } from 'vitest'
import { validateScenario, type ScenarioDoc } from '../../../../core/scenario'
import { blankScenario } from '../../session/blankScenario'
import { deliveryOffer, deliveryOffers, withDeliveredCapabilities } from './toolDelivers'

const line = (tool: string, quarter: number) => ({ tool, quarter, low: 10000, high: 20000, point: 'mid' as const })

function plan(change: Partial<ScenarioDoc>): ScenarioDoc {
  return { ...blankScenario('Delivers', new Date(2026, 0, 15)), ...change }
}

describe('what a tool line offers to add', () => {
  it('offers what a managed SOC delivers at its start, naming what the plan already holds', () => {
    const doc = plan({ tools: [line('siem', 1), line('managed-soc', 3)], capabilities: [{ id: 'siem', quarter: 1 }] })
    expect(deliveryOffer(doc, 1)).toEqual({
      index: 1, toolId: 'managed-soc', toolName: 'Managed SOC', quarter: 3,
      toAdd: [{ id: 'soar', name: 'SOAR' }, { id: 'threat-intel', name: 'Threat-intelligence platform' }],
      alreadyPlanned: [{ id: 'siem', name: 'SIEM' }]
    })
  })

  it('offers nothing for a tool that delivers nothing, or whose capabilities are all planned', () => {
    const doc = plan({ tools: [line('cyber-insurance', 0), line('siem', 2)], capabilities: [{ id: 'siem', quarter: 4 }] })
    expect([deliveryOffer(doc, 0), deliveryOffer(doc, 1), deliveryOffer(doc, 2)]).toEqual([null, null, null])
    expect(deliveryOffers(doc)).toEqual([])
  })

  it('makes one offer per tool, on its first line, from its earliest start', () => {
    const doc = plan({ tools: [line('edr', 5), line('cspm', 0), line('edr', 2)], capabilities: [] })
    expect(deliveryOffers(doc).map((o) => [o.index, o.toolId, o.quarter, o.toAdd.map((c) => c.id)])).toEqual([
      [0, 'edr', 2, ['edr', 'endpoint-protection-baseline']],
      [1, 'cspm', 0, ['cspm']]
    ])
    expect(deliveryOffer(doc, 2)).toBeNull()
  })
})

describe('adding what a tool delivers', () => {
  it('adds the missing capabilities at the tool start, each needing the tool, and the plan stays valid', () => {
    const doc = plan({ tools: [line('siem', 1), line('mdr', 2)], capabilities: [{ id: 'siem', quarter: 1 }] })
    const next = withDeliveredCapabilities(doc, 1)
    expect(next.capabilities).toEqual([
      { id: 'siem', quarter: 1 },
      { id: 'edr', quarter: 2, needs: ['tool:mdr'] },
      { id: 'endpoint-protection-baseline', quarter: 2, needs: ['tool:mdr'] },
      { id: 'threat-intel', quarter: 2, needs: ['tool:mdr'] }
    ])
    expect(validateScenario(next)).toEqual({ ok: true, scenario: next })
  })

  it('adds nothing twice: a second offer from another tool skips what the first added', () => {
    const doc = plan({ tools: [line('mdr', 0), line('managed-soc', 4)], capabilities: [] })
    const once = withDeliveredCapabilities(doc, 0)
    const twice = withDeliveredCapabilities(withDeliveredCapabilities(once, 1), 0)
    expect(twice.capabilities).toEqual([
      { id: 'siem', quarter: 0, needs: ['tool:mdr'] },
      { id: 'edr', quarter: 0, needs: ['tool:mdr'] },
      { id: 'endpoint-protection-baseline', quarter: 0, needs: ['tool:mdr'] },
      { id: 'threat-intel', quarter: 0, needs: ['tool:mdr'] },
      { id: 'soar', quarter: 4, needs: ['tool:managed-soc'] }
    ])
    expect(withDeliveredCapabilities(twice, 1)).toBe(twice)
  })
})
