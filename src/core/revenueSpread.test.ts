import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryUncertainScenario } from '../../test/fixtures/arbitraries'
import { projectScenario } from './projection'
import { RevenueBudget } from './revenueSpread'

describe('the budget under a revenue growth factor', () => {
  it('is the projection\'s budget, quarter by quarter, when growth is as planned', () => {
    fc.assert(fc.property(arbitraryUncertainScenario, (doc) => {
      const projection = projectScenario(doc)
      const revenue = new RevenueBudget(doc, projection)
      projection.quarters.forEach((row, q) => {
        expect(Math.abs(revenue.budgetAt(q, 1) - row.budget)).toBeLessThanOrEqual(1e-9 * Math.max(1, row.budget))
      })
    }), { numRuns: 60 })
  })

  it('scales the growth beyond the first quarter, never below zero revenue, and keeps the annual minimum', () => {
    const doc = {
      format: 'rampart-scenario' as const, version: 2 as const, name: 'Revenue', start: '2026-Q1', quarters: 3,
      headcount: [{ quarter: 0, value: 100 }],
      revenue: [{ quarter: 0, value: 40_000_000 }, { quarter: 2, value: 8_000_000 }],
      budget: { mode: 'fixed' as const, fixedPercent: 4, minimumAnnual: 100_000 }
    }
    const revenue = new RevenueBudget(doc, projectScenario(doc))
    // Run-rate at quarter 1: 40M − 16M m; at m = 2, 8M: 80,000 a quarter. At m = 3, below zero: the minimum.
    expect(revenue.budgetAt(1, 2)).toBeCloseTo(80_000, 6)
    expect(revenue.budgetAt(2, 2)).toBe(25_000)
    expect(revenue.budgetAt(0, 3)).toBeCloseTo(400_000, 6)
    expect(revenue.horizonBudget(1)).toBeCloseTo(400_000 + 240_000 + 80_000, 6)
  })
})
