// What one line of the plan costs over the whole horizon, by the projection's rules (docs/model.md),
// without projecting the plan. A hire, tool or program line's spend depends on nothing but the line
// itself and a few plan-wide series (salary factors, headcount), so moving one line moves the
// horizon's total by exactly that line's change; sensitivity.ts uses this instead of a projection
// per driver. Each formula is the projection's per-quarter sum gathered into one product, so it
// agrees with a projection to floating-point rounding.
import { peopleRates, salaryFactor } from './peopleCost'
import type { Hire, Program, ScenarioDoc, ToolLine } from './scenario'

/** Hire lines' cost over the horizon at one rate of salary growth. */
export class HireCosts {
  /** factorSums[q]: the salary factors of quarters 0…q−1 added up. */
  private readonly factorSums: Float64Array
  private readonly factors: Float64Array
  private readonly loadFactor: number
  private readonly feeRate: number

  constructor(doc: ScenarioDoc, salaryGrowthPercent = doc.salaryGrowthPercent ?? 0) {
    const n = doc.quarters
    const rates = peopleRates(doc)
    this.loadFactor = rates.loadFactor
    this.feeRate = rates.feeRate
    this.factors = Float64Array.from({ length: n }, (_, q) => salaryFactor(salaryGrowthPercent, q))
    this.factorSums = new Float64Array(n + 1)
    for (let q = 0; q < n; q++) this.factorSums[q + 1] = this.factorSums[q] + this.factors[q]
  }

  /**
   * Loaded pay in every quarter from the start to the end (or the horizon), and the recruiting fee
   * in the start quarter for people not already in post; nothing when it starts at or after its end.
   */
  cost(line: Hire): number {
    const n = this.factors.length
    const from = Math.max(0, line.quarter)
    const to = Math.min(line.endQuarter ?? n, n)
    if (from >= to) return 0
    const pay = ((line.count * line.annualCost * this.loadFactor) / 4) * (this.factorSums[to] - this.factorSums[from])
    const fee = line.existing ? 0 : line.count * (line.annualCost * this.feeRate * this.factors[from])
    return pay + fee
  }
}

/** Quarters of the horizon from the line's quarter on: the quarters a tool is paid for. */
export function toolQuarters(line: ToolLine, quarters: number): number {
  return Math.max(0, quarters - line.quarter)
}

/** How many times a program is paid within the horizon. */
export function programPayments(program: Program, quarters: number): number {
  if (program.quarter >= quarters) return 0
  switch (program.recurrence) {
    case 'once': return 1
    case 'quarterly': return quarters - program.quarter
    case 'annual': return Math.floor((quarters - 1 - program.quarter) / 4) + 1
  }
}

