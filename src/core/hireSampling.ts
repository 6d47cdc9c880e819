// One sample of every hire line's life (docs/model.md): what it pays, when it really starts, and
// which of its seats stand empty after someone leaves. A sample is written as changes per quarter
// (a seat filled from quarter a to b adds at a and takes away at b), so the simulation sums them
// once per quarter instead of walking every line in every quarter, and no line's path is kept
// beyond its sample.
import { peopleRates, salaryFactor } from './peopleCost'
import { DiscreteDistribution, RandomStreams } from './randomStreams'
import type { Hire, ScenarioDoc } from './scenario'
import { resolvedUncertainty } from './scenarioDefaults'
import { hireStreamKeys } from './streamKeys'
import { TriangularDistribution } from './toolUncertainty'

/** Which parts of hiring a simulation draws; each is off at its default. */
export interface HireUncertainty {
  /** Each line's pay is a triangular draw around its annual cost. */
  pay: boolean
  /** Planned starts slip (lines not `existing`). */
  starts: boolean
  /** Filled seats empty and are refilled. */
  attrition: boolean
}

export function hireUncertainty(doc: ScenarioDoc): HireUncertainty {
  const hires = doc.hires ?? []
  const u = resolvedUncertainty(doc)
  return {
    pay: u.salaryPercent > 0 && hires.length > 0,
    starts: !new DiscreteDistribution(u.hiringSlip).certain && hires.some((h) => !h.existing),
    attrition: u.attritionPercent > 0 && hires.length > 0
  }
}

/** One sample of all hire lines, as changes per quarter. Arrays are reused from sample to sample. */
interface HireSample {
  /** Change in Σ annual cost × pay draw of filled seats, at each quarter (index n: after the plan). */
  payChange: Float64Array
  /** Change in filled seats (security FTE) at each quarter. */
  seatChange: Int32Array
  /** Recruiting fees paid in each quarter. */
  fees: Float64Array
  /** Earliest start in this sample of any line of each tracked role (Infinity: none starts in the plan). */
  roleStarts: Float64Array
}

/** The hire lines, one array per field (typed arrays keep the sampling loop fast). */
interface Lines {
  starts: Int32Array
  /** endQuarter, or the horizon. */
  ends: Int32Array
  counts: Int32Array
  annualCosts: Float64Array
  existing: Uint8Array
  /** Slot in roleStarts, or -1 when no capability waits for the line's role. */
  roleSlots: Int32Array
}

export class HireSampler {
  readonly sample: HireSample
  /** Per quarter: loaded pay × salary factor / 4, the quarter's cost of one unit of annual cost. */
  readonly payRates: Float64Array
  private readonly feeRates: Float64Array
  private readonly lines: Lines
  private readonly payStreams: RandomStreams
  private readonly startStreams: RandomStreams
  private readonly attritionStreams: RandomStreams
  private readonly slip: DiscreteDistribution
  /** The factor on a line's pay. */
  private readonly payFactor: TriangularDistribution
  /** Quarters until a filled seat empties. */
  private readonly wait: DiscreteDistribution

  /**
   * `trackedRoles` are the roles whose earliest start a capability waits for; `roleStarts` has
   * one slot for each, in that order.
   */
  constructor(
    doc: ScenarioDoc, seed: number, readonly uncertainty: HireUncertainty, trackedRoles: readonly string[]
  ) {
    const n = doc.quarters
    const hires: readonly Hire[] = doc.hires ?? []
    const keys = hireStreamKeys(hires)
    const u = resolvedUncertainty(doc)
    const { loadFactor, feeRate, salaryGrowthPercent } = peopleRates(doc)
    this.payRates = Float64Array.from({ length: n }, (_, q) => (loadFactor * salaryFactor(salaryGrowthPercent, q)) / 4)
    this.feeRates = Float64Array.from({ length: n }, (_, q) => feeRate * salaryFactor(salaryGrowthPercent, q))
    const roleSlots = new Map(trackedRoles.map((role, i) => [role, i]))
    this.lines = {
      starts: Int32Array.from(hires, (h) => h.quarter),
      ends: Int32Array.from(hires, (h) => Math.min(h.endQuarter ?? n, n)),
      counts: Int32Array.from(hires, (h) => h.count),
      annualCosts: Float64Array.from(hires, (h) => h.annualCost),
      existing: Uint8Array.from(hires, (h) => (h.existing ? 1 : 0)),
      roleSlots: Int32Array.from(hires, (h) => roleSlots.get(h.role) ?? -1)
    }
    this.payStreams = new RandomStreams(keys.map((key) => `pay:${key}`), seed)
    this.startStreams = new RandomStreams(keys.map((key) => `start:${key}`), seed)
    this.attritionStreams = new RandomStreams(keys.map((key) => `attrition:${key}`), seed)
    this.slip = new DiscreteDistribution(u.hiringSlip)
    const spread = u.salaryPercent / 100
    this.payFactor = new TriangularDistribution(1 - spread, 1, 1 + spread)
    this.wait = DiscreteDistribution.geometric(u.attritionPercent / 400, n)
    this.sample = {
      payChange: new Float64Array(n + 1),
      seatChange: new Int32Array(n + 1),
      fees: new Float64Array(n),
      roleStarts: new Float64Array(trackedRoles.length)
    }
  }

  /**
   * Draws sample number `s` of every line into `this.sample`. With attrition each seat is filled
   * until someone leaves (each quarter after it is filled, with probability attritionPercent /
   * 400), stands empty for 1 + a slip quarters, is refilled with a recruiting fee, and so on until
   * the line ends; a seat that never empties costs nothing beyond its line's span. (One loop, no
   * calls per seat: this is the simulation's innermost work.)
   */
  draw(s: number): void {
    const { payChange, seatChange, fees, roleStarts } = this.sample
    payChange.fill(0)
    seatChange.fill(0)
    fees.fill(0)
    roleStarts.fill(Infinity)
    const { pay, starts: slips, attrition } = this.uncertainty
    const { starts, ends, counts, annualCosts, existing, roleSlots } = this.lines
    const { feeRates, wait, slip, payStreams, startStreams, attritionStreams } = this
    for (let i = 0; i < starts.length; i++) {
      const payFactor = pay ? this.payFactor.at(payStreams.next(i)) : 1
      const start = slips && existing[i] === 0 ? starts[i] + slip.valueAt(startStreams.next(i)) : starts[i]
      const end = ends[i]
      // A line pushed to or past its end (or the horizon) never starts.
      if (start >= end) continue
      const slot = roleSlots[i]
      if (slot >= 0 && start < roleStarts[slot]) roleStarts[slot] = start
      const count = counts[i]
      const seatCost = annualCosts[i] * payFactor
      if (existing[i] === 0) fees[start] += count * seatCost * feeRates[start]
      // Every seat is filled from the start to the end, less the spells it stands empty.
      payChange[start] += count * seatCost
      payChange[end] -= count * seatCost
      seatChange[start] += count
      seatChange[end] -= count
      if (!attrition) continue
      attritionStreams.restart(i, s)
      for (let seat = 0; seat < count; seat++) {
        let filledFrom = start
        for (;;) {
          const u = attritionStreams.next(i)
          // Most draws say the seat stays to the line's end: one comparison tells, without
          // finding the wait (the same draw as valueAt(u) ≥ end − filledFrom).
          if (u >= wait.probabilityBelow(end - filledFrom)) break
          const leaves = filledFrom + wait.valueAt(u)
          const refilled = leaves + 1 + slip.valueAt(attritionStreams.next(i))
          const emptyUntil = Math.min(refilled, end)
          payChange[leaves] -= seatCost
          payChange[emptyUntil] += seatCost
          seatChange[leaves] -= 1
          seatChange[emptyUntil] += 1
          if (refilled >= end) break
          fees[refilled] += seatCost * feeRates[refilled]
          filledFrom = refilled
        }
      }
    }
  }
}
