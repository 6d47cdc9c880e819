import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { comparePeriods, periodFigures } from './periods'
import { projectScenario } from './projection'

// 8 quarters from 2026-Q1 at $40M run-rate and a fixed 4%: $400K of budget a quarter.
const hire = { role: 'security-engineer', count: 2, quarter: 0, annualCost: 200_000 }
const base = projectScenario(minimalScenario({ name: 'Base', hires: [hire] }))
const later = projectScenario(minimalScenario({ name: 'Later', hires: [{ ...hire, quarter: 2 }] }))

describe('the plan period by period', () => {
  it('reads quarters and fiscal years from the projection as they are', () => {
    const quarters = periodFigures(base, 'quarters')
    expect(quarters.map((q) => q.label)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'])
    expect(quarters[0]).toEqual({
      label: '2026-Q1', quarters: ['2026-Q1'], partial: false, budget: 400_000, people: 100_000, tools: 0, programs: 0,
      total: 100_000, headroom: 300_000, securityFte: 2, maturityPhase: 'adhoc', orgPhase: base.quarters[0].orgPhase
    })
    const years = periodFigures(base, 'years')
    expect(years.map((y) => [y.label, y.budget, y.total, y.headroom])).toEqual([['FY2026', 1_600_000, 400_000, 1_200_000], ['FY2027', 1_600_000, 400_000, 1_200_000]])
  })
})

describe('a what-if against the base, period by period (over the base is +)', () => {
  it('shows two engineers hired two quarters later as less people cost and more headroom in those quarters', () => {
    const rows = comparePeriods(base, later, 'quarters')
    expect(rows.map((r) => r.delta?.money?.people)).toEqual([-100_000, -100_000, 0, 0, 0, 0, 0, 0])
    expect(rows.map((r) => r.delta?.money?.headroom)).toEqual([100_000, 100_000, 0, 0, 0, 0, 0, 0])
    expect(rows[0].delta).toEqual({
      money: { budget: 0, people: -100_000, tools: 0, programs: 0, total: -100_000, headroom: 100_000 },
      securityFte: -2, maturityPhases: 0, orgPhases: 0
    })
    const years = comparePeriods(base, later, 'years')
    expect(years.map((y) => [y.label, y.delta?.money?.total, y.delta?.securityFte])).toEqual([['FY2026', -200_000, 0], ['FY2027', 0, 0]])
  })

  it('gives no difference for a period the base does not cover with the same quarters', () => {
    const longer = projectScenario(minimalScenario({ quarters: 10, hires: [hire] }))
    expect(comparePeriods(base, longer, 'quarters').map((r) => r.delta === null)).toEqual([...Array(8).fill(false), true, true])
    // A fiscal year opening in Q2: FY2026 is 2026-Q1 alone, so no year lines up with the base's.
    const shifted = projectScenario(minimalScenario({ fiscalYearStart: 2, hires: [hire] }))
    expect(comparePeriods(base, shifted, 'years').map((y) => [y.label, y.partial, y.delta])).toEqual([
      ['FY2026', true, null], ['FY2027', false, null], ['FY2028', true, null]
    ])
  })

  it('gives no money difference across currencies, but still the people and phases', () => {
    const euros = projectScenario(minimalScenario({ currency: 'EUR', hires: [{ ...hire, count: 3 }] }))
    const [first] = comparePeriods(base, euros, 'quarters')
    expect(first.delta).toEqual({ money: null, securityFte: 1, maturityPhases: 0, orgPhases: 0 })
  })
})
