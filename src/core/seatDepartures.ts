// When a filled seat empties and how long it then stands empty (docs/model.md, "People leaving"),
// both from one uniform number, as the simulation's innermost loop wants them.
//
// A filled seat empties in each quarter with probability p, so the quarters until it does, its
// wait, are geometric on 1, 2, …; once empty it stays so for one quarter plus a slip drawn from
// `hiringSlip`. The pairs (wait, slip), ordered by wait and then by slip, are one discrete
// distribution: within a wait's band of the uniform number the slip is independent of the wait,
// so one draw gives both. The last pair stands for every wait beyond `cap` quarters; a draw there
// is `cap` plus a fresh wait, since a geometric wait forgets how long it has run. That same
// forgetting lets a line's seats share one clock: the part of a wait that runs past one seat's
// end is the next seat's wait, exactly (hireSampling.ts).
import { DiscreteDistribution } from './randomStreams'

/** Waits this long are in the table: longer ones are rare enough to take a second draw. */
const RARE_TAIL = 0.01
/** The most waits the table lists, whatever p: a bound on its size when seats hardly ever empty. */
const MAX_CAP = 4096

export class SeatDepartures {
  /** Pairs (wait, slip) in order, and last the tail: every wait beyond `cap`. */
  readonly pairs: DiscreteDistribution
  /** The wait and the slip of each pair (the tail's are 0). */
  readonly waits: Uint16Array
  readonly slips: Uint8Array
  /** The tail's index among the pairs. */
  readonly tail: number
  /** The longest wait listed: at least the plan's quarters, so any seat's stay fits. */
  readonly cap: number
  /** below[r]: P(wait < r), for r from 0 to the plan's quarters. */
  private readonly below: Float64Array

  /** `p`: the chance a filled seat empties in a quarter; `slip`: hiringSlip; `horizon`: the plan's quarters. */
  constructor(p: number, slip: readonly number[], horizon: number) {
    const rareFrom = p > 0 ? Math.ceil(Math.log(RARE_TAIL) / Math.log(1 - p)) : 0
    this.cap = Math.max(horizon, Math.min(rareFrom, MAX_CAP))
    const probabilities: number[] = []
    const waits: number[] = []
    const slips: number[] = []
    for (let wait = 1; wait <= this.cap; wait++) {
      const waitProbability = p * (1 - p) ** (wait - 1)
      slip.forEach((slipProbability, quarters) => {
        probabilities.push(waitProbability * slipProbability)
        waits.push(wait)
        slips.push(quarters)
      })
    }
    this.tail = probabilities.length
    probabilities.push((1 - p) ** this.cap)
    waits.push(0)
    slips.push(0)
    this.pairs = new DiscreteDistribution(probabilities)
    // As small as the limits allow (waits up to MAX_CAP, slips up to MAX_SLIP_QUARTERS): the
    // tables are read at random, once per departure, and smaller ones stay in the cache.
    this.waits = Uint16Array.from(waits)
    this.slips = Uint8Array.from(slips)
    this.below = Float64Array.from({ length: horizon + 1 }, (_, r) =>
      (r <= 1 ? 0 : this.pairs.probabilityBelow((r - 1) * slip.length)))
  }

  /**
   * P(wait < r) for r up to the plan's quarters: a seat with r quarters to go stays when u is at
   * least this. With none to go (r ≤ 0: a seat that has waited past its end already) it is 0.
   */
  staysBelow(r: number): number {
    return r > 0 ? this.below[r] : 0
  }
}
