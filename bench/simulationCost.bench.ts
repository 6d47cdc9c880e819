// What the whole plan being uncertain costs: the same plan simulated with tool prices alone and
// with every kind of uncertainty on. Goal: at most 2.5 times the cost. In a file of its own, so
// each runs in a fresh worker: code the other benchmarks warmed up for other plans does not
// weigh on one side of the ratio.
import { bench, describe } from 'vitest'
import { projectScenario } from '../src/core/projection'
import { simulateProjection } from '../src/core/simulation'
import { thirtyByThirtyPlan } from './fixtures'

const toolsOnly = thirtyByThirtyPlan(false)
const toolsOnlyProjection = projectScenario(toolsOnly)
const everything = thirtyByThirtyPlan(true)
const everythingProjection = projectScenario(everything)
// Each run takes seconds: a few runs, one warm-up.
const slow = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 }

describe('80 quarters x 30 tools x 30 hires, 200k samples', () => {
  bench('tool prices only', () => {
    simulateProjection(toolsOnly, toolsOnlyProjection, { samples: 200_000, seed: 1 })
  }, slow)

  bench('every uncertainty on (goal ≤ 2.5× tool prices only)', () => {
    simulateProjection(everything, everythingProjection, { samples: 200_000, seed: 1 })
  }, slow)
})
