// Board-pack speed: the largest pack a user can ask for, 6 scenarios of 80 quarters and 200 line
// items each, with the default 10,000-sample simulation. Goal on this 2-core machine: under 1 s.
import { bench, describe } from 'vitest'
import { buildBoardPack } from '../src/boardpack'
import { largePlan } from '../test/fixtures/largePlan'

const scenarios = Array.from({ length: 6 }, (_, i) => largePlan(`Benchmark plan ${i + 1}`, i))
const generatedAt = new Date('2026-11-27T00:00:00Z')

describe('board pack, 6 scenarios x 80 quarters', () => {
  bench('build the workbook with charts (goal < 1 s)', async () => {
    await buildBoardPack(scenarios, { generatedAt, seed: 1 })
  }, { iterations: 8, warmupIterations: 2 })
})
