import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { MoneySeries } from './moneyQuantiles'
import { projectScenario } from './projection'
import { quantiles } from './sampleQuantiles'
import { simulateKeeping } from './simulation'

const BAND = [0.1, 0.5, 0.9]

/** What a full copy of the values gives: the quantiles `quantiles` finds and the mean in order. */
function fullCopy(values: readonly number[], probabilities = BAND) {
  return quantiles(Float64Array.from(values), probabilities)
}

function series(values: readonly number[], pilot: number, probabilities = BAND) {
  const s = new MoneySeries(values.length, probabilities, pilot)
  for (const v of values) s.add(v)
  return s.spread()
}

describe('money quantiles kept in bands', () => {
  it('gives exactly the quantiles of a full copy, keeping the pilot and then only the bands', () => {
    let banded = 0
    fc.assert(fc.property(
      // + 0: -0 and 0 are the same money, and either may be the order statistic a selection returns.
      fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((v) => v + 0), { minLength: 500, maxLength: 3000 }),
      fc.integer({ min: 1, max: 400 }),
      (values, pilot) => {
        const result = series(values, pilot)
        // A band may miss on such small pilots; then the caller keeps everything. When it answers, it is exact.
        if (result !== null) expect(result.values).toEqual(fullCopy(values))
        if (result !== null && pilot < values.length) banded++
      }), { numRuns: 300 })
    // Most runs longer than their pilot are answered from the bands.
    expect(banded).toBeGreaterThan(200)
  })

  it('answers in one pass for a smooth distribution, exactly, with its mean', () => {
    let x = 12345
    const uniform = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32)
    const values = Array.from({ length: 200_000 }, () => 1e6 * (uniform() + uniform() + uniform()))
    const result = series(values, 8192, [0, 0.1, 0.25, 0.5, 0.9, 1])
    expect(result).not.toBeNull()
    expect(result!.values).toEqual(fullCopy(values, [0, 0.1, 0.25, 0.5, 0.9, 1]))
    expect(result!.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 4)
  })

  it('counts a value every sample shares instead of keeping it', () => {
    const values = Array.from({ length: 50_000 }, () => 2_500_000)
    expect(series(values, 1000)).toEqual({ values: [2_500_000, 2_500_000, 2_500_000], mean: 2_500_000 })
  })

  it('handles ties and atoms between the bands exactly', () => {
    const values = Array.from({ length: 20_000 }, (_, i) => [0, 100, 100, 250, 1000][i % 5] + (i % 7 === 0 ? 0.5 : 0))
    const result = series(values, 2000)
    expect(result).not.toBeNull()
    expect(result!.values).toEqual(fullCopy(values))
  })

  it('says so when an order statistic fell outside its band, as when the run drifts after the pilot', () => {
    const values = [...Array.from({ length: 1000 }, (_, i) => i), ...Array.from({ length: 9000 }, (_, i) => 1e6 + i)]
    expect(series(values, 1000)).toBeNull()
  })

  it('says so when the order statistic is the first value past its band', () => {
    // The pilot 0…99 gives the median's band [17, 82]; with 67 more values above it, the median of
    // the 167 is rank 83, the value 83, which was only counted.
    const values = [...Array.from({ length: 100 }, (_, i) => i), ...Array.from({ length: 67 }, () => 1000)]
    expect(fullCopy(values, [0.5])).toEqual([83])
    expect(series(values, 100, [0.5])).toBeNull()
  })

  it('keeps the pilot whole for a run no longer than it, as before', () => {
    const values = [5, 1, 4, 2, 3]
    expect(series(values, 10)).toEqual({ values: [1.4, 3, 4.6], mean: 3 })
  })
})

describe('a simulation longer than the pilot', () => {
  it('gives the numbers it gives keeping every total', () => {
    const projection = projectScenario(DEFAULT_SCENARIO)
    const samples = 40_000
    const banded = simulateKeeping(DEFAULT_SCENARIO, projection, samples, 9, undefined, 4096)
    const whole = simulateKeeping(DEFAULT_SCENARIO, projection, samples, 9, undefined, samples)
    expect(banded).not.toBeNull()
    const quantilesOf = (r: typeof whole) => ({
      quarters: r!.quarters.map(({ p10, p50, p90, mean, overrunProbability, fte }) => ({ p10, p50, p90, mean, overrunProbability, fte })),
      years: r!.fiscalYears.map(({ p10, p50, p90, overrunProbability }) => ({ p10, p50, p90, overrunProbability })),
      horizon: [r!.horizon.p10, r!.horizon.p50, r!.horizon.p90],
      phases: r!.phases, deadlines: r!.deadlines
    })
    expect(quantilesOf(banded)).toEqual(quantilesOf(whole))
    // Means are sums taken in another order: the same to rounding.
    expect(banded!.horizon.mean).toBeCloseTo(whole!.horizon.mean, 2)
  })
})
