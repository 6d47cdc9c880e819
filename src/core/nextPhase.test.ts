import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { nextPhaseNeeds, nextPhaseNeedsAt } from './nextPhase'
import { projectScenario } from './projection'

// 8 of the 12 Foundation capabilities, missing first-security-hire (a prerequisite of
// security-champions), security-champions, ml-supply-chain and developer-ai-training.
const EIGHT = new Set([
  'security-governance', 'model-protection', 'model-version-control', 'data-governance',
  'training-data-privacy', 'secure-ai-code-review', 'ai-risk-assessment', 'ai-threat-modelling'
])

describe('nextPhaseNeeds', () => {
  it('lists what Foundation lacks, prerequisites first, and marks the two cheapest, catalog order breaking ties', () => {
    const needs = nextPhaseNeeds('adhoc', EIGHT)
    expect(needs.next).toBe('foundation')
    // 10 of 12 is the first count at or above 80%.
    expect(needs.shortfall).toBe(2)
    expect(needs.items.map((i) => [i.id, i.inSmallestSet])).toEqual([
      ['first-security-hire', true],
      ['security-champions', true],
      ['ml-supply-chain', false],
      ['developer-ai-training', false]
    ])
    expect(needs.items[1].missingPrerequisites).toEqual(['first-security-hire'])
  })

  it('takes prerequisites along when only a dependent capability is left to choose', () => {
    const inPlace = new Set([...EIGHT, 'ml-supply-chain', 'developer-ai-training'].filter((id) => id !== 'security-governance'))
    // 9 of 12 in place: one more needed; first-security-hire alone is the cheapest.
    const needs = nextPhaseNeeds('adhoc', inPlace)
    expect(needs.shortfall).toBe(1)
    expect(needs.items.filter((i) => i.inSmallestSet).map((i) => i.id)).toEqual(['first-security-hire'])
    expect(needs.items.map((i) => i.id)).toEqual(['first-security-hire', 'security-governance', 'security-champions'])
  })

  it('has nothing to add past the last phase', () => {
    expect(nextPhaseNeeds('worldclass', new Set())).toEqual({ achieved: 'worldclass', next: null, shortfall: 0, items: [] })
  })

  it('reads a quarter of a projection: capabilities planned later are not in place yet', () => {
    const doc = {
      ...DEFAULT_SCENARIO,
      capabilities: [...EIGHT].map((id, i) => ({ id, quarter: i === 0 ? 3 : 0 }))
    }
    const projection = projectScenario(doc)
    expect(nextPhaseNeedsAt(projection, 0).items.map((i) => i.id)).toContain('security-governance')
    expect(nextPhaseNeedsAt(projection, 3).items.map((i) => i.id)).not.toContain('security-governance')
  })
})
