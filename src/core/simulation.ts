// Uncertainty (docs/model.md): a seeded Monte Carlo over the whole plan. Each sample draws every
// tool's annual cost (toolSampling.ts) and, when the plan's `uncertainty` block asks for them, each
// hire line's pay, how late it starts and which seats empty and are refilled (hireSampling.ts),
// and one factor on revenue growth, which moves a percent-of-revenue budget (revenueSpread.ts).
// Capabilities that wait for a role land when that role's first line really starts
// (maturitySampling.ts).
//
// Per quarter it reports the P10/P50/P90 of total spend and of security FTE and P(over budget);
// per fiscal year the P10/P50/P90 of spend and P(over budget); per phase the P10/P50/P90 of the
// quarter it is reached and P(reached within the plan); per deadline P(met). No line's path is
// kept, and of the per-quarter and per-year totals only the first samples and then those near a
// quantile (moneyQuantiles.ts; counts as histograms), so memory hardly grows with the samples.
//
// Common random numbers: every kind of draw of every line has its own stream keyed by the line's
// identity (randomStreams.ts, streamKeys.ts), so scenarios compared with one seed share their
// draws and reordering lines changes nothing. With every uncertainty field at its default only
// the tool streams are drawn, exactly as version 1 drew them, and the result is version 1's.
import type { ThresholdPhaseId } from './catalog'
import { CHANGE_FIELDS, HireSampler, hireUncertainty, type HireUncertainty } from './hireSampling'
import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_SAMPLES } from './limits'
import { MaturitySampler, REACHABLE_PHASES } from './maturitySampling'
import { projectScenario, type Projection } from './projection'
import { quarterLabel } from './quarters'
import { RandomStreams } from './randomStreams'
import { RevenueBudget } from './revenueSpread'
import { MoneySeries, PILOT_SAMPLES, type MoneySpread } from './moneyQuantiles'
import { countSeries, type CountSeries } from './sampleQuantiles'
import type { ScenarioDoc } from './scenario'
import { ToolSampler } from './toolSampling'

const BAND = [0.1, 0.5, 0.9] as const

export interface SimulationOptions {
  samples?: number
  seed?: number
  /**
   * Called as samples are drawn (every hundredth of the run, at least every PROGRESS_EVERY
   * samples apart, and once at the end) with how many are done; for a progress line.
   */
  onProgress?: (done: number, samples: number) => void
}

/** The fewest samples between two progress calls: a call costs nothing next to this many draws. */
const PROGRESS_EVERY = 1000

export interface Spread {
  p10: number
  p50: number
  p90: number
  mean: number
}

export interface QuarterUncertainty extends Spread {
  quarter: number
  label: string
  /** The plan's budget for the quarter (with revenue uncertain, each sample has its own). */
  budget: number
  /** Share of samples whose total spend exceeds that sample's budget for the quarter. */
  overrunProbability: number
  /** Security FTE in post: whole people, quantiles never interpolated. */
  fte: Spread
}

export interface FiscalYearUncertainty extends Spread {
  fiscalYear: number
  /** "FY2028": the calendar year in which the fiscal year ends. */
  label: string
  /** Fewer than four of its quarters are inside the plan. */
  partial: boolean
  /** Labels of its quarters inside the plan. */
  quarters: string[]
  /** The plan's budget for the year. */
  budget: number
  /** Share of samples whose spend over the year exceeds that sample's budget for the year. */
  overrunProbability: number
}

/** When security maturity first reaches a phase. */
export interface PhaseDateUncertainty {
  phase: ThresholdPhaseId
  /** Quarter labels, or null when the quantile falls beyond the plan. */
  p10: string | null
  p50: string | null
  p90: string | null
  /** The same as plan quarters (0-based). */
  quarters: { p10: number | null; p50: number | null; p90: number | null }
  /** Share of samples in which security maturity reaches the phase within the plan. */
  reachedProbability: number
}

export interface DeadlineUncertainty {
  name: string
  quarter: number
  label: string
  hard: boolean
  /** Share of samples in which every listed capability is in place by the deadline's quarter. */
  metProbability: number
}

/** What the simulation draws for this plan; what the bands are uncertain about. */
export interface UncertaintySources {
  /** Some tool line has a range (low below high). */
  toolPrices: boolean
  pay: boolean
  /** Planned hires may start late. */
  hiringDates: boolean
  attrition: boolean
  /** Revenue growth, and with it a percent-of-revenue budget. */
  revenue: boolean
}

export interface SimulationResult {
  samples: number
  seed: number
  sources: UncertaintySources
  quarters: QuarterUncertainty[]
  /** Total spend over the whole horizon. */
  horizon: Spread
  fiscalYears: FiscalYearUncertainty[]
  /** Foundation to World-Class, in order. */
  phases: PhaseDateUncertainty[]
  /** The plan's deadlines, in the plan's order. */
  deadlines: DeadlineUncertainty[]
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
  // Kept in bands: exact, with memory that hardly grows with the samples. In the rare run where
  // a quantile fell outside its band, the same draws again, every total kept.
  return simulateKeeping(doc, projection, samples, seed, options.onProgress, PILOT_SAMPLES) ??
    (simulateKeeping(doc, projection, samples, seed, options.onProgress, samples) as SimulationResult)
}

/**
 * The simulation, keeping the first `pilot` samples of each total whole and then only those in the
 * bands around its quantiles (moneyQuantiles.ts); null when a quantile fell outside its band.
 * With `pilot` = `samples` every total is kept (tests compare the two).
 */
export function simulateKeeping(
  doc: ScenarioDoc, projection: Projection, samples: number, seed: number,
  onProgress: SimulationOptions['onProgress'], pilot: number
): SimulationResult | null {
  const rows = projection.quarters
  const n = rows.length
  const tools = new ToolSampler(doc, seed)
  const hiring = hireUncertainty(doc)
  const drawsHires = hiring.pay || hiring.starts || hiring.attrition
  const seatsVary = hiring.starts || hiring.attrition
  const maturity = new MaturitySampler(doc, hiring.starts)
  const hires = drawsHires ? new HireSampler(doc, seed, hiring, maturity.trackedRoles) : null
  const revenue = new RevenueBudget(doc, projection)
  const revenueStream = new RandomStreams(['revenue'], seed)

  // No closure in this function captures its variables: a captured variable lives in a heap
  // context, from which the loop below would load it on every use. (The result is built in
  // `summarize`, the setup in helpers below.)
  const base = deterministicCosts(projection, tools.pointCosts, drawsHires)
  const budgets = Float64Array.from(rows, (row) => row.budget)
  const yearClosing = yearClosingQuarters(projection)
  const yearCount = projection.fiscalYears.length
  const totals = moneySeries(n, samples, pilot)
  const yearTotals = moneySeries(yearCount, samples, pilot)
  const horizonTotals = new MoneySeries(samples, BAND, pilot)
  const overruns = new Float64Array(n)
  const yearOverruns = new Float64Array(yearCount)
  const sums = new Float64Array(n)
  const maxSeats = (doc.hires ?? []).reduce((sum, h) => sum + h.count, 0)
  // Security FTE is counted only when seats vary; otherwise every sample is the plan's.
  const seats = seatsVary ? countSeries(n, maxSeats, samples) : null
  // Held in a local: the test runner's module loader turns every read of an import into a getter call.
  const phaseCount = REACHABLE_PHASES.length
  const reached = countSeries(phaseCount, n, maturity.varies ? samples : 1)
  const met = new Float64Array((doc.deadlines ?? []).length)
  if (!maturity.varies) {
    maturity.evaluate(new Float64Array(0))
    for (let p = 0; p < phaseCount; p++) reached.add(p, maturity.sample.reached[p])
  }

  const drawsRevenue = revenue.uncertain
  // Every array is of one type (empty where unused): the quarters' loop reads each as a local.
  const quarterly: QuarterlyTally = {
    n, base, increments: tools.increments, budgets, yearClosing, totals, yearTotals, horizonTotals, sums, overruns,
    yearOverruns, changes: hires?.sample.changes ?? new Float64Array(0), payRates: hires?.payRates ?? new Float64Array(0),
    seats, revenue
  }
  const progressStep = Math.max(PROGRESS_EVERY, Math.ceil(samples / 100))
  for (let s = 0; s < samples; s++) {
    if (onProgress && s > 0 && s % progressStep === 0) onProgress(s, samples)
    tools.draw()
    const growth = drawsRevenue ? revenue.growthFactor.at(revenueStream.next(0)) : 1
    if (hires) hires.draw(s)
    if (maturity.varies) {
      maturity.evaluate((hires as HireSampler).sample.roleStarts)
      for (let p = 0; p < phaseCount; p++) reached.add(p, maturity.sample.reached[p])
    }
    for (let d = 0; d < met.length; d++) met[d] += maturity.sample.met[d]

    tallyQuarters(quarterly, growth)
  }
  onProgress?.(samples, samples)
  return summarize(doc, projection, {
    ...quarterly, samples, seed, sources: uncertaintySources(doc, hiring, revenue), reached, met
  })
}

/** Spend tallied sample by sample (totals kept in bands, sums and overrun counts), and security FTE. */
interface SpendTallies {
  totals: MoneySeries[]
  yearTotals: MoneySeries[]
  horizonTotals: MoneySeries
  /** Per quarter: the sum of the samples' totals, and how many of them were over budget. */
  sums: Float64Array
  overruns: Float64Array
  yearOverruns: Float64Array
  /** Security FTE per quarter, or null when it is the plan's in every sample. */
  seats: CountSeries | null
}

/** What one sample's quarters are read from and tallied into, fixed for the whole run. */
interface QuarterlyTally extends SpendTallies {
  n: number
  base: Float64Array
  increments: Float64Array
  budgets: Float64Array
  yearClosing: Int32Array
  /** The hire sample's changes and the sampler's pay rates; empty when hires are not drawn. */
  changes: Float64Array
  payRates: Float64Array
  revenue: RevenueBudget
}

/**
 * One sample's spend, quarter by quarter, added to the tallies. A function of its own, so that V8
 * compiles it with its own budget for inlining: the calls it makes in every quarter (a money
 * series' add, a budget) are then always inlined, whatever the run's once-a-sample calls take.
 */
function tallyQuarters(tally: QuarterlyTally, growth: number): void {
  const {
    n, base, increments, budgets, yearClosing, totals, yearTotals, horizonTotals, sums, overruns, yearOverruns,
    changes, payRates, seats, revenue
  } = tally
  // Whether hires and revenue are drawn follows from the changes and the budget. The loop switches
  // on these comparisons, whose result V8 knows is a boolean, rather than on fields, which it must
  // test for truth in every quarter.
  const hires = changes.length > 0
  const drawsRevenue = revenue.uncertain === true
  // Held in a local: the test runner's module loader turns every read of an import into a getter call.
  const stride = CHANGE_FIELDS
  let running = 0
  let horizon = 0
  let payBase = 0
  let seated = 0
  let yearTotal = 0
  let yearBudget = 0
  for (let q = 0; q < n; q++) {
    running += increments[q]
    let total = base[q] + running
    if (hires) {
      const at = q * stride
      seated += changes[at + 1]
      // Pay is summed from changes, which leave rounding dust when they cancel: nobody in post costs nothing.
      payBase = seated === 0 ? 0 : payBase + changes[at]
      total += payBase * payRates[q] + changes[at + 2]
      if (seats !== null) seats.add(q, seated)
    }
    const budget = drawsRevenue ? revenue.percentBudgetAt(q, growth) : budgets[q]
    totals[q].add(total)
    sums[q] += total
    horizon += total
    // Counted as 0 or 1 rather than behind a branch, which drawn pay and revenue make unpredictable.
    overruns[q] += +(total > budget)
    yearTotal += total
    yearBudget += budget
    const y = yearClosing[q]
    if (y >= 0) {
      yearTotals[y].add(yearTotal)
      yearOverruns[y] += +(yearTotal > yearBudget)
      yearTotal = 0
      yearBudget = 0
    }
  }
  horizonTotals.add(horizon)
}

/** Each quarter's deterministic part: everything but the drawn tool costs and, when drawn, the people cost. */
function deterministicCosts(projection: Projection, pointToolCosts: Float64Array, drawsHires: boolean): Float64Array {
  return Float64Array.from(projection.quarters, (row, q) => row.total - pointToolCosts[q] - (drawsHires ? row.people : 0))
}

/** The fiscal year that closes with each quarter, or -1. */
function yearClosingQuarters(projection: Projection): Int32Array {
  const closing = new Int32Array(projection.quarters.length).fill(-1)
  projection.fiscalYears.forEach((year, y) => { closing[year.toQuarter] = y })
  return closing
}

function moneySeries(count: number, samples: number, pilot: number): MoneySeries[] {
  return Array.from({ length: count }, () => new MoneySeries(samples, BAND, pilot))
}

/** What a run tallied, sample by sample: everything its result is made from. */
interface Tally extends SpendTallies {
  samples: number
  seed: number
  sources: UncertaintySources
  /** The quarter each phase is reached (the horizon: never). */
  reached: CountSeries
  /** Per deadline: the samples that met it. */
  met: Float64Array
}

/** The result from a run's tally. */
function summarize(doc: ScenarioDoc, projection: Projection, tally: Tally): SimulationResult | null {
  const { samples, totals, yearTotals, horizonTotals, sums, overruns, yearOverruns, seats, reached, met } = tally
  const rows = projection.quarters
  const n = rows.length
  const quarterSpreads = totals.map((series) => series.spread())
  const yearSpreads = yearTotals.map((series) => series.spread())
  const horizonSpread = horizonTotals.spread()
  if (horizonSpread === null || quarterSpreads.includes(null) || yearSpreads.includes(null)) return null
  const quarters: QuarterUncertainty[] = rows.map((row, q) => {
    const [p10, p50, p90] = (quarterSpreads[q] as MoneySpread).values
    const fte = seats
      ? { p10: seats.quantile(q, 0.1), p50: seats.quantile(q, 0.5), p90: seats.quantile(q, 0.9), mean: seats.mean(q) }
      : { p10: row.securityFte, p50: row.securityFte, p90: row.securityFte, mean: row.securityFte }
    return {
      quarter: q, label: row.label, budget: row.budget, p10, p50, p90,
      mean: sums[q] / samples, overrunProbability: overruns[q] / samples, fte
    }
  })
  const fiscalYears: FiscalYearUncertainty[] = projection.fiscalYears.map((year, y) => ({
    fiscalYear: year.year, label: year.label, partial: year.partial, quarters: year.quarters, budget: year.budget,
    ...spread(yearSpreads[y] as MoneySpread), overrunProbability: yearOverruns[y] / samples
  }))
  const phases = REACHABLE_PHASES.map((phase, p) => phaseDates(phase, reached, p, doc.start, n))
  const deadlines: DeadlineUncertainty[] = (doc.deadlines ?? []).map((deadline, d) => ({
    name: deadline.name, quarter: deadline.quarter, label: quarterLabel(doc.start, deadline.quarter),
    hard: deadline.hard ?? false, metProbability: met[d] / samples
  }))
  return {
    samples, seed: tally.seed, sources: tally.sources, quarters,
    horizon: spread(horizonSpread), fiscalYears, phases, deadlines
  }
}

/** When phase number p is reached: quantiles of series p of `reached`, where the horizon n means never. */
function phaseDates(phase: ThresholdPhaseId, reached: CountSeries, p: number, start: string, n: number): PhaseDateUncertainty {
  const at = (probability: number) => {
    const quarter = reached.quantile(p, probability)
    return quarter >= n ? null : quarter
  }
  const quarters = { p10: at(0.1), p50: at(0.5), p90: at(0.9) }
  const label = (quarter: number | null) => (quarter === null ? null : quarterLabel(start, quarter))
  return {
    phase, p10: label(quarters.p10), p50: label(quarters.p50), p90: label(quarters.p90), quarters,
    reachedProbability: reached.shareBelow(p, n)
  }
}

function spread({ values: [p10, p50, p90], mean }: MoneySpread): Spread {
  return { p10, p50, p90, mean }
}

function uncertaintySources(doc: ScenarioDoc, hiring: HireUncertainty, revenue: RevenueBudget): UncertaintySources {
  return {
    toolPrices: (doc.tools ?? []).some((t) => t.low < t.high),
    pay: hiring.pay,
    hiringDates: hiring.starts,
    attrition: hiring.attrition,
    revenue: revenue.uncertain
  }
}

/** The highest quarterly probability of spending more than the budget. */
export function peakOverrunProbability(simulation: SimulationResult): number {
  return Math.max(...simulation.quarters.map((q) => q.overrunProbability))
}
