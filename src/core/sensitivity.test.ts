import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { horizonTotal, sensitivity } from './sensitivity'

// Run-rate 40M now and 100M from quarter 3 on; the budget is 4% of revenue.
const growing = minimalScenario({
  quarters: 4,
  revenue: [{ quarter: 0, value: 40_000_000 }, { quarter: 3, value: 100_000_000 }],
  hires: [{ role: 'ciso', count: 1, quarter: 2, annualCost: 400_000 }]
})

describe('sensitivity to revenue growth', () => {
  it('moves the budget by ±25% of the growth when the plan sets no spread, and leaves spend alone', () => {
    const revenue = sensitivity(growing).drivers.find((d) => d.id === 'revenue')!
    // Budget in quarter q: (40M + 20M q m) / 4 × 4% = 400k + 200k q m; over the four quarters 1.6M + 1.2M m.
    expect(revenue).toMatchObject({
      label: 'Revenue growth', field: 'uncertainty.revenuePercent', lowSetting: '-25%', highSetting: '+25%',
      lowTotal: horizonTotal(growing), highTotal: horizonTotal(growing)
    })
    expect(revenue.lowBudget).toBeCloseTo(1_600_000 + 1_200_000 * 0.75, 6)
    expect(revenue.highBudget).toBeCloseTo(1_600_000 + 1_200_000 * 1.25, 6)
    expect(revenue.swing).toBeCloseTo(600_000, 6)
  })

  it('uses the plan\'s own spread when it sets one', () => {
    const revenue = sensitivity({ ...growing, uncertainty: { revenuePercent: 10 } }).drivers.find((d) => d.id === 'revenue')!
    expect([revenue.lowSetting, revenue.highSetting]).toEqual(['-10%', '+10%'])
    expect(revenue.swing).toBeCloseTo(240_000, 6)
  })

  it('is left out when the budget is an approved amount, which revenue does not move', () => {
    const approved = { ...growing, budget: { mode: 'amounts' as const, amounts: [{ fiscalYear: 2026, amount: 2_000_000 }] } }
    expect(sensitivity(approved).drivers.map((d) => d.id)).not.toContain('revenue')
  })
})

describe('sensitivity to every planned hire one quarter late', () => {
  it('starts each planned hire a quarter later, keeps its end, and leaves people already in post', () => {
    const doc = minimalScenario({
      quarters: 8,
      peopleCosts: { recruitingFeePercent: 20 },
      hires: [
        { role: 'ciso', count: 1, quarter: 2, annualCost: 400_000 },
        // Would start at its end: never starts.
        { role: 'grc-analyst', count: 1, quarter: 5, endQuarter: 6, annualCost: 160_000 },
        { role: 'security-engineer', count: 1, quarter: 0, annualCost: 200_000, existing: true }
      ]
    })
    const late = sensitivity(doc).drivers.find((d) => d.id === 'hiringSlip')!
    expect(late).toMatchObject({ label: 'Every planned hire one quarter late', lowSetting: 'as planned', highSetting: 'one quarter late' })
    expect(late.lowTotal).toBe(horizonTotal(doc))
    // One quarter less of the CISO (its fee moves, it is still paid once) and the whole GRC line with its fee.
    expect(late.lowTotal - late.highTotal).toBeCloseTo(100_000 + 40_000 + 160_000 * 0.2, 6)
    expect(late.swing).toBe(Math.abs(late.highTotal - late.lowTotal))
    expect(late.lowBudget).toBe(late.highBudget)
  })

  it('is left out when every hire is already in post', () => {
    const doc = minimalScenario({ hires: [{ role: 'ciso', count: 1, quarter: 0, annualCost: 400_000, existing: true }] })
    expect(sensitivity(doc).drivers.map((d) => d.id)).not.toContain('hiringSlip')
  })
})

describe('the tornado', () => {
  it('ranks spend drivers and revenue together by their swing in budget − total', () => {
    const { drivers, baseBudget } = sensitivity(DEFAULT_SCENARIO)
    expect(drivers.map((d) => d.id)).toEqual(expect.arrayContaining(['revenue', 'hiringSlip', 'hiringTiming']))
    expect(baseBudget).toBeGreaterThan(0)
    for (const d of drivers) {
      expect(d.swing).toBeCloseTo(Math.abs((d.highBudget - d.highTotal) - (d.lowBudget - d.lowTotal)), 4)
      // Each driver moves spend or the budget, not both.
      expect(d.lowBudget === d.highBudget || d.lowTotal === d.highTotal).toBe(true)
    }
    expect(drivers.map((d) => d.swing)).toEqual([...drivers.map((d) => d.swing)].sort((a, b) => b - a))
  })
})
