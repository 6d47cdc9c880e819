// The sensitivity analysis takes each spend driver's totals from the cost of the lines it moves. This
// checks it against the slow, obvious way: build the moved plan and project it whole. They differ
// only by floating-point rounding (sums gathered in another order), so the totals are compared to
// one part in 10^12 of the plan's total spend, and the budgets exactly.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryScenario, arbitraryUncertainScenario } from '../../test/fixtures/arbitraries'
import { largePlan } from '../../test/fixtures/largePlan'
import { LEGACY_DATAFLOW } from '../../test/fixtures/legacyDataflow'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { programPayments } from './lineCosts'
import { programOccurs, projectScenario } from './projection'
import type { ScenarioDoc } from './scenario'
import { horizonTotal, sensitivity, type SensitivityDriver } from './sensitivity'

/** The plan with a spend driver at its low and high setting, built as a user would edit it. */
function movedPlans(doc: ScenarioDoc, id: string): [ScenarioDoc, ScenarioDoc] {
  const hires = doc.hires ?? []
  const tool = /^tools\[(\d+)\]$/.exec(id)
  if (tool) {
    const i = Number(tool[1])
    const at = (point: 'low' | 'high') => ({ ...doc, tools: doc.tools!.map((t, j) => (j === i ? { ...t, point } : t)) })
    return [at('low'), at('high')]
  }
  const program = /^programs\[(\d+)\]$/.exec(id)
  if (program) {
    const i = Number(program[1])
    const scaled = (k: number) => ({ ...doc, programs: doc.programs!.map((p, j) => (j === i ? { ...p, amount: p.amount * k } : p)) })
    return [scaled(0.75), scaled(1.25)]
  }
  if (id.startsWith('salary:')) {
    const role = id.slice('salary:'.length)
    const scaled = (k: number) => ({ ...doc, hires: hires.map((h) => (h.role === role ? { ...h, annualCost: h.annualCost * k } : h)) })
    return [scaled(0.8), scaled(1.2)]
  }
  switch (id) {
    case 'salaryGrowth': {
      const g = doc.salaryGrowthPercent ?? 0
      return [{ ...doc, salaryGrowthPercent: g - 2 }, { ...doc, salaryGrowthPercent: g + 2 }]
    }
    case 'hiringTiming': {
      const shifted = (delta: number) => ({
        ...doc,
        hires: hires.map((h) => {
          const quarter = Math.min(doc.quarters - 1, Math.max(0, h.quarter + delta))
          const endQuarter = h.endQuarter === undefined ? undefined : Math.max(quarter + 1, Math.min(doc.quarters, h.endQuarter + delta))
          return endQuarter === undefined ? { ...h, quarter } : { ...h, quarter, endQuarter }
        })
      })
      return [shifted(1), shifted(-1)]
    }
    case 'hiringSlip':
      return [doc, {
        ...doc,
        hires: hires.flatMap((h) => {
          if (h.existing) return [h]
          const quarter = h.quarter + 1
          return quarter < (h.endQuarter ?? doc.quarters) ? [{ ...h, quarter }] : []
        })
      }]
    case 'headcount': {
      const scaled = (k: number) => ({ ...doc, headcount: doc.headcount.map((m) => ({ ...m, value: m.value * k })) })
      return [scaled(0.8), scaled(1.2)]
    }
  }
  throw new Error(`no reference for driver ${id}`)
}

function checkAgainstProjection(doc: ScenarioDoc): void {
  const result = sensitivity(doc)
  const base = projectScenario(doc)
  const baseBudget = base.quarters.reduce((sum, q) => sum + q.budget, 0)
  expect(result.baseTotal).toBe(horizonTotal(doc))
  expect(result.baseBudget).toBe(baseBudget)
  const tolerance = 1e-12 * Math.max(1, result.baseTotal)
  const close = (actual: number, expected: number) => {
    if (Math.abs(actual - expected) > tolerance) expect(actual).toBe(expected)
  }
  for (const driver of result.drivers) {
    if (driver.id === 'revenue') {
      expect([driver.lowTotal, driver.highTotal]).toEqual([result.baseTotal, result.baseTotal])
      continue
    }
    const [low, high] = movedPlans(doc, driver.id).map(horizonTotal)
    close(driver.lowTotal, low)
    close(driver.highTotal, high)
    expect([driver.lowBudget, driver.highBudget]).toEqual([baseBudget, baseBudget])
    close(driver.swing, Math.abs(high - low))
    // With the budget held, headroom moves by exactly minus the change in spend (=== counts -0 as 0).
    expect(driver.lowHeadroomChange === -(driver.lowTotal - result.baseTotal)).toBe(true)
    expect(driver.highHeadroomChange === -(driver.highTotal - result.baseTotal)).toBe(true)
    // A driver that moves nothing is left off the tornado, so zero must stay exactly zero.
    if (low === high) expect(driver.swing).toBe(0)
  }
}

describe('sensitivity from line costs', () => {
  it('gives every spend driver the totals a projection of the moved plan gives (random plans)', () => {
    fc.assert(fc.property(arbitraryScenario, (doc) => checkAgainstProjection(doc)), { numRuns: 150 })
  })

  it('does so with people already in post, overhead and recruiting fees', () => {
    fc.assert(fc.property(arbitraryUncertainScenario, (doc) => checkAgainstProjection(doc)), { numRuns: 100 })
  })

  it('does so for the shipped plan, the version 1 plan and a large plan of 80 quarters', () => {
    checkAgainstProjection(DEFAULT_SCENARIO)
    checkAgainstProjection(LEGACY_DATAFLOW)
    checkAgainstProjection(largePlan('Large plan', 3))
  })

  it('counts a program\'s payments as the projection pays them', () => {
    fc.assert(fc.property(arbitraryScenario, (doc) => {
      for (const program of doc.programs ?? []) {
        let paid = 0
        for (let q = 0; q < doc.quarters; q++) if (programOccurs(program, q)) paid++
        expect(programPayments(program, doc.quarters)).toBe(paid)
      }
    }), { numRuns: 100 })
  })

  it('moves the tornado by the change in headroom: spend drivers down when they cost more, revenue up with the budget', () => {
    const { drivers } = sensitivity(DEFAULT_SCENARIO)
    const byId = new Map<string, SensitivityDriver>(drivers.map((d) => [d.id, d]))
    const revenue = byId.get('revenue')!
    expect(revenue.lowHeadroomChange).toBe(revenue.lowBudget - sensitivity(DEFAULT_SCENARIO).baseBudget)
    expect(revenue.lowHeadroomChange).toBeLessThan(0)
    expect(revenue.highHeadroomChange).toBeGreaterThan(0)
    expect(revenue.swing).toBeGreaterThan(0)
    const late = byId.get('hiringSlip')!
    // Hiring late spends less, which leaves more headroom.
    expect(late.highTotal).toBeLessThan(late.lowTotal)
    expect(late.highHeadroomChange).toBeGreaterThan(0)
    expect(late.lowHeadroomChange).toBe(0)
  })
})
