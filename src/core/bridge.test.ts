import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { bridgesFromFirst } from './bridge'
import { projectScenario } from './projection'
import type { ScenarioDoc } from './scenario'

const hire = { role: 'security-engineer', count: 2, quarter: 0, annualCost: 200_000 }
const base = minimalScenario({ name: 'Base', hires: [hire], tools: [{ tool: 'siem', quarter: 0, low: 50_000, high: 200_000 }] })
const bridges = (docs: ScenarioDoc[]) => bridgesFromFirst(docs.map(projectScenario))
const bridge = (whatIf: Partial<ScenarioDoc>, from: ScenarioDoc = base) =>
  bridges([from, { ...from, name: 'What-if', ...whatIf }])[1]!

describe('the bridge from the base scenario to a what-if', () => {
  it('calls hiring later timing: fewer person-years at the same pay', () => {
    // Two people two quarters later over an 8-quarter plan: 2 × 2 / 4 = 1 person-year fewer at $200K.
    const later = bridge({ hires: [{ ...hire, quarter: 2 }] })
    expect(later.personYears).toEqual({ base: 4, scenario: 3 })
    expect(later.peopleTiming).toBeCloseTo(-200_000, 6)
    expect(later.peoplePay).toBeCloseTo(0, 6)
    expect([later.fees, later.tools, later.programs]).toEqual([0, 0, 0])
    expect(later.difference).toBeCloseTo(-200_000, 6)
  })

  it('calls a higher salary pay: the same person-years at a higher cost', () => {
    const dearer = bridge({ hires: [{ ...hire, annualCost: 250_000 }] })
    expect(dearer.peopleTiming).toBeCloseTo(0, 6)
    expect(dearer.peoplePay).toBeCloseTo(4 * 50_000, 6)
  })

  it('keeps recruiting fees apart from pay, and tools and programs apart from people', () => {
    const withFees = bridge({
      peopleCosts: { recruitingFeePercent: 20 },
      tools: [{ tool: 'siem', quarter: 0, low: 50_000, high: 200_000, point: 'high' }],
      programs: [{ name: 'Audit', quarter: 1, amount: 30_000, recurrence: 'once' }]
    })
    // Two people hired at the start: 2 × $200K × 20%.
    expect(withFees.fees).toBeCloseTo(80_000, 6)
    expect(withFees.peoplePay).toBeCloseTo(0, 6)
    expect(withFees.peopleTiming).toBeCloseTo(0, 6)
    // The SIEM at its high point instead of mid, for 8 quarters: (200K − 125K) × 2 years.
    expect(withFees.tools).toBeCloseTo(150_000, 6)
    expect(withFees.programs).toBe(30_000)
  })

  it('adds up exactly to the difference in total spend, whatever changes at once', () => {
    const mixed = bridge({
      quarters: 8, salaryGrowthPercent: 5, peopleCosts: { overheadPercent: 25, recruitingFeePercent: 15 },
      hires: [{ ...hire, quarter: 1, annualCost: 230_000 }, { role: 'ciso', count: 1, quarter: 4, annualCost: 400_000 }]
    })
    const parts = mixed.peopleTiming + mixed.peoplePay + mixed.fees + mixed.tools + mixed.programs
    expect(parts).toBeCloseTo(mixed.difference, 6)
    expect(mixed.total - mixed.baseTotal).toBeCloseTo(mixed.difference, 6)
  })

  it('prices a team hired from nothing as timing, and bridges nothing across currencies', () => {
    const empty = { ...base, hires: [] }
    const fromNothing = bridge({ hires: [hire] }, empty)
    expect(fromNothing.peopleTiming).toBeCloseTo(fromNothing.difference, 6)
    expect(fromNothing.peoplePay).toBe(0)
    expect(bridges([base, { ...base, currency: 'EUR' }])).toEqual([null, null])
  })
})
