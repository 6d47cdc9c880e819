// Uncertainty (docs/model.md): a seeded Monte Carlo over tool cost ranges. Each tool's annual cost is
// drawn once per sample from a triangular distribution on [low, high] with its mode at the chosen
// point. People and programs are deterministic, so a sample's quarterly total is the projection's
// people + programs + per-employee tool costs, plus the drawn annual costs of the active tools / 4.
//
// Common random numbers: each tool line draws from its own stream, keyed by the seed and the
// line's identity (tool id and its rank among lines of that id), never by its position in the
// file. Two scenarios that both buy a SIEM see the same uniform draws for it, so differences
// between them come from the scenarios, and reordering line items changes nothing.
import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_SAMPLES } from './limits'
import { projectScenario, toolPointValue, type Projection } from './projection'
import type { ScenarioDoc, ToolLine } from './scenario'

export interface SimulationOptions {
  samples?: number
  seed?: number
}

export interface QuarterUncertainty {
  quarter: number
  label: string
  budget: number
  p10: number
  p50: number
  p90: number
  mean: number
  /** Share of samples whose total spend exceeds the quarter's budget. */
  overrunProbability: number
}

export interface SimulationResult {
  samples: number
  seed: number
  quarters: QuarterUncertainty[]
  /** Total spend over the whole horizon. */
  horizon: { p10: number; p50: number; p90: number; mean: number }
}

interface ToolDraw {
  start: number
  low: number
  mode: number
  high: number
  streamSeed: number
}

/** FNV-1a, 32-bit: a stable hash of a stream's name. */
function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Stream identity of each tool line: its tool id and rank among lines of the same id. */
export function toolStreamKeys(tools: readonly ToolLine[]): string[] {
  const order = tools
    .map((line, index) => ({ line, index }))
    .sort((a, b) =>
      a.line.tool.localeCompare(b.line.tool) || a.line.quarter - b.line.quarter ||
      a.line.low - b.line.low || a.line.high - b.line.high ||
      toolPointValue(a.line) - toolPointValue(b.line) || a.index - b.index)
  const keys = new Array<string>(tools.length)
  const rank = new Map<string, number>()
  for (const { line, index } of order) {
    const r = rank.get(line.tool) ?? 0
    rank.set(line.tool, r + 1)
    keys[index] = `${line.tool}#${r}`
  }
  return keys
}

export function simulateScenario(doc: ScenarioDoc, options: SimulationOptions = {}): SimulationResult {
  return simulateProjection(doc, projectScenario(doc), options)
}

/** As simulateScenario, reusing a projection the caller already has. */
export function simulateProjection(
  doc: ScenarioDoc, projection: Projection, options: SimulationOptions = {}
): SimulationResult {
  const samples = options.samples ?? DEFAULT_SAMPLES
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0
  // One sample is enough for the arithmetic (tests use a few); people are offered MIN_SAMPLES up.
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    throw new RangeError(`samples must be a whole number from 1 to ${MAX_SAMPLES}`)
  }
  const n = projection.quarters.length
  const tools = doc.tools ?? []
  const keys = toolStreamKeys(tools)
  const draws: ToolDraw[] = tools.map((line, i) => ({
    start: line.quarter,
    low: line.low,
    mode: toolPointValue(line),
    high: line.high,
    streamSeed: (hashString(keys[i]) ^ Math.imul(seed, 0x9e3779b1)) >>> 0
  }))

  // Deterministic part: everything but the drawn annual tool costs.
  const base = new Float64Array(n)
  for (let q = 0; q < n; q++) {
    const row = projection.quarters[q]
    let pointTools = 0
    for (const d of draws) if (d.start <= q) pointTools += d.mode / 4
    base[q] = row.total - pointTools
  }

  const totals = Array.from({ length: n }, () => new Float64Array(samples))
  const horizonTotals = new Float64Array(samples)
  const overruns = new Float64Array(n)
  const sums = new Float64Array(n)
  const increments = new Float64Array(n)
  const states = Int32Array.from(draws, (d) => d.streamSeed | 0)

  for (let s = 0; s < samples; s++) {
    increments.fill(0)
    for (let t = 0; t < draws.length; t++) {
      // mulberry32, inlined: a closure call per draw is several times slower.
      let x = (states[t] = (states[t] + 0x6d2b79f5) | 0)
      x = Math.imul(x ^ (x >>> 15), x | 1)
      x ^= x + Math.imul(x ^ (x >>> 7), x | 61)
      const u = ((x ^ (x >>> 14)) >>> 0) / 4294967296
      const d = draws[t]
      const width = d.high - d.low
      let value = d.low
      if (width > 0) {
        const split = (d.mode - d.low) / width
        value = u < split
          ? d.low + Math.sqrt(u * width * (d.mode - d.low))
          : d.high - Math.sqrt((1 - u) * width * (d.high - d.mode))
      }
      if (d.start < n) increments[d.start] += value / 4
    }
    let running = 0
    let horizon = 0
    for (let q = 0; q < n; q++) {
      running += increments[q]
      const total = base[q] + running
      totals[q][s] = total
      sums[q] += total
      horizon += total
      if (total > projection.quarters[q].budget) overruns[q] += 1
    }
    horizonTotals[s] = horizon
  }

  const quarters: QuarterUncertainty[] = projection.quarters.map((row, q) => {
    const [p10, p50, p90] = quantiles(totals[q], [0.1, 0.5, 0.9])
    return {
      quarter: q, label: row.label, budget: row.budget, p10, p50, p90,
      mean: sums[q] / samples, overrunProbability: overruns[q] / samples
    }
  })
  const [p10, p50, p90] = quantiles(horizonTotals, [0.1, 0.5, 0.9])
  const mean = horizonTotals.reduce((a, b) => a + b, 0) / samples
  return { samples, seed, quarters, horizon: { p10, p50, p90, mean } }
}

/** The highest quarterly probability of spending more than the budget. */
export function peakOverrunProbability(simulation: SimulationResult): number {
  return Math.max(...simulation.quarters.map((q) => q.overrunProbability))
}

/**
 * Quantiles by linear interpolation between order statistics (the common "type 7"), found by
 * selection rather than a full sort. Reorders `values` in place.
 */
export function quantiles(values: Float64Array, probabilities: readonly number[]): number[] {
  return probabilities.map((p) => {
    const position = p * (values.length - 1)
    const lower = Math.floor(position)
    const lowerValue = select(values, lower)
    if (lower === position) return lowerValue
    let upperValue = Infinity
    for (let i = lower + 1; i < values.length; i++) if (values[i] < upperValue) upperValue = values[i]
    return lowerValue + (upperValue - lowerValue) * (position - lower)
  })
}

/** Hoare's quickselect: afterwards values[k] is the k-th smallest, smaller ones to its left. */
function select(values: Float64Array, k: number): number {
  let left = 0
  let right = values.length - 1
  while (right > left) {
    const pivot = values[(left + right) >> 1]
    let i = left
    let j = right
    while (i <= j) {
      while (values[i] < pivot) i++
      while (values[j] > pivot) j--
      if (i <= j) {
        const tmp = values[i]
        values[i] = values[j]
        values[j] = tmp
        i++
        j--
      }
    }
    if (k <= j) right = j
    else if (k >= i) left = i
    else break
  }
  return values[k]
}
