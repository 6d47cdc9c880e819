import { describe, expect, it } from 'vitest'
import { DiscreteDistribution, nextUniform, restartedState, streamSeed } from './randomStreams'

/** The value a plain walk through the cumulative bands gives: what the guide table must reproduce. */
function walk(probabilities: readonly number[], u: number): number {
  const last = probabilities.reduce((l, p, k) => (p > 0 ? k : l), 0)
  let cumulative = 0
  for (let k = 0; k < last; k++) {
    cumulative += probabilities[k]
    if (u < cumulative) return k
  }
  return last
}

describe('discrete distributions', () => {
  const cases = [[1], [0.5, 0.3, 0.2], [0, 1], [0.5, 0, 0.5], [0.1, 0.2, 0.3, 0.4 - 1e-10], [0.999, 0.001, 0, 0]]

  it('draw by inversion: the guide table gives what walking the bands gives, at and between the band edges', () => {
    const states = Int32Array.of(streamSeed('test', 1) | 0)
    for (const probabilities of cases) {
      const distribution = new DiscreteDistribution(probabilities)
      let edge = 0
      const edges = probabilities.flatMap((p) => [edge, (edge += p)])
      const us = [...edges.filter((u) => u < 1), ...edges.map((u) => u - 1e-12).filter((u) => u >= 0 && u < 1),
        ...Array.from({ length: 5000 }, () => nextUniform(states, 0))]
      for (const u of us) expect(distribution.valueAt(u), `${probabilities} at ${u}`).toBe(walk(probabilities, u))
    }
  })

  it('never give a value without probability, even when the probabilities sum a hair under 1', () => {
    const distribution = new DiscreteDistribution([0.5, 0.5 - 1e-10, 0])
    expect(distribution.valueAt(1 - 1e-12)).toBe(1)
    expect(new DiscreteDistribution([1]).certain).toBe(true)
    expect(new DiscreteDistribution([0.9, 0.1]).certain).toBe(false)
  })

  it('give the quarters until a seat empties as a geometric distribution, capped', () => {
    const wait = DiscreteDistribution.geometric(0.1, 8)
    // P(wait ≥ k) = 0.9^(k−1): the wait is k for u in [1 − 0.9^(k−1), 1 − 0.9^k).
    expect(wait.valueAt(0)).toBe(1)
    expect(wait.valueAt(0.0999)).toBe(1)
    expect(wait.valueAt(0.1001)).toBe(2)
    expect(wait.valueAt(1 - 0.9 ** 3 + 1e-9)).toBe(4)
    expect(wait.valueAt(1 - 0.9 ** 7 + 1e-9)).toBe(8)
    expect(wait.valueAt(0.999999)).toBe(8)
  })
})

describe('streams', () => {
  it('restart each sample from the stream and the sample alone', () => {
    const stream = streamSeed('attrition:ciso#0', 7)
    expect(restartedState(stream, 3)).toBe(restartedState(stream, 3))
    const states = new Set(Array.from({ length: 1000 }, (_, s) => restartedState(stream, s)))
    expect(states.size).toBe(1000)
    expect(restartedState(streamSeed('attrition:ciso#1', 7), 3)).not.toBe(restartedState(stream, 3))
  })

  it('give uniform numbers in [0, 1) with the mean and spread of a uniform distribution', () => {
    const states = Int32Array.of(streamSeed('revenue', 20260101) | 0)
    const draws = Array.from({ length: 100_000 }, () => nextUniform(states, 0))
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...draws)).toBeLessThan(1)
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length
    // Standard error of the mean: sqrt(1/12 / n) ≈ 0.0009.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.004)
  })
})
