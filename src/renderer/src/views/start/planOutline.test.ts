import { describe, expect, it } from 'vitest'
import { PLAN_TEMPLATES, SAMPLE_SCENARIO } from '../../../../core/planTemplates'
import { blankScenario } from '../../session/blankScenario'
import { planOutline } from './planOutline'

describe('the start screen\'s outline of a plan', () => {
  it('reads people, revenue, length and lines from the plan itself', () => {
    expect(PLAN_TEMPLATES.map((t) => [t.stage, planOutline(t.document)])).toEqual([
      ['seed', '12 → 60 people · $500K → $8M revenue · 3 years · 1 security seat, 4 tools and services'],
      ['series-a', '40 → 150 people · $5M → $25M revenue · 3 years · 3 security seats, 7 tools and services'],
      ['series-b', '120 → 400 people · $30M → $90M revenue · 4 years · 10 security seats, 12 tools and services'],
      ['growth', '400 → 1,500 people · $90M → $300M revenue · 4 years · 19 security seats, 15 tools and services']
    ])
    expect(planOutline(SAMPLE_SCENARIO)).toBe('50 → 1,400 people · $24M → $150M revenue · 5 years · 16 security seats, 15 tools and services')
  })

  it('counts quarters when the plan is not whole years, and says one line in the singular', () => {
    const doc = { ...blankScenario('Odd'), quarters: 6, currency: 'EUR', tools: [{ tool: 'siem', quarter: 0, low: 1, high: 2 }] }
    expect(planOutline(doc)).toBe('50 → 200 people · €10M → €40M revenue · 6 quarters · 1 security seat, 1 tool or service')
  })
})
