// The version 2 projection rules, each on a small plan whose answer is worked out by hand.
import { describe, expect, it } from 'vitest'
import { arbitraryScenario } from '../../test/fixtures/arbitraries'
import { minimalScenario } from '../../test/fixtures/scenarios'
import fc from 'fast-check'
import { glidePercent } from './budget'
import { inPlaceQuarter } from './capabilityTiming'
import { DEFAULT_BUDGET_PERCENT, DEFAULT_PHASE_THRESHOLDS } from './catalog'
import { projectScenario } from './projection'
import { fiscalYearOf } from './quarters'
import { validateScenario, type ScenarioDoc } from './scenario'

describe('fiscal years', () => {
  it('names a fiscal year by the calendar year in which it ends', () => {
    expect(['2027-Q1', '2027-Q2', '2027-Q4', '2028-Q1'].map((l) => fiscalYearOf(l, 2))).toEqual([2027, 2028, 2028, 2028])
    expect(['2027-Q1', '2027-Q4'].map((l) => fiscalYearOf(l, 1))).toEqual([2027, 2027])
    expect(['2027-Q3', '2027-Q4', '2028-Q1'].map((l) => fiscalYearOf(l, 4))).toEqual([2027, 2028, 2028])
  })

  it('sums money over the year\'s quarters and takes people and phases from its last quarter', () => {
    const doc = minimalScenario({
      start: '2027-Q1', quarters: 6, fiscalYearStart: 2,
      headcount: [{ quarter: 0, value: 40 }, { quarter: 5, value: 240 }],
      revenue: [{ quarter: 0, value: 4_000_000 }],
      hires: [{ role: 'ciso', count: 1, quarter: 1, annualCost: 400_000 }],
      programs: [{ name: 'Audit', quarter: 3, amount: 50_000, recurrence: 'once' }]
    })
    const { fiscalYears } = projectScenario(doc)
    expect(fiscalYears.map((y) => [y.label, y.partial, y.quarters])).toEqual([
      ['FY2027', true, ['2027-Q1']],
      ['FY2028', false, ['2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1']],
      ['FY2029', true, ['2028-Q2']]
    ])
    const fy2028 = fiscalYears[1]
    expect(fy2028).toMatchObject({
      revenue: 4_000_000, budget: 160_000, people: 400_000, tools: 0, programs: 50_000, total: 450_000,
      variance: -290_000, utilization: 450_000 / 160_000, headcount: 200, securityFte: 1,
      orgPhase: 'growth', maturityPhase: 'adhoc', quartersOverBudget: 4, fromQuarter: 1, toQuarter: 4
    })
  })

  it('gives benchmarks per fiscal year, annualising spend per employee in a partial year', () => {
    const doc = minimalScenario({
      quarters: 6, headcount: [{ quarter: 0, value: 100 }, { quarter: 5, value: 200 }],
      revenue: [{ quarter: 0, value: 10_000_000 }],
      itBudget: [{ quarter: 0, value: 2_000_000 }],
      hires: [{ role: 'security-engineer', count: 2, quarter: 0, annualCost: 200_000 }],
      tools: [{ tool: 'siem', quarter: 0, low: 100_000, high: 100_000 }]
    })
    const [full, partial] = projectScenario(doc).fiscalYears
    // Headcounts 100, 120, 140, 160 | 180, 200; spend 125,000 a quarter.
    expect(full.benchmarks).toEqual({
      spendPerEmployee: 500_000 / 130, peopleShare: 400_000 / 500_000, securityFtePer100: 2 / 160 * 100,
      percentOfRevenue: 5, percentOfIt: 25
    })
    expect(partial.partial).toBe(true)
    expect(partial.benchmarks.spendPerEmployee).toBeCloseTo((250_000 / 190) * 2, 9)
    expect(projectScenario({ ...doc, itBudget: undefined }).fiscalYears[0].benchmarks.percentOfIt).toBeNull()
  })
})

describe('budget modes', () => {
  it('glides between the phase percents on headcount, equal to byPhase at each threshold', () => {
    const at = (headcount: number) => glidePercent(DEFAULT_BUDGET_PERCENT, DEFAULT_PHASE_THRESHOLDS, headcount)
    expect([0, 25, 50, 125, 200, 600, 1000, 3000, 5000, 9000].map(at)).toEqual([2, 2.5, 3, 3.5, 4, 5, 6, 7, 8, 8])
    const doc = minimalScenario({
      quarters: 3, headcount: [{ quarter: 0, value: 125 }, { quarter: 1, value: 600 }, { quarter: 2, value: 3000 }],
      revenue: [{ quarter: 0, value: 40_000_000 }], budget: { mode: 'glide', minimumAnnual: 1_600_000 }
    })
    const rows = projectScenario(doc).quarters
    expect(rows.map((q) => q.budgetPercent)).toEqual([3.5, 5, 7])
    expect(rows.map((q) => q.budget)).toEqual([400_000, 500_000, 700_000])
    const unfloored = projectScenario({ ...doc, budget: { mode: 'glide' } }).quarters
    expect(unfloored.map((q) => q.budget)).toEqual([350_000, 500_000, 700_000])
  })

  it('spreads each approved fiscal-year amount over its quarters, partial years too', () => {
    const doc = minimalScenario({
      start: '2027-Q3', quarters: 4,
      budget: { mode: 'amounts', amounts: [{ fiscalYear: 2027, amount: 800_000 }, { fiscalYear: 2028, amount: 1_200_000 }] }
    })
    const result = projectScenario(doc)
    expect(result.quarters.map((q) => q.budget)).toEqual([200_000, 200_000, 300_000, 300_000])
    expect(result.quarters[0].budgetPercent).toBe(2)
    expect(result.fiscalYears.map((y) => [y.label, y.partial, y.budget])).toEqual([['FY2027', true, 400_000], ['FY2028', true, 600_000]])
  })
})

describe('loaded people cost', () => {
  const rates = { salaryGrowthPercent: 10, peopleCosts: { overheadPercent: 30, recruitingFeePercent: 20 } }

  it('loads pay with overhead and charges the recruiting fee once, in the start quarter, at that year\'s pay', () => {
    const doc = minimalScenario({
      quarters: 6, ...rates,
      hires: [{ role: 'ciso', count: 2, quarter: 4, annualCost: 400_000, endQuarter: 6 }]
    })
    const rows = projectScenario(doc).quarters
    // Quarter 4 is the second plan year: factor 1.1. Pay 2 x 400,000 x 1.3 x 1.1 / 4; fees 2 x 400,000 x 0.2 x 1.1.
    expect(rows[4].people).toBeCloseTo(286_000 + 176_000, 6)
    expect(rows[4].recruitingFees).toBeCloseTo(176_000, 6)
    expect(rows[5].people).toBeCloseTo(286_000, 6)
    expect(rows[5].recruitingFees).toBe(0)
    expect(rows[3].people).toBe(0)
  })

  it('charges no fee for people already in post', () => {
    const doc = minimalScenario({
      quarters: 2, ...rates,
      hires: [{ role: 'security-engineer', count: 1, quarter: 0, annualCost: 200_000, existing: true }]
    })
    expect(projectScenario(doc).quarters.map((q) => q.people)).toEqual([65_000, 65_000])
  })
})

describe('capability needs', () => {
  const doc = minimalScenario({
    quarters: 8,
    hires: [{ role: 'detection-engineer', count: 1, quarter: 3, annualCost: 1 }],
    tools: [{ tool: 'siem', quarter: 5, low: 1, high: 1 }, { tool: 'siem', quarter: 2, low: 1, high: 1, }],
    capabilities: [
      { id: 'siem', quarter: 1, needs: ['tool:siem', 'role:detection-engineer'] },
      { id: 'edr', quarter: 4 },
      { id: 'soar', quarter: 6, needs: ['tool:siem'] }
    ]
  })

  it('puts a capability in place at the latest of its quarter and the earliest start of each need', () => {
    expect(projectScenario(doc).capabilities).toEqual([
      { id: 'siem', planned: 1, inPlace: 3 },
      { id: 'edr', planned: 4, inPlace: 4 },
      { id: 'soar', planned: 6, inPlace: 6 }
    ])
  })

  it('never puts in place a capability whose need starts at or beyond the horizon', () => {
    // A valid plan starts every line inside the horizon; a simulated slip can push one out.
    const capability = { id: 'siem', quarter: 1, needs: ['tool:siem', 'role:detection-engineer'] }
    const starts = new Map([['tool:siem', 2], ['role:detection-engineer', 8]])
    expect(inPlaceQuarter(capability, (need) => starts.get(need), 8)).toBeNull()
    expect(inPlaceQuarter(capability, (need) => starts.get(need), 9)).toBe(8)
    expect(inPlaceQuarter({ id: 'edr', quarter: 3 }, () => undefined, 4)).toBe(3)
  })

  it('counts a capability towards maturity only from when it is in place', () => {
    const growthCount = (q: number) => projectScenario(doc).quarters[q].phaseScores.growth
    expect(growthCount(2)).toBe(0)
    expect(growthCount(3)).toBeGreaterThan(0)
  })
})

describe('deadlines', () => {
  it('is met when every listed capability is in place at its quarter, and names what is missing', () => {
    const doc = minimalScenario({
      tools: [{ tool: 'siem', quarter: 3, low: 1, high: 1 }],
      capabilities: [{ id: 'siem', quarter: 1, needs: ['tool:siem'] }, { id: 'edr', quarter: 2 }],
      deadlines: [
        { name: 'Detection', quarter: 2, capabilities: ['edr', 'siem'], hard: true },
        { name: 'Later', quarter: 3, capabilities: ['siem', 'edr'] },
        { name: 'Unplanned', quarter: 7, capabilities: ['soar'] }
      ]
    })
    expect(projectScenario(doc).deadlines).toEqual([
      { name: 'Detection', quarter: 2, label: '2026-Q3', hard: true, met: false, missing: ['siem'] },
      { name: 'Later', quarter: 3, label: '2026-Q4', hard: false, met: true, missing: [] },
      { name: 'Unplanned', quarter: 7, label: '2027-Q4', hard: false, met: false, missing: ['soar'] }
    ])
  })
})

describe('version 1 and version 2', () => {
  it('a version 1 file and its version 2 twin with every new field at its default give identical quarters', () => {
    fc.assert(fc.property(arbitraryScenario, (doc) => {
      const v1 = validateScenario({ ...doc, version: 1 })
      if (!v1.ok) throw new Error(JSON.stringify(v1.errors))
      const twin: ScenarioDoc = {
        ...doc, fiscalYearStart: 1, peopleCosts: { overheadPercent: 0, recruitingFeePercent: 0 },
        hires: doc.hires?.map((h) => ({ ...h, existing: false })),
        capabilities: doc.capabilities?.map((c) => ({ ...c, needs: [] })),
        deadlines: [], uncertainty: { salaryPercent: 0, revenuePercent: 0, hiringSlip: [1], attritionPercent: 0 }
      }
      expect(validateScenario(twin).ok).toBe(true)
      expect(projectScenario(twin).quarters).toEqual(projectScenario(v1.scenario).quarters)
    }), { numRuns: 150 })
  })
})
