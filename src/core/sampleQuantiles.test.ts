import { describe, expect, it } from 'vitest'
import { quantiles } from './sampleQuantiles'

describe('quantiles', () => {
  it('interpolates between order statistics', () => {
    const values = Float64Array.from([5, 1, 4, 2, 3])
    expect(quantiles(values, [0, 0.1, 0.5, 0.9, 1])).toEqual([1, 1.4, 3, 4.6, 5])
  })

  it('matches a full sort on random data, between order statistics too', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i * 7.3) * 1000)
    const sorted = [...values].sort((a, b) => a - b)
    // Positions 99.9, 499.5 and 899.1 fall between order statistics.
    const between = (position: number) => {
      const lower = Math.floor(position)
      return sorted[lower] + (sorted[lower + 1] - sorted[lower]) * (position - lower)
    }
    const [p10, p50, p90] = quantiles(values, [0.1, 0.5, 0.9])
    expect(p10).toBeCloseTo(between(99.9), 9)
    expect(p50).toBeCloseTo(between(499.5), 9)
    expect(p90).toBeCloseTo(between(899.1), 9)
  })
})
