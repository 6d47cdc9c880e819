import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryScenario } from '../../test/fixtures/arbitraries'
import { projectScenario } from './projection'
import { validateScenario, type ScenarioDoc } from './scenario'
import { simulateScenario } from './simulation'

const runs = { numRuns: 150 }

function scaleCosts(doc: ScenarioDoc, k: number): ScenarioDoc {
  return {
    ...doc,
    hires: doc.hires?.map((h) => ({ ...h, annualCost: h.annualCost * k })),
    tools: doc.tools?.map((t) => ({
      ...t, low: t.low * k, high: t.high * k, perEmployee: (t.perEmployee ?? 0) * k,
      point: typeof t.point === 'number' ? t.point * k : t.point
    })),
    programs: doc.programs?.map((p) => ({ ...p, amount: p.amount * k }))
  }
}

function reversed(doc: ScenarioDoc): ScenarioDoc {
  return {
    ...doc,
    headcount: [...doc.headcount].reverse(),
    revenue: [...doc.revenue].reverse(),
    hires: [...(doc.hires ?? [])].reverse(),
    tools: [...(doc.tools ?? [])].reverse(),
    programs: [...(doc.programs ?? [])].reverse(),
    capabilities: [...(doc.capabilities ?? [])].reverse()
  }
}

describe('projection properties', () => {
  it('generates only valid scenarios (so the properties below test real input)', () => {
    fc.assert(fc.property(arbitraryScenario, (doc) => validateScenario(doc).ok), runs)
  })

  it('makes every total the sum of its parts and every variance budget minus total', () => {
    fc.assert(fc.property(arbitraryScenario, (doc) => {
      for (const q of projectScenario(doc).quarters) {
        expect(q.total).toBeCloseTo(q.people + q.tools + q.programs, 6)
        expect(q.variance).toBeCloseTo(q.budget - q.total, 6)
      }
    }), runs)
  })

  it('never produces NaN, and nothing negative that cannot be', () => {
    fc.assert(fc.property(arbitraryScenario, (doc) => {
      for (const q of projectScenario(doc).quarters) {
        for (const [key, value] of Object.entries(q)) {
          if (typeof value === 'number') expect(Number.isNaN(value), key).toBe(false)
        }
        for (const value of [q.headcount, q.revenue, q.budget, q.people, q.tools, q.programs, q.total, q.securityFte]) {
          expect(value).toBeGreaterThanOrEqual(0)
        }
        if (q.utilization !== null) expect(q.utilization).toBeGreaterThanOrEqual(0)
      }
    }), runs)
  })

  it('scales every total by k when every cost is scaled by k', () => {
    fc.assert(fc.property(arbitraryScenario, fc.integer({ min: 2, max: 7 }), (doc, k) => {
      const base = projectScenario(doc).quarters
      const scaled = projectScenario(scaleCosts(doc, k)).quarters
      base.forEach((q, i) => {
        expect(scaled[i].total).toBeCloseTo(q.total * k, 4)
        expect(scaled[i].budget).toBe(q.budget)
      })
    }), runs)
  })

  it('gives the same projection whatever the order of line items and milestones', () => {
    fc.assert(fc.property(arbitraryScenario, (doc) => {
      const a = projectScenario(doc).quarters
      const b = projectScenario(reversed(doc)).quarters
      a.forEach((q, i) => {
        expect(b[i].total).toBeCloseTo(q.total, 6)
        expect(b[i].maturityPhase).toBe(q.maturityPhase)
        expect(b[i].headcount).toBe(q.headcount)
      })
    }), runs)
  })
})

describe('simulation properties', () => {
  const simRuns = { numRuns: 40 }

  it('orders P10 <= P50 <= P90 and keeps them between all-low and all-high spend', () => {
    fc.assert(fc.property(arbitraryScenario, (doc) => {
      const sim = simulateScenario(doc, { samples: 300, seed: 7 })
      const atLow = projectScenario({ ...doc, tools: doc.tools?.map((t) => ({ ...t, point: 'low' as const })) }).quarters
      const atHigh = projectScenario({ ...doc, tools: doc.tools?.map((t) => ({ ...t, point: 'high' as const })) }).quarters
      sim.quarters.forEach((q, i) => {
        expect(q.p10).toBeLessThanOrEqual(q.p50)
        expect(q.p50).toBeLessThanOrEqual(q.p90)
        expect(q.p10).toBeGreaterThanOrEqual(atLow[i].total - 1e-6)
        expect(q.p90).toBeLessThanOrEqual(atHigh[i].total + 1e-6)
        expect(q.overrunProbability).toBeGreaterThanOrEqual(0)
        expect(q.overrunProbability).toBeLessThanOrEqual(1)
      })
    }), simRuns)
  })

  it('gives identical results for the same seed', () => {
    fc.assert(fc.property(arbitraryScenario, fc.integer({ min: 0, max: 2 ** 31 }), (doc, seed) => {
      expect(simulateScenario(doc, { samples: 200, seed })).toEqual(simulateScenario(doc, { samples: 200, seed }))
    }), simRuns)
  })

  it('gives the same distribution whatever the order of line items', () => {
    fc.assert(fc.property(arbitraryScenario, (doc) => {
      const a = simulateScenario(doc, { samples: 200, seed: 3 })
      const b = simulateScenario(reversed(doc), { samples: 200, seed: 3 })
      a.quarters.forEach((q, i) => {
        expect(b.quarters[i].p50).toBeCloseTo(q.p50, 4)
        expect(b.quarters[i].overrunProbability).toBe(q.overrunProbability)
      })
    }), simRuns)
  })
})
