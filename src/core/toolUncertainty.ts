// A tool's annual cost as a distribution (docs/model.md): triangular on [low, high] with its mode at
// the chosen point, the same distribution the simulation samples from. Its quantiles have a
// closed form, so per-tool P10/P50/P90 need no sampling and do not depend on a seed.
import { toolPointValue } from './projection'
import type { ToolLine } from './scenario'

export interface ToolCostQuantiles {
  p10: number
  p50: number
  p90: number
}

/**
 * The triangular distribution on [low, high] with the given mode. `at(p)` is its p-quantile (its
 * inverse CDF), which is also how the simulation draws from it: `at(u)` for a uniform u.
 */
export class TriangularDistribution {
  private readonly width: number
  /** Below `split`, p falls on the rising side of the triangle. */
  private readonly split: number
  private readonly rise: number
  private readonly fall: number

  constructor(readonly low: number, readonly mode: number, readonly high: number) {
    this.width = high - low
    this.rise = mode - low
    this.fall = high - mode
    this.split = this.rise / this.width
  }

  at(p: number): number {
    if (this.width <= 0) return this.low
    return p < this.split
      ? this.low + Math.sqrt(p * this.width * this.rise)
      : this.high - Math.sqrt((1 - p) * this.width * this.fall)
  }
}

/** The p-quantile (0 <= p <= 1) of the triangular distribution on [low, high] with the given mode. */
export function triangularQuantile(low: number, mode: number, high: number, p: number): number {
  return new TriangularDistribution(low, mode, high).at(p)
}

/** P10, P50 and P90 of a tool line's annual cost (the range part; per-employee costs are fixed). */
export function toolCostQuantiles(line: ToolLine): ToolCostQuantiles {
  const mode = toolPointValue(line)
  const at = (p: number) => triangularQuantile(line.low, mode, line.high, p)
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9) }
}
