import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { CAPABILITIES, ROLES } from './catalog'
import { MaturitySampler } from './maturitySampling'

// Every capability waits for one of three roles, so phase dates and deadlines move with those
// roles' first starts; 21 × 21 × 21 possible starts are more than the sampler keeps answers for.
const roles = ROLES.slice(0, 3).map((role) => role.id)
const doc = minimalScenario({
  quarters: 20,
  hires: roles.map((role, r) => ({ role, count: 1, quarter: r, annualCost: 150_000 })),
  capabilities: CAPABILITIES.map((capability, i) => ({ id: capability.id, quarter: i % 12, needs: [`role:${roles[i % 3]}`] })),
  deadlines: [
    { name: 'Audit', quarter: 8, capabilities: CAPABILITIES.slice(0, 6).map((c) => c.id) },
    { name: 'Regulator', quarter: 15, capabilities: CAPABILITIES.slice(6, 12).map((c) => c.id) }
  ]
})

/** Starts numbered i in base 22: each role starts in a quarter of the plan, or never (21: Infinity). */
function startsFor(i: number): Float64Array {
  return Float64Array.from(roles, (_, r) => {
    const digit = Math.floor(i / 22 ** r) % 22
    return digit === 21 ? Infinity : digit
  })
}

describe('MaturitySampler', () => {
  it('answers a repeated set of starts exactly as a fresh evaluation does, and past its memo too', () => {
    const sampler = new MaturitySampler(doc, true)
    expect(sampler.trackedRoles).toEqual(roles)
    // 5,000 different starts (more than it keeps answers for), then the first 1,000 again.
    for (let i = 0; i < 6000; i++) {
      const starts = startsFor(i % 5000)
      sampler.evaluate(starts)
      const fresh = new MaturitySampler(doc, true)
      fresh.evaluate(starts)
      expect([...sampler.sample.reached], `starts ${[...starts]}`).toEqual([...fresh.sample.reached])
      expect([...sampler.sample.met], `starts ${[...starts]}`).toEqual([...fresh.sample.met])
    }
  })

  it('moves the dates with the starts: a role that never starts leaves its capabilities out', () => {
    const sampler = new MaturitySampler(doc, true)
    sampler.evaluate(Float64Array.from([0, 0, 0]))
    const early = [...sampler.sample.reached]
    sampler.evaluate(Float64Array.from([0, 0, Infinity]))
    expect([...sampler.sample.met]).toEqual([0, 0])
    expect(sampler.sample.reached[0]).toBeGreaterThanOrEqual(early[0])
    sampler.evaluate(Float64Array.from([0, 0, 0]))
    expect([...sampler.sample.reached]).toEqual(early)
  })
})

describe('MaturitySampler with too many roles to key its memo', () => {
  it('still answers each sample: with every role in post from the start, the plan\'s own dates', () => {
    // Ten roles over 40 quarters: 41^10 starts do not fit one exact number, so nothing is kept.
    const everyRole = ROLES.map((role) => role.id)
    const wide = minimalScenario({
      quarters: 40,
      hires: everyRole.map((role) => ({ role, count: 1, quarter: 0, annualCost: 150_000 })),
      capabilities: CAPABILITIES.map((capability, i) => ({ id: capability.id, quarter: i % 30, needs: [`role:${everyRole[i % 10]}`] })),
      deadlines: [{ name: 'Audit', quarter: 12, capabilities: CAPABILITIES.slice(0, 10).map((c) => c.id) }]
    })
    const drawn = new MaturitySampler(wide, true)
    expect(drawn.trackedRoles).toHaveLength(10)
    const planned = new MaturitySampler(wide, false)
    planned.evaluate(new Float64Array(0))
    drawn.evaluate(new Float64Array(10))
    expect([...drawn.sample.reached]).toEqual([...planned.sample.reached])
    expect([...drawn.sample.met]).toEqual([...planned.sample.met])
    drawn.evaluate(Float64Array.from(everyRole, (_, r) => (r === 0 ? Infinity : 0)))
    expect([...drawn.sample.met]).toEqual([0])
    drawn.evaluate(new Float64Array(10))
    expect([...drawn.sample.met]).toEqual([...planned.sample.met])
  })
})
