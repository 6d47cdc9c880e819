// One sample of every hire line's life (docs/model.md): what it pays, when it really starts, and
// which of its seats stand empty after someone leaves. A sample is written as changes per quarter
// (a seat filled from quarter a to b adds at a and takes away at b), so the simulation sums them
// once per quarter instead of walking every line in every quarter, and no line's path is kept
// beyond its sample.
import { peopleRates, salaryFactor } from './peopleCost'
import { DiscreteDistribution, RandomStreams } from './randomStreams'
import type { Hire, ScenarioDoc } from './scenario'
import { resolvedUncertainty } from './scenarioDefaults'
import { SeatDepartures } from './seatDepartures'
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
  /**
   * Per quarter q, from q × CHANGE_FIELDS (and q = n, after the plan): the change in Σ annual cost ×
   * pay draw of filled seats, the change in filled seats (security FTE), and the recruiting fees
   * paid. One array, quarter by quarter: the innermost loops write and read it at a handful of
   * places a step, and each distinct array costs V8 its own checks at every step.
   */
  changes: Float64Array
  /** Earliest start in this sample of any line of each tracked role (Infinity: none starts in the plan). */
  roleStarts: Float64Array
}

/** Numbers per quarter in `HireSample.changes`: its pay change, seat change and fees, in that order. */
export const CHANGE_FIELDS = 3

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
  /** Each line's first number of its pay and start streams in the sample being drawn. */
  private readonly payDraws: Float64Array
  private readonly startDraws: Float64Array
  /** Each line's attrition stream state for its first number in the sample being drawn. */
  private readonly attritionStarts: Int32Array
  /** When a filled seat empties, and the slip before it is filled again. */
  private readonly departures: SeatDepartures

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
    this.departures = new SeatDepartures(u.attritionPercent / 400, u.hiringSlip, n)
    this.payDraws = new Float64Array(hires.length)
    this.startDraws = new Float64Array(hires.length)
    this.attritionStarts = new Int32Array(hires.length)
    this.sample = { changes: new Float64Array((n + 1) * CHANGE_FIELDS), roleStarts: new Float64Array(trackedRoles.length) }
  }

  /**
   * Draws sample number `s` of every line into `this.sample`. With attrition each seat is filled
   * until someone leaves (each quarter after it is filled, with probability attritionPercent /
   * 400), stands empty for 1 + a slip quarters, is refilled with a recruiting fee, and so on until
   * the line ends; a seat that never empties costs nothing beyond its line's span. (This is the
   * simulation's innermost work: no calls per seat, and each random number drawn before the
   * branches on the one before it, so a mispredicted branch does not also wait for a draw.)
   */
  draw(s: number): void {
    const { changes, roleStarts } = this.sample
    const stride = CHANGE_FIELDS
    changes.fill(0)
    for (let r = 0; r < roleStarts.length; r++) roleStarts[r] = Infinity
    // Compared, not read as they are: V8 then knows each is a boolean and tests it in one step.
    const pay = this.uncertainty.pay === true
    const slips = this.uncertainty.starts === true
    const attrition = this.uncertainty.attrition === true
    const { starts, ends, counts, annualCosts, existing, roleSlots } = this.lines
    const { feeRates, departures, slip, payStreams, startStreams, attritionStreams, payDraws, startDraws, attritionStarts } = this
    const { pairs, waits, slips: refillSlips, tail, cap } = departures
    // Every line's first numbers, drawn together before any is used: no branch of one line's
    // seats holds up the next line's draws. That includes where its attrition stream starts, a
    // chain of multiplications that would otherwise begin only when the line before has settled
    // how many of its seats empty. (Each stream is its own, so the order is free.)
    for (let i = 0; i < starts.length; i++) {
      if (pay) payDraws[i] = payStreams.next(i)
      if (slips && existing[i] === 0) startDraws[i] = startStreams.next(i)
      if (attrition) attritionStarts[i] = attritionStreams.advance(attritionStreams.sampleState(i, s))
    }
    for (let i = 0; i < starts.length; i++) {
      const payFactor = pay ? this.payFactor.at(payDraws[i]) : 1
      const start = slips && existing[i] === 0 ? starts[i] + slip.valueAt(startDraws[i]) : starts[i]
      const end = ends[i]
      // A line pushed to or past its end (or the horizon) never starts.
      if (start >= end) continue
      const slot = roleSlots[i]
      if (slot >= 0 && start < roleStarts[slot]) roleStarts[slot] = start
      const count = counts[i]
      const seatCost = annualCosts[i] * payFactor
      const from = start * stride
      const to = end * stride
      if (existing[i] === 0) changes[from + 2] += count * seatCost * feeRates[start]
      // Every seat is filled from the start to the end, less the spells it stands empty.
      changes[from] += count * seatCost
      changes[to] -= count * seatCost
      changes[from + 1] += count
      changes[to + 1] -= count
      if (!attrition) continue
      // The line's seats, one after another, on one clock (seatDepartures.ts): a wait that runs
      // past a seat's end carries on into the next seat, so a line takes one draw per departure,
      // not one more for each seat that stays. Each number is drawn one step ahead of its use.
      let state = attritionStarts[i]
      let ahead = attritionStreams.uniformAt(state)
      const lastSeat = count - 1
      let seat = 0
      let filledFrom = start
      for (;;) {
        const u = ahead
        state = attritionStreams.advance(state)
        ahead = attritionStreams.uniformAt(state)
        // The last seat staying to the end is the commonest answer: one comparison tells it.
        if (seat === lastSeat && u >= departures.staysBelow(end - filledFrom)) break
        const pair = pairs.valueAt(u)
        if (pair === tail) {
          // A wait longer than the table, so longer than the line: the seat stays to the end, and
          // the next seat waits cap − (end − filledFrom) + 1 quarters plus a fresh wait, as if
          // it had been filled from a quarter that many after its start.
          if (seat === lastSeat) break
          seat++
          filledFrom = start + filledFrom + cap - end + 1
          continue
        }
        let leaves = filledFrom + waits[pair]
        // A wait that runs past its seat's end: that seat is filled to the end, and what is left of
        // the wait is the next seat's first wait, from the line's start.
        while (leaves >= end && seat < lastSeat) {
          seat++
          leaves = start + leaves - end + 1
        }
        if (leaves >= end) break
        const refilled = leaves + 1 + refillSlips[pair]
        const emptyUntil = Math.min(refilled, end)
        changes[leaves * stride] -= seatCost
        changes[emptyUntil * stride] += seatCost
        changes[leaves * stride + 1] -= 1
        changes[emptyUntil * stride + 1] += 1
        if (refilled >= end) {
          // Empty to the line's end: the next seat starts a wait of its own.
          if (seat === lastSeat) break
          seat++
          filledFrom = start
          continue
        }
        changes[refilled * stride + 2] += seatCost * feeRates[refilled]
        filledFrom = refilled
      }
    }
  }
}
