// The default "DataFlow AI" plan tells the blueprint's story with the version 2 features, and
// raises only warnings a CISO would agree with.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { cashTimingNotes, findPitfalls } from './pitfalls'
import { projectScenario } from './projection'
import { validateScenario } from './scenario'

const projection = projectScenario(DEFAULT_SCENARIO)
const rows = projection.quarters

describe('the default plan', () => {
  it('is a valid version 2 document that grows from 50 to 500 people in 18 months', () => {
    expect(validateScenario(DEFAULT_SCENARIO)).toEqual({ ok: true, scenario: DEFAULT_SCENARIO })
    expect(DEFAULT_SCENARIO.version).toBe(2)
    expect([rows[0].headcount, rows[6].headcount]).toEqual([50, 500])
  })

  it('uses fiscal years, a glide budget, loaded pay with fees, an engineer in post and an MDR service', () => {
    expect(DEFAULT_SCENARIO.fiscalYearStart).toBe(2)
    expect(DEFAULT_SCENARIO.budget.mode).toBe('glide')
    expect(DEFAULT_SCENARIO.peopleCosts!.overheadPercent).toBeGreaterThanOrEqual(25)
    expect(DEFAULT_SCENARIO.peopleCosts!.overheadPercent).toBeLessThanOrEqual(30)
    expect(DEFAULT_SCENARIO.peopleCosts!.recruitingFeePercent).toBeGreaterThan(0)
    expect(DEFAULT_SCENARIO.hires![0]).toMatchObject({ quarter: 0, existing: true })
    expect(DEFAULT_SCENARIO.hires!.filter((h) => h.existing)).toHaveLength(1)
    expect(DEFAULT_SCENARIO.tools!.map((t) => t.tool)).toContain('mdr')
    expect(DEFAULT_SCENARIO.uncertainty).toEqual({ salaryPercent: 10, revenuePercent: 25, hiringSlip: [0.5, 0.35, 0.15], attritionPercent: 12 })
  })

  it('meets its SOC 2 Type II and EU AI Act deadlines', () => {
    expect(projection.deadlines.map((d) => [d.name, d.met])).toEqual([
      ['EU AI Act: general-purpose AI models already on the market', true],
      ['SOC 2 Type II report', true]
    ])
  })

  it('raises no budget overrun a fiscal-year view would contradict: every fiscal year holds', () => {
    for (const year of projection.fiscalYears) expect(year.total, year.label).toBeLessThanOrEqual(year.budget)
    expect(findPitfalls(DEFAULT_SCENARIO, projection).filter((p) => p.kind === 'budgetOverrun')).toEqual([])
    expect(cashTimingNotes(projection)).toEqual([])
  })

  it('moves its budget percent by at most 0.5 points from one quarter to the next', () => {
    for (let q = 1; q < rows.length; q++) {
      expect(Math.abs(rows[q].budgetPercent - rows[q - 1].budgetPercent), rows[q].label).toBeLessThanOrEqual(0.5)
      const share = (i: number) => (rows[i].budget / rows[i].revenue) * 100
      expect(Math.abs(share(q) - share(q - 1)), rows[q].label).toBeLessThanOrEqual(0.5)
    }
  })

  it('warns only that security trails the organisation while it doubles, and catches up within 18 months', () => {
    const warnings = findPitfalls(DEFAULT_SCENARIO, projection)
    expect(warnings.map((w) => [w.kind, w.severity, w.quarters])).toEqual([['outgrowingSecurity', 'warning', '2027-Q1 – 2028-Q2']])
    expect(rows[6].maturityPhase).toBe('growth')
  })

  it('puts every capability in place within the plan, and no tool capability without a tool or service that delivers it', () => {
    expect(projection.capabilities.every((c) => c.inPlace !== null)).toBe(true)
    expect(findPitfalls(DEFAULT_SCENARIO, projection).filter((p) => p.kind === 'capabilityBeforeTool')).toEqual([])
  })
})
