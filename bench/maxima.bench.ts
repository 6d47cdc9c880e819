// The largest legal inputs (issue 14's "slow legal inputs"): the maximum-size plan, 1,000 hires,
// tools and programs over 80 quarters. Goals: its board pack under 5 s, 100,000 samples of it
// under 3 s. Measured, not asserted (see scripts/bench-summary.mjs). The largest comparison's
// memory is measured in compareMemory.bench.ts.
import { bench, describe } from 'vitest'
import { buildBoardPack } from '../src/boardpack'
import { projectScenario } from '../src/core/projection'
import { simulateProjection } from '../src/core/simulation'
import { maximumPlan } from '../test/fixtures/maximumPlan'

const plan = maximumPlan()
const projection = projectScenario(plan)

describe('maximum-size plan (1,000 hires, tools and programs x 80 quarters)', () => {
  // Async, so the runner does not call it once more per loop to find out whether it is.
  bench('simulation, 100k samples (goal < 3 s)', async () => {
    simulateProjection(plan, projection, { samples: 100_000, seed: 1 })
  }, { iterations: 2, warmupIterations: 0 })

  bench('board pack (goal < 5 s)', async () => {
    await buildBoardPack([plan], { seed: 1, generatedAt: new Date('2026-11-27T00:00:00Z') })
  }, { iterations: 1, warmupIterations: 0 })
})
