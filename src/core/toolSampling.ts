// One sample of every tool line's annual cost (docs/model.md): triangular on [low, high] with its
// mode at the chosen point, drawn once per sample from the line's own stream and held for the
// whole plan. The projection already counts each line at its point value; a sample replaces that
// with the drawn value, from the quarter the tool is bought.
import { toolPointValue } from './projection'
import { nextUniform, streamSeed } from './randomStreams'
import type { ScenarioDoc } from './scenario'
import { toolStreamKeys } from './streamKeys'
import { triangularQuantile } from './toolUncertainty'

export class ToolSampler {
  /** Per quarter: the point values / 4 of the tools bought by then, as the projection counts them. */
  readonly pointCosts: Float64Array
  /** This sample's drawn annual costs / 4, at the quarter each tool is bought. */
  readonly increments: Float64Array
  private readonly starts: Int32Array
  private readonly lows: Float64Array
  private readonly modes: Float64Array
  private readonly highs: Float64Array
  private readonly states: Int32Array

  constructor(doc: ScenarioDoc, seed: number) {
    const n = doc.quarters
    const tools = doc.tools ?? []
    this.starts = Int32Array.from(tools, (line) => line.quarter)
    this.lows = Float64Array.from(tools, (line) => line.low)
    this.modes = Float64Array.from(tools, toolPointValue)
    this.highs = Float64Array.from(tools, (line) => line.high)
    this.states = Int32Array.from(toolStreamKeys(tools), (key) => streamSeed(key, seed) | 0)
    this.increments = new Float64Array(n)
    this.pointCosts = new Float64Array(n)
    for (let q = 0; q < n; q++) {
      // Summed line by line in file order, as version 1 did, so its results stay number for number.
      let pointCost = 0
      for (let t = 0; t < tools.length; t++) if (this.starts[t] <= q) pointCost += this.modes[t] / 4
      this.pointCosts[q] = pointCost
    }
  }

  /** Draws the next sample of every line into `increments`. */
  draw(): void {
    const { increments, starts, lows, modes, highs, states } = this
    increments.fill(0)
    for (let t = 0; t < starts.length; t++) {
      const value = triangularQuantile(lows[t], modes[t], highs[t], nextUniform(states, t))
      if (starts[t] < increments.length) increments[starts[t]] += value / 4
    }
  }
}
