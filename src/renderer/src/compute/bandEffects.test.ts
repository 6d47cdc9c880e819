import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../core/defaultScenario'
import { projectScenario } from '../../../core/projection'
import type { ScenarioDoc } from '../../../core/scenario'
import { simulateScenario } from '../../../core/simulation'
import { bandEffects, bandFigures, withoutSource } from './bandEffects'

const options = { seed: 11, samples: 300 }

describe('withoutSource', () => {
  it('turns off one uncertainty field and keeps the others', () => {
    expect(withoutSource(DEFAULT_SCENARIO, 'pay').uncertainty).toEqual({ revenuePercent: 25, hiringSlip: [0.5, 0.35, 0.15], attritionPercent: 12 })
    expect(withoutSource(DEFAULT_SCENARIO, 'hiringDates').uncertainty).toEqual({ salaryPercent: 10, revenuePercent: 25, attritionPercent: 12 })
    expect(withoutSource(DEFAULT_SCENARIO, 'attrition').uncertainty).toEqual({ salaryPercent: 10, revenuePercent: 25, hiringSlip: [0.5, 0.35, 0.15] })
    expect(withoutSource(DEFAULT_SCENARIO, 'revenue').uncertainty).toEqual({ salaryPercent: 10, hiringSlip: [0.5, 0.35, 0.15], attritionPercent: 12 })
  })

  it('puts every tool at the cost the plan uses, so the projection is unchanged and nothing is drawn', () => {
    const doc: ScenarioDoc = { ...DEFAULT_SCENARIO, uncertainty: undefined }
    const certain = withoutSource(doc, 'toolPrices')
    expect(certain.tools?.every((t) => t.low === t.high && t.point === t.low)).toBe(true)
    expect(projectScenario(certain).quarters.map((q) => q.total)).toEqual(projectScenario(doc).quarters.map((q) => q.total))
    const simulation = simulateScenario(certain, options)
    expect(simulation.sources).toEqual({ toolPrices: false, pay: false, hiringDates: false, attrition: false, revenue: false })
    expect(simulation.horizon.p10).toBe(simulation.horizon.p90)
  })
})

describe('bandEffects', () => {
  it('reports the plan as it stands and, for each source that is on, the plan without it, with one seed', () => {
    const effects = bandEffects(DEFAULT_SCENARIO, options)
    expect(effects.sources).toEqual({ toolPrices: true, pay: true, hiringDates: true, attrition: true, revenue: true })
    expect(effects.current).toEqual(bandFigures(simulateScenario(DEFAULT_SCENARIO, options)))
    for (const source of ['toolPrices', 'pay', 'hiringDates', 'attrition', 'revenue'] as const) {
      expect(effects.without[source]).toEqual(bandFigures(simulateScenario(withoutSource(DEFAULT_SCENARIO, source), options)))
    }
    // Revenue moves the budget, not spend: with common random numbers the spend band is identical.
    const { worstYear: _a, ...spendWithout } = effects.without.revenue!
    const { worstYear: _b, ...spendWith } = effects.current
    expect(spendWithout).toEqual(spendWith)
    // Without hiring slips or attrition the band is narrower.
    const width = (f: { p10: number; p90: number }) => f.p90 - f.p10
    expect(width(effects.without.hiringDates!)).toBeLessThan(width(effects.current))
  })

  it('skips the sources that are off', () => {
    const effects = bandEffects({ ...DEFAULT_SCENARIO, uncertainty: { salaryPercent: 5 } }, options)
    expect(Object.keys(effects.without)).toEqual(['toolPrices', 'pay'])
  })

  it('names the fiscal year most likely to go over budget', () => {
    const simulation = simulateScenario(DEFAULT_SCENARIO, options)
    const worst = [...simulation.fiscalYears].sort((a, b) => b.overrunProbability - a.overrunProbability)[0]
    expect(bandFigures(simulation).worstYear).toEqual({ label: worst.label, overrunProbability: worst.overrunProbability })
  })
})
