import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { compareScenarios } from './compare'
import { LEGACY_DATAFLOW } from '../../test/fixtures/legacyDataflow'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { riskTimelines } from './risks'
import { horizonTotal, sensitivity } from './sensitivity'

describe('sensitivity', () => {
  it('ranks the widest tool range first and measures its swing over the horizon', () => {
    const doc = minimalScenario({
      quarters: 4,
      tools: [
        { tool: 'siem', quarter: 0, low: 50_000, high: 60_000 },
        { tool: 'ai-security-platform', quarter: 2, low: 100_000, high: 500_000 }
      ]
    })
    const [top, second] = sensitivity(doc).drivers
    expect(top).toMatchObject({ id: 'tools[1]', field: 'tools[1]', lowSetting: '$100K', highSetting: '$500K' })
    // Two quarters of a 400,000-a-year difference.
    expect(top.swing).toBe(200_000)
    expect(second.swing).toBe(10_000)
  })

  it('covers salaries, salary growth, hiring timing and program quotes', () => {
    const ids = sensitivity(DEFAULT_SCENARIO).drivers.map((d) => d.id)
    expect(ids).toEqual(expect.arrayContaining(['salary:ciso', 'salaryGrowth', 'hiringTiming', 'programs[2]', 'headcount']))
    const { baseTotal, drivers } = sensitivity(DEFAULT_SCENARIO)
    expect(baseTotal).toBe(horizonTotal(DEFAULT_SCENARIO))
    expect(drivers.map((d) => d.swing)).toEqual([...drivers.map((d) => d.swing)].sort((a, b) => b - a))
  })
})

describe('risk register', () => {
  it('lowers residual risk as mitigating capabilities land, to a quarter of the inherent score', () => {
    const doc = minimalScenario({
      capabilities: ['model-protection', 'zero-trust-identity', 'ai-lifecycle-data-protection',
        'ai-security-platform', 'micro-segmentation'].map((id, quarter) => ({ id, quarter }))
    })
    const theft = riskTimelines(doc).find((r) => r.risk.id === 'model-theft')!
    expect(theft.inherentLevel).toBe('critical')
    expect(theft.quarters.map((q) => q.mitigationsInPlace)).toEqual([1, 2, 3, 4, 5, 5, 5, 5])
    expect(theft.quarters[4].score).toBe(3)
    expect(theft.quarters[4].level).toBe('medium')
  })
})

describe('comparison', () => {
  it('reports KPIs per scenario with deltas against the first', () => {
    const base = minimalScenario({ hires: [{ role: 'ciso', count: 1, quarter: 0, annualCost: 400_000 }] })
    const leaner = { ...base, name: 'Lean', hires: [{ role: 'ciso', count: 1, quarter: 4, annualCost: 400_000 }] }
    const { scenarios, deltas } = compareScenarios([base, leaner], { samples: 100 })
    expect(scenarios[0].kpis.totalSpend).toBe(800_000)
    expect(scenarios[1].kpis.totalSpend).toBe(400_000)
    expect(deltas[1].values.totalSpend).toBe(-400_000)
    expect(deltas[0].values.totalSpend).toBe(0)
    expect(scenarios[0].kpis.averagePercentOfRevenue).toBeCloseTo((800_000 / 80_000_000) * 100, 10)
  })

  it('reports when the organisation and its maturity reach each phase, and the shift in quarters', () => {
    // The what-if puts every capability in place two quarters later.
    const later = {
      ...LEGACY_DATAFLOW, name: 'Later',
      capabilities: LEGACY_DATAFLOW.capabilities!.map((c) => ({ ...c, quarter: Math.min(19, c.quarter + 2) }))
    }
    const { scenarios, deltas } = compareScenarios([LEGACY_DATAFLOW, later], { samples: 100 })
    expect(scenarios[0].kpis.maturityPhaseReached).toMatchObject({ adhoc: '2027-Q1', foundation: '2027-Q4', worldclass: null })
    expect(scenarios[0].kpis.orgPhaseReached).toMatchObject({ foundation: '2027-Q1', growth: '2027-Q3', optimization: '2030-Q3', worldclass: null })
    expect(deltas[1].maturityPhaseReached).toEqual({ adhoc: 0, foundation: 2, growth: 2, optimization: 2, worldclass: null })
  })

  it('reports the seed the simulation really used', () => {
    expect(compareScenarios([DEFAULT_SCENARIO], { samples: 10, seed: -1 }).seed).toBe(4294967295)
  })
})
