// Quantiles of simulated samples (docs/model.md). Money is continuous: its quantiles interpolate
// between order statistics. Counts and dates (security FTE, the quarter a phase is reached) are
// whole numbers: their quantiles are samples themselves, never a fraction of a person or a quarter.

/**
 * Quantiles by linear interpolation between order statistics at position p × (N − 1) (the common
 * "type 7"), found by selection rather than a full sort. Reorders `values` in place.
 */
export function quantiles(values: Float64Array, probabilities: readonly number[]): number[] {
  return probabilities.map((p) => {
    const position = p * (values.length - 1)
    const lower = Math.floor(position)
    const lowerValue = selectRank(values, lower)
    if (lower === position) return lowerValue
    let upperValue = Infinity
    for (let i = lower + 1; i < values.length; i++) if (values[i] < upperValue) upperValue = values[i]
    return lowerValue + (upperValue - lowerValue) * (position - lower)
  })
}

/** Hoare's quickselect: afterwards values[k] is the k-th smallest (0-based), smaller ones to its left. */
export function selectRank(values: Float64Array, k: number): number {
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

/** Whole-number samples of several series (one per quarter, or per phase) and their quantiles. */
export interface CountSeries {
  add(series: number, value: number): void
  /** The sample at sorted index floor(p × (N − 1)) of a series of N samples. */
  quantile(series: number, p: number): number
  mean(series: number): number
  /** Share of a series' samples below `value`. */
  shareBelow(series: number, value: number): number
}

/**
 * Counts kept as histograms when the largest possible value is small next to the number of
 * samples (then memory does not grow with the samples), or else as the samples themselves.
 */
export function countSeries(series: number, maxValue: number, samples: number): CountSeries {
  return maxValue + 1 <= Math.max(2 * samples, HISTOGRAM_BINS_ALWAYS_ACCEPTED)
    ? new CountHistograms(series, maxValue, samples)
    : new CountSamples(series, samples)
}

/** Up to this many possible values a histogram is always used: 80 quarters of them take 20 MB. */
const HISTOGRAM_BINS_ALWAYS_ACCEPTED = 65_536

class CountHistograms implements CountSeries {
  private readonly counts: Int32Array
  private readonly bins: number

  /** Values of every series lie in 0…maxValue. */
  constructor(series: number, maxValue: number, private readonly samples: number) {
    this.bins = maxValue + 1
    this.counts = new Int32Array(series * this.bins)
  }

  add(series: number, value: number): void {
    this.counts[series * this.bins + value] += 1
  }

  quantile(series: number, p: number): number {
    const index = Math.floor(p * (this.samples - 1))
    const from = series * this.bins
    let seen = 0
    for (let value = 0; value < this.bins; value++) {
      seen += this.counts[from + value]
      if (seen > index) return value
    }
    throw new RangeError(`series ${series} has fewer than ${index + 1} samples`)
  }

  mean(series: number): number {
    let sum = 0
    for (let v = 1; v < this.bins; v++) sum += v * this.counts[series * this.bins + v]
    return sum / this.samples
  }

  shareBelow(series: number, value: number): number {
    let count = 0
    for (let v = 0; v < Math.min(value, this.bins); v++) count += this.counts[series * this.bins + v]
    return count / this.samples
  }
}

class CountSamples implements CountSeries {
  private readonly values: Float64Array[]
  private readonly filled: Int32Array

  constructor(series: number, private readonly samples: number) {
    this.values = Array.from({ length: series }, () => new Float64Array(samples))
    this.filled = new Int32Array(series)
  }

  add(series: number, value: number): void {
    this.values[series][this.filled[series]++] = value
  }

  quantile(series: number, p: number): number {
    return selectRank(this.values[series], Math.floor(p * (this.samples - 1)))
  }

  mean(series: number): number {
    return this.values[series].reduce((sum, v) => sum + v, 0) / this.samples
  }

  shareBelow(series: number, value: number): number {
    return this.values[series].reduce((count, v) => count + (v < value ? 1 : 0), 0) / this.samples
  }
}
