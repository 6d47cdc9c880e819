// Exact quantiles of a long run of money samples without keeping every sample (docs/model.md), so a
// simulation's memory does not grow with its samples as a full copy of every quarter's totals did
// (a million samples of an 80-quarter plan held 800 MB).
//
// The first PILOT_SAMPLES values are kept whole. A run no longer than that is answered from them
// exactly as `quantiles` always did. In a longer run the pilot shows, for each wanted quantile, a
// band of values its order statistic is all but certain to lie in (the pilot's quantiles a few
// standard errors either side); from then on only values inside a band are kept, and the others are
// counted by the gap they fall in. At the end each wanted order statistic is found by its rank
// among the counts and the kept values, so the answer is exact, the same number a full copy gives.
// If an order statistic fell outside every band (so rare at BAND_SIGMAS that it is a sign of a
// strange distribution, not of chance), `spread` returns null and the caller runs again keeping
// everything.
import { quantiles, selectRank } from './sampleQuantiles'

/** Values kept whole before the bands are drawn: runs up to this long are kept entirely. */
export const PILOT_SAMPLES = 32_768

/** How many standard errors of the pilot's quantile each band reaches either side of it. */
const BAND_SIGMAS = 6

export interface MoneySpread {
  /** The quantiles asked for, in the order asked. */
  values: number[]
  mean: number
}

export class MoneySeries {
  private readonly pilot: Float64Array
  private count = 0
  private sum = 0
  /** Bands, ascending and disjoint, once the pilot is full: [lows[i], highs[i]]. */
  private lows: number[] = []
  private highs: number[] = []
  /** Values kept in each band (a band of one value keeps only its count). */
  private kept: Float64Array[] = []
  private keptCounts: number[] = []
  /** gaps[i]: values below band i and above band i − 1; gaps[bands]: above the last. */
  private gaps: number[] = []

  /** `total` values will be added; `probabilities` are the quantiles wanted of them. */
  constructor(private readonly total: number, private readonly probabilities: readonly number[], pilotSize = PILOT_SAMPLES) {
    this.pilot = new Float64Array(Math.min(total, pilotSize))
  }

  add(value: number): void {
    if (this.count < this.pilot.length) {
      this.pilot[this.count++] = value
      if (this.count === this.pilot.length && this.total > this.pilot.length) this.drawBands()
      return
    }
    this.count++
    this.sum += value
    this.sortIntoBand(value)
  }

  /** The quantiles (type 7) and the mean of every value added, or null when a band missed. */
  spread(): MoneySpread | null {
    if (this.total <= this.pilot.length) {
      const values = quantiles(this.pilot, this.probabilities)
      let sum = 0
      for (let i = 0; i < this.pilot.length; i++) sum += this.pilot[i]
      return { values, mean: sum / this.pilot.length }
    }
    const values: number[] = []
    for (const p of this.probabilities) {
      const position = p * (this.total - 1)
      const lower = Math.floor(position)
      const lowerValue = this.orderStatistic(lower)
      if (lowerValue === null) return null
      if (lower === position) {
        values.push(lowerValue)
        continue
      }
      const upperValue = this.orderStatistic(lower + 1)
      if (upperValue === null) return null
      values.push(lowerValue + (upperValue - lowerValue) * (position - lower))
    }
    return { values, mean: this.sum / this.total }
  }

  /** The pilot's quantiles either side of each wanted one, as disjoint bands; the pilot sorted into them. */
  private drawBands(): void {
    const k = this.pilot.length
    const edges = this.probabilities.map((p) => {
      const reach = BAND_SIGMAS * Math.sqrt((p * (1 - p)) / k) + 2 / k
      const from = Math.floor((p - reach) * (k - 1))
      const to = Math.ceil((p + reach) * (k - 1))
      // A band that reaches past the pilot's extremes is open on that side.
      return [from <= 0 ? -Infinity : selectRank(this.pilot, from), to >= k - 1 ? Infinity : selectRank(this.pilot, to)]
    }).sort((a, b) => a[0] - b[0])
    for (const [low, high] of edges) {
      const last = this.lows.length - 1
      if (last >= 0 && low <= this.highs[last]) this.highs[last] = Math.max(this.highs[last], high)
      else {
        this.lows.push(low)
        this.highs.push(high)
      }
    }
    this.gaps = new Array(this.lows.length + 1).fill(0)
    this.keptCounts = new Array(this.lows.length).fill(0)
    // Room for each band's share of the run, and a little more; `keep` grows it if needed.
    this.kept = this.lows.map((low, i) => new Float64Array(low === this.highs[i] ? 0 : Math.ceil(this.total * 0.02) + 64))
    for (let i = 0; i < k; i++) {
      this.sum += this.pilot[i]
      this.sortIntoBand(this.pilot[i])
    }
  }

  /**
   * Keeps a value that falls in a band; counts one that falls in a gap. Where it falls is the
   * number of band edges it has passed (lows[0], highs[0], lows[1], … in ascending order), added
   * up as 0s and 1s: an even count 2i is gap i, an odd count 2i + 1 is band i. Found by a branch
   * at each edge instead, the search mispredicts whenever quarter totals are not alike from one
   * quarter to the next, as with people's pay and leaving drawn; counted, the only branch left is
   * the rare one to keep a value.
   */
  private sortIntoBand(value: number): void {
    const lows = this.lows
    const highs = this.highs
    let passed = 0
    for (let i = 0; i < lows.length; i++) passed += +(value >= lows[i]) + +(value > highs[i])
    if ((passed & 1) === 1) this.keep(passed >> 1, value)
    else this.gaps[passed >> 1]++
  }

  private keep(band: number, value: number): void {
    const at = this.keptCounts[band]++
    if (this.lows[band] === this.highs[band]) return
    let values = this.kept[band]
    if (at === values.length) {
      values = new Float64Array(values.length * 2)
      values.set(this.kept[band])
      this.kept[band] = values
    }
    values[at] = value
  }

  /** The value of 0-based rank r among all values added, or null when it is in a gap. */
  private orderStatistic(rank: number): number | null {
    let before = 0
    for (let i = 0; i < this.lows.length; i++) {
      before += this.gaps[i]
      if (rank < before) return null
      const inBand = this.keptCounts[i]
      if (rank < before + inBand) {
        return this.lows[i] === this.highs[i] ? this.lows[i] : selectRank(this.kept[i].subarray(0, inBand), rank - before)
      }
      before += inBand
    }
    return null
  }
}
