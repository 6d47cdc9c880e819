// The largest legal comparison (issue 14's "slow legal inputs"): six maximum-size plans, a million
// samples each. Goal: memory under 1 GB. Its time is measured as every benchmark's is; its memory
// is sampled as it runs (at every progress call of the simulation, a hundred per scenario) and
// printed, not asserted: the peak resident set of this worker, which ran nothing else before it
// (a file of its own), and the peak of the JavaScript heap with typed-array buffers.
import { bench, describe } from 'vitest'
import { compareScenarios } from '../src/core/compare'
import { MAX_COMPARED_SCENARIOS, MAX_SAMPLES } from '../src/core/limits'
import { maximumPlan } from '../test/fixtures/maximumPlan'

const plans = Array.from({ length: MAX_COMPARED_SCENARIOS }, (_, i) => maximumPlan(`Maximum plan ${i + 1}`))
const MB = 1024 * 1024

describe(`largest compare: ${MAX_COMPARED_SCENARIOS} maximum-size plans x ${MAX_SAMPLES.toLocaleString('en-US')} samples`, () => {
  // Async, so the runner does not call it once more to find out whether it is (minutes each).
  bench('compare (memory goal < 1 GB, printed below)', async () => {
    const before = process.memoryUsage()
    let heapPeak = before.heapUsed + before.arrayBuffers
    let rssPeak = before.rss
    compareScenarios(plans, {
      samples: MAX_SAMPLES, seed: 1,
      onProgress: () => {
        const now = process.memoryUsage()
        heapPeak = Math.max(heapPeak, now.heapUsed + now.arrayBuffers)
        rssPeak = Math.max(rssPeak, now.rss)
      }
    })
    const maxRss = process.resourceUsage().maxRSS * 1024
    console.log(`largest compare memory: peak RSS ${(Math.max(rssPeak, maxRss) / MB).toFixed(0)} MB ` +
      `(sampled ${(rssPeak / MB).toFixed(0)} MB), peak heap + buffers ${(heapPeak / MB).toFixed(0)} MB, ` +
      `heap + buffers before ${((before.heapUsed + before.arrayBuffers) / MB).toFixed(0)} MB; goal < 1024 MB`)
  }, { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 })
})
