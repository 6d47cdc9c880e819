import { describe, expect, it } from 'vitest'
import { DiscreteDistribution, RandomStreams } from './randomStreams'

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
    const stream = new RandomStreams(['test'], 1)
    for (const probabilities of cases) {
      const distribution = new DiscreteDistribution(probabilities)
      let edge = 0
      const edges = probabilities.flatMap((p) => [edge, (edge += p)])
      const us = [...edges.filter((u) => u < 1), ...edges.map((u) => u - 1e-12).filter((u) => u >= 0 && u < 1),
        ...Array.from({ length: 5000 }, () => stream.next(0))]
      for (const u of us) expect(distribution.valueAt(u), `${probabilities} at ${u}`).toBe(walk(probabilities, u))
    }
  })

  it('never give a value without probability, even when the probabilities sum a hair under 1', () => {
    const distribution = new DiscreteDistribution([0.5, 0.5 - 1e-10, 0])
    expect(distribution.valueAt(1 - 1e-12)).toBe(1)
    expect(new DiscreteDistribution([1]).certain).toBe(true)
    expect(new DiscreteDistribution([0.9, 0.1]).certain).toBe(false)
  })

  it('say P(value < k): a draw u gives k or more exactly when u is at least it, at and between the band edges', () => {
    const stream = new RandomStreams(['test'], 2)
    for (const probabilities of [...cases, Array.from({ length: 9 }, (_, k) => (k === 0 ? 0 : k < 8 ? 0.1 * 0.9 ** (k - 1) : 0.9 ** 7))]) {
      const distribution = new DiscreteDistribution(probabilities)
      const last = probabilities.reduce((l, p, k) => (p > 0 ? k : l), 0)
      for (let k = 1; k <= last; k++) {
        const below = distribution.probabilityBelow(k)
        const us = [below, below - 1e-12, ...Array.from({ length: 500 }, () => stream.next(0))].filter((u) => u >= 0 && u < 1)
        for (const u of us) expect(distribution.valueAt(u) >= k, `${probabilities}: k ${k} at ${u}`).toBe(u >= below)
      }
    }
  })

  it('hold up to 65,536 values, the most a two-byte guide table can name, and the last of them is drawn', () => {
    const most = new DiscreteDistribution(Array.from({ length: 65_536 }, (_, k) => (k === 65_535 ? 0.5 : 0.5 / 65_535)))
    expect(most.valueAt(0.75)).toBe(65_535)
    expect(() => new DiscreteDistribution(new Array(65_537).fill(1 / 65_537))).toThrow(/at most 65,536 values/)
  })
})

describe('streams', () => {
  it('start each sample from the stream and the sample alone', () => {
    const streams = new RandomStreams(['attrition:ciso#0', 'attrition:ciso#1'], 7)
    const firstDraw = (slot: number, sample: number) => streams.uniformAt(streams.advance(streams.sampleState(slot, sample)))
    expect(new Set(Array.from({ length: 1000 }, (_, s) => firstDraw(0, s))).size).toBe(1000)
    expect(firstDraw(1, 3)).not.toBe(firstDraw(0, 3))
    // A stream is known by its key, not its place: the same key and seed in another set of streams
    // starts each sample, and draws each number, the same.
    const other = new RandomStreams(['other', 'attrition:ciso#0'], 7)
    expect(other.sampleState(1, 3)).toBe(streams.sampleState(0, 3))
    expect(other.next(1)).toBe(new RandomStreams(['attrition:ciso#0'], 7).next(0))
  })

  it('are mulberry32: a state advanced and turned into a number as the published generator does', () => {
    // Tommy Ettinger's mulberry32, as published, from the state a sample starts at.
    const mulberry32 = (seed: number) => () => {
      let t = (seed = (seed + 0x6d2b79f5) | 0)
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
    const streams = new RandomStreams(['attrition:ciso#0'], 7)
    let state = streams.sampleState(0, 12)
    const published = mulberry32(state)
    for (let k = 0; k < 1000; k++) {
      state = streams.advance(state)
      expect(streams.uniformAt(state)).toBe(published())
    }
  })

  it('give uniform numbers in [0, 1) with the mean and spread of a uniform distribution', () => {
    const streams = new RandomStreams(['revenue'], 20260101)
    const draws = Array.from({ length: 100_000 }, () => streams.next(0))
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...draws)).toBeLessThan(1)
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length
    // Standard error of the mean: sqrt(1/12 / n) ≈ 0.0009.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.004)
  })
})
