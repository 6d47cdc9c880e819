import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { programPriceIsIllustrative, revenueIsIllustrative } from './illustrativeDefaults'
import { PLAN_TEMPLATES, SAMPLE_SCENARIO } from './planTemplates'

const SHIPPED = [SAMPLE_SCENARIO, ...PLAN_TEMPLATES.map((t) => t.document)]

describe('illustrative placeholders', () => {
  it('recognises the sample\'s and each template\'s own revenue milestones, and no longer once a value changes', () => {
    for (const doc of SHIPPED) {
      expect(revenueIsIllustrative(doc)).toBe(true)
      expect(revenueIsIllustrative({ revenue: doc.revenue.map((m, i) => (i === 0 ? { ...m, value: m.value + 1 } : m)) })).toBe(false)
    }
    expect(revenueIsIllustrative({ revenue: DEFAULT_SCENARIO.revenue.slice(1) })).toBe(false)
  })

  it('marks a shipped program price only under its own name', () => {
    const programs = SHIPPED.flatMap((doc) => doc.programs ?? [])
    expect(programs.length).toBeGreaterThan(0)
    for (const program of programs) {
      expect(programPriceIsIllustrative(program)).toBe(true)
      expect(programPriceIsIllustrative({ ...program, amount: program.amount + 1 })).toBe(false)
      expect(programPriceIsIllustrative({ ...program, name: `${program.name} (ours)` })).toBe(false)
    }
  })
})
