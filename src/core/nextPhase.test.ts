import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { CAPABILITIES } from './catalog'
import { capabilitiesToAchieve, nextPhaseNeeds } from './nextPhase'
import { projectScenario } from './projection'

const ids = (phase: string) => CAPABILITIES.filter((c) => c.phase === phase).map((c) => c.id)

describe('what the next phase needs', () => {
  it('lists the missing Foundation capabilities of a plan with 8 of 14, marking the fewest that reach 80%', () => {
    const held = ['first-security-hire', 'model-protection', 'model-version-control', 'data-governance',
      'ml-supply-chain', 'ai-risk-assessment', 'developer-ai-training', 'workforce-identity-baseline']
    const projection = projectScenario(minimalScenario({ capabilities: held.map((id) => ({ id, quarter: 0 })) }))
    const needs = nextPhaseNeeds(projection, 0)
    expect(needs).toMatchObject({ achieved: 'adhoc', next: 'foundation', needed: 4 })
    expect(needs.capabilities.map((c) => [c.id, c.inSmallestSet])).toEqual([
      ['security-governance', true], ['security-champions', true], ['training-data-privacy', true],
      ['secure-ai-code-review', true], ['ai-threat-modelling', false], ['endpoint-protection-baseline', false]
    ])
    // Adding the marked ones moves the achieved phase.
    const added = needs.capabilities.filter((c) => c.inSmallestSet).map((c) => ({ id: c.id, quarter: 0 }))
    const after = projectScenario(minimalScenario({ capabilities: [...held.map((id) => ({ id, quarter: 0 })), ...added] }))
    expect(after.quarters[0].maturityPhase).toBe('foundation')
  })

  it('puts prerequisites first and counts them in the set, preferring the cheaper capability', () => {
    const foundation = ids('foundation').filter((id) => id !== 'ai-threat-modelling')
    const skipped = ['incident-response-plan', 'siem', 'soar', 'threat-intel', 'compliance-automation']
    const growth = ids('growth').filter((id) => !skipped.includes(id))
    const doc = minimalScenario({
      capabilities: [...foundation, ...growth].map((id) => ({ id, quarter: 0 }))
        .concat([{ id: 'soar', quarter: 5 }])
    })
    const needs = nextPhaseNeeds(projectScenario(doc), 2)
    expect(needs).toMatchObject({ achieved: 'foundation', next: 'growth', needed: 1 })
    expect(needs.capabilities.map((c) => [c.id, c.inSmallestSet, c.missingPrerequisites, c.plannedQuarter])).toEqual([
      ['ai-threat-modelling', false, [], null],
      ['incident-response-plan', false, ['ai-threat-modelling'], null],
      ['siem', true, [], null],
      ['soar', false, ['siem'], 5],
      ['threat-intel', false, ['siem'], null],
      ['compliance-automation', false, [], null]
    ])
  })

  it('counts a prerequisite of the same phase towards it', () => {
    const missing = ['documented-policies', 'sops', 'incident-response-plan', 'internal-audits', 'policy-enforcement', 'soc2-iso27001']
    const held = [...ids('foundation').filter((id) => id !== 'ai-threat-modelling'), ...ids('growth').filter((id) => !missing.includes(id))]
    const needs = nextPhaseNeeds(projectScenario(minimalScenario({ capabilities: held.map((id) => ({ id, quarter: 0 })) })), 0)
    // 15 of 21 in place, two more needed: Documented policies and SOPs, which needs it, make two.
    expect(needs.needed).toBe(2)
    expect(needs.capabilities.filter((c) => c.inSmallestSet).map((c) => c.id)).toEqual(['documented-policies', 'sops'])
    expect(capabilitiesToAchieve('growth')).toBe(17)
    expect(capabilitiesToAchieve('foundation')).toBe(12)
    expect(capabilitiesToAchieve('optimization')).toBe(5)
  })

  it('has nothing to add at World-Class', () => {
    const all = CAPABILITIES.map((c) => ({ id: c.id, quarter: 0 }))
    expect(nextPhaseNeeds(projectScenario(minimalScenario({ capabilities: all })), 0))
      .toEqual({ quarter: 0, achieved: 'worldclass', next: null, needed: 0, capabilities: [] })
  })

  it('refuses a quarter outside the plan', () => {
    expect(() => nextPhaseNeeds(projectScenario(minimalScenario()), 8)).toThrow(RangeError)
  })
})
