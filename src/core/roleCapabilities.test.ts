import { describe, expect, it } from 'vitest'
import { CAPABILITY_BY_ID, ROLES } from './catalog'
import { capabilitiesEnabledBy, ROLE_CAPABILITIES } from './roleCapabilities'
import type { ScenarioDoc } from './scenario'

const doc = (capabilities: ScenarioDoc['capabilities']): ScenarioDoc => ({
  format: 'rampart-scenario', version: 2, name: 'Hiring', start: '2026-Q1', quarters: 12,
  headcount: [{ quarter: 0, value: 100 }], revenue: [{ quarter: 0, value: 1e7 }],
  budget: { mode: 'fixed', fixedPercent: 4 }, capabilities
})

describe('role capabilities', () => {
  it('maps every shipped role to capabilities of the catalog', () => {
    for (const role of ROLES) {
      const ids = ROLE_CAPABILITIES[role.id]
      expect(ids, role.id).toBeDefined()
      for (const id of ids) expect(CAPABILITY_BY_ID.has(id), `${role.id} -> ${id}`).toBe(true)
    }
  })

  it('lists the planned capabilities of the role that land while the hire is on the team', () => {
    const plan = doc([
      { id: 'soar', quarter: 6 }, { id: 'siem', quarter: 1 }, { id: 'threat-intel', quarter: 9 },
      { id: 'cspm', quarter: 3 }
    ])
    const hire = { role: 'detection-engineer', count: 1, quarter: 2, annualCost: 1, endQuarter: 8 }
    // SIEM landed before the hire, threat intel after they left, CSPM is not theirs.
    expect(capabilitiesEnabledBy(hire, plan)).toEqual([{ id: 'soar', name: 'SOAR', quarter: 6 }])
  })

  it('orders what a hire enables by quarter', () => {
    const plan = doc([{ id: 'sops', quarter: 5 }, { id: 'specialised-roles', quarter: 2 }])
    const hire = { role: 'security-manager', count: 1, quarter: 0, annualCost: 1 }
    expect(capabilitiesEnabledBy(hire, plan).map((c) => c.id)).toEqual(['specialised-roles', 'sops'])
  })
})
