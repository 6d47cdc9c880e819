import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../../core/defaultScenario'
import { projectScenario } from '../../../../core/projection'
import { validateScenario } from '../../../../core/scenario'
import { withBudgetMode } from './BudgetSection'

describe('switching the budget mode', () => {
  it('gives a valid plan in every mode; approved amounts start from the budgets of the mode before', () => {
    for (const mode of ['byPhase', 'fixed', 'glide', 'amounts'] as const) {
      const result = validateScenario(withBudgetMode({ ...DEFAULT_SCENARIO, budget: { ...DEFAULT_SCENARIO.budget, minimumAnnual: 100_000 } }, mode))
      expect(result.ok ? [] : result.errors).toEqual([])
    }
    const amounts = withBudgetMode(DEFAULT_SCENARIO, 'amounts')
    expect(amounts.budget.amounts).toEqual(projectScenario(DEFAULT_SCENARIO).fiscalYears.map((y) => ({ fiscalYear: y.year, amount: Math.round(y.budget) })))
    expect(amounts.budget.minimumAnnual).toBeUndefined()
  })
})
