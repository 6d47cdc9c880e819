// The harness's own promise: every database it opens is closed, whether it serves a whole file or
// one test (an afterAll registered while a test runs is never called, so a harness started inside
// a test closes when that test finishes).
import { describe, expect, it } from 'vitest'
import { startHarnessInTest, type ShellHarness } from './harness'

describe('a harness started inside a test', () => {
  let started: ShellHarness | null = null

  it('serves that test', async () => {
    started = await startHarnessInTest()
    expect(started.database.store.listScenarios()).toHaveLength(1)
  })

  it('is closed once that test has finished', () => {
    expect(() => started?.database.store.listScenarios()).toThrow(/not open/)
  })
})
