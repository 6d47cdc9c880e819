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

/** The p-quantile (0 <= p <= 1) of the triangular distribution on [low, high] with the given mode. */
export function triangularQuantile(low: number, mode: number, high: number, p: number): number {
  const width = high - low
  if (width <= 0) return low
  // Same inverse CDF as the simulation's draw, so sampled and exact quantiles agree.
  const split = (mode - low) / width
  return p < split
    ? low + Math.sqrt(p * width * (mode - low))
    : high - Math.sqrt((1 - p) * width * (high - mode))
}

/** P10, P50 and P90 of a tool line's annual cost (the range part; per-employee costs are fixed). */
export function toolCostQuantiles(line: ToolLine): ToolCostQuantiles {
  const mode = toolPointValue(line)
  const at = (p: number) => triangularQuantile(line.low, mode, line.high, p)
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9) }
}
