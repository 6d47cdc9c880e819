// Engine speed: the projection must keep up with typing, the simulation must stay interactive.
// Goals on this 2-core machine: projection under 1 ms, 10k-sample simulation under 100 ms, and the
// whole plan uncertain at most 2.5 times the cost of tool prices alone.
import { bench, describe } from 'vitest'
import { DEFAULT_SCENARIO } from '../src/core/defaultScenario'
import { projectScenario } from '../src/core/projection'
import { sensitivity } from '../src/core/sensitivity'
import { simulateProjection } from '../src/core/simulation'
import { largePlan } from '../test/fixtures/largePlan'
import { largePlanV2, thirtyByThirtyPlan } from './fixtures'

const plan = largePlan()
const planV2 = largePlanV2()
const projection = projectScenario(plan)

describe('engine, 80 quarters x 200 line items', () => {
  bench('projection (goal < 1 ms)', () => {
    projectScenario(plan)
  })

  bench('projection, every version 2 feature on (goal < 1 ms)', () => {
    projectScenario(planV2)
  })

  bench('simulation, 10k samples (goal < 100 ms)', () => {
    simulateProjection(plan, projection, { samples: 10_000, seed: 1 })
  }, { iterations: 10 })

  bench('simulation, 100k samples', () => {
    simulateProjection(plan, projection, { samples: 100_000, seed: 1 })
  }, { iterations: 3 })

  bench('sensitivity (tornado)', () => {
    sensitivity(plan)
  }, { iterations: 5 })
})

const defaultProjection = projectScenario(DEFAULT_SCENARIO)

describe('the default plan, every uncertainty on', () => {
  bench('simulation, 10k samples (goal < 100 ms)', () => {
    simulateProjection(DEFAULT_SCENARIO, defaultProjection, { samples: 10_000, seed: 1 })
  }, { iterations: 20 })
})

const toolsOnly = thirtyByThirtyPlan(false)
const toolsOnlyProjection = projectScenario(toolsOnly)
const everything = thirtyByThirtyPlan(true)
const everythingProjection = projectScenario(everything)
// Each run takes seconds: a few runs, one warm-up.
const slow = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 }

describe('80 quarters x 30 tools x 30 hires, 200k samples', () => {
  bench('tool prices only', () => {
    simulateProjection(toolsOnly, toolsOnlyProjection, { samples: 200_000, seed: 1 })
  }, slow)

  bench('every uncertainty on (goal ≤ 2.5× tool prices only)', () => {
    simulateProjection(everything, everythingProjection, { samples: 200_000, seed: 1 })
  }, slow)
})
