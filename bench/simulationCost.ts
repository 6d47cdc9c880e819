// What the whole plan being uncertain costs: the same plan simulated with tool prices alone
// (simulationCost.toolsOnly.bench.ts) and with every kind of uncertainty on
// (simulationCost.everything.bench.ts). Goal: at most 2.5 times the cost.
//
// Each side is a file of its own, so each runs in a fresh worker (vitest runs benchmark files one
// at a time): code warmed up for one plan does not weigh on the other. Run after tool prices only
// in one worker, every uncertainty ran about a tenth slower, its code deoptimised and compiled
// again from the other plan's type feedback.
//
// What the extra cost is made of, measured per sample on this plan with valgrind's simulated
// branch predictor and caches (differences between 40,000 and 80,000 samples), before the money
// series' change below: every uncertainty added about 42,000 instructions (33,000 of them the hire
// draw), 650 mispredicted branches (the departure loop's exits depend on random numbers) and 600
// first-level cache misses (240 of them in the quarters' tally, which shares the cache with the
// draw's tables). Time follows the mispredictions and the misses more than the instructions:
// - The hire draw written in WebAssembly ran a third fewer instructions in no less time, and the
//   quarters' loop ran 30% slower reading its changes from the module's memory, so it was not kept.
// - With tool prices alone a sample's quarter totals rise and fall together, so a branch on where
//   one total falls is foreseen from the quarter before; with people's pay and leaving drawn they
//   do not, and such branches mispredict. The money series' search of their bands was one: counted
//   without branches (moneyQuantiles.ts), every uncertainty ran about 6% faster.
import { bench, describe } from 'vitest'
import { projectScenario } from '../src/core/projection'
import { simulateProjection } from '../src/core/simulation'
import { thirtyByThirtyPlan } from './fixtures'

/** The group both files report under: scripts/bench-summary.mjs pairs the two by it. */
const GROUP = '80 quarters x 30 tools x 30 hires, 200k samples'
// Each run takes seconds: a few runs, one warm-up.
const SLOW = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 }

/** Benchmarks simulating the plan, with every uncertainty on or tool prices only, under `name`. */
export function simulationCostBench(everyUncertainty: boolean, name: string): void {
  const plan = thirtyByThirtyPlan(everyUncertainty)
  const projection = projectScenario(plan)
  describe(GROUP, () => {
    bench(name, () => {
      simulateProjection(plan, projection, { samples: 200_000, seed: 1 })
    }, SLOW)
  })
}
