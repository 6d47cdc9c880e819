// Revenue growth as uncertain (docs/model.md). One factor m scales the growth beyond the first
// quarter's run-rate: the run-rate at quarter q becomes max(0, R₀ + (R_q − R₀) × m). Headcount is
// the plan, so the org phase and the budget percent stay as planned; a percent-of-revenue budget
// moves with the revenue, an approved amount does not.
import type { Projection } from './projection'
import type { ScenarioDoc } from './scenario'
import { resolvedBudget, resolvedUncertainty } from './scenarioDefaults'
import { DEFAULT_BUDGET_PERCENT } from './catalog'
import { TriangularDistribution } from './toolUncertainty'

/** How far sensitivity moves revenue growth when the plan sets no spread of its own. */
export const REVENUE_SWING = 0.25

export class RevenueBudget {
  /** The factor m on revenue growth: triangular on [1 − spread, 1, 1 + spread]. */
  readonly growthFactor: TriangularDistribution
  /** ± spread of the growth factor, as a fraction (0.25: m between 0.75 and 1.25). */
  readonly spread: number
  /** True when the budget follows revenue (a percent mode); approved amounts do not move. */
  readonly followsRevenue: boolean
  private readonly firstRunRate: number
  private readonly growth: Float64Array
  /** Per quarter, the budget per unit of annual run-rate: percent / 100 / 4. */
  private readonly shares: Float64Array
  private readonly quarterlyMinimum: number

  constructor(doc: ScenarioDoc, private readonly projection: Projection) {
    const rows = projection.quarters
    const budget = resolvedBudget(doc, DEFAULT_BUDGET_PERCENT)
    this.spread = resolvedUncertainty(doc).revenuePercent / 100
    this.growthFactor = new TriangularDistribution(1 - this.spread, 1, 1 + this.spread)
    this.followsRevenue = budget.mode !== 'amounts'
    this.firstRunRate = rows[0].revenueRunRate
    this.growth = Float64Array.from(rows, (row) => row.revenueRunRate - this.firstRunRate)
    this.shares = Float64Array.from(rows, (row) => row.budgetPercent / 400)
    this.quarterlyMinimum = budget.minimumAnnual / 4
  }

  /** True when a simulation draws the growth factor and the budget moves with it. */
  get uncertain(): boolean {
    return this.spread > 0 && this.followsRevenue
  }

  /** Quarter q's budget when revenue growth is scaled by m. */
  budgetAt(q: number, m: number): number {
    return this.followsRevenue ? this.percentBudgetAt(q, m) : this.projection.quarters[q].budget
  }

  /**
   * Quarter q's percent-of-revenue budget when revenue growth is scaled by m (only in a percent
   * mode): percentBudget's rule, revenue × percent but not below the minimum, with its constants
   * worked out once per quarter, as the simulation asks for it in every quarter of every sample.
   */
  percentBudgetAt(q: number, m: number): number {
    return Math.max(Math.max(0, this.firstRunRate + this.growth[q] * m) * this.shares[q], this.quarterlyMinimum)
  }

  /** The whole horizon's budget when revenue growth is scaled by m. */
  horizonBudget(m: number): number {
    let sum = 0
    for (let q = 0; q < this.growth.length; q++) sum += this.budgetAt(q, m)
    return sum
  }
}
