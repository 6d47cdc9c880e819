// Board-pack and deck speed: the largest export a user can ask for, 6 scenarios of 80 quarters
// and 200 line items each, with the default 10,000-sample simulation. Goal on this 2-core machine:
// under 1 s each.
import { bench, describe } from 'vitest'
import { buildBoardPack, buildDeck } from '../src/boardpack'
import { largePlan } from '../test/fixtures/largePlan'

const scenarios = Array.from({ length: 6 }, (_, i) => largePlan(`Benchmark plan ${i + 1}`, i))
const generatedAt = new Date('2026-11-27T00:00:00Z')
/** Two years of recorded quarters on the first plan: the Actuals sheet and slide as well. */
const actuals = [Array.from({ length: 8 }, (_, quarter) => ({
  quarter, people: 400_000 + quarter * 10_000, tools: 90_000, programs: 15_000, hires: 2, capabilities: [], note: ''
}))]

describe('board pack, 6 scenarios x 80 quarters', () => {
  bench('build the workbook with charts (goal < 1 s)', async () => {
    await buildBoardPack(scenarios, { generatedAt, seed: 1, actuals })
  }, { iterations: 8, warmupIterations: 2 })
})

describe('board deck, 6 scenarios x 80 quarters', () => {
  bench('build the deck with native charts (goal < 1 s)', async () => {
    await buildDeck(scenarios, { generatedAt, seed: 1, actuals })
  }, { iterations: 8, warmupIterations: 2 })
})
