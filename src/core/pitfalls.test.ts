import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { CAPABILITIES } from './catalog'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { cashTimingNotes, findPitfalls, type PitfallKind } from './pitfalls'
import { projectScenario } from './projection'
import type { ScenarioDoc } from './scenario'

const pitfallsOf = (doc: ScenarioDoc) => findPitfalls(doc, projectScenario(doc))
const ofKind = (doc: ScenarioDoc, kind: PitfallKind) => pitfallsOf(doc).filter((p) => p.kind === kind)

describe('pitfalls', () => {
  it('judges a budget overrun per fiscal year, with the year\'s numbers', () => {
    const doc = minimalScenario({
      quarters: 6,
      revenue: [{ quarter: 0, value: 4_000_000 }],
      budget: { mode: 'fixed', fixedPercent: 4 },
      hires: [{ role: 'ciso', count: 1, quarter: 1, annualCost: 200_000, endQuarter: 4 }],
      programs: [{ name: 'Audit', quarter: 2, amount: 30_000, recurrence: 'once' }]
    })
    const [overrun, ...others] = ofKind(doc, 'budgetOverrun')
    expect(others).toEqual([])
    // FY2026: 0 + 50,000 + 80,000 + 50,000 against 4 x 40,000; FY2027 (two quarters) spends nothing.
    expect(overrun).toMatchObject({ fromQuarter: 0, toQuarter: 3, quarters: 'FY2026: 2026-Q1 – 2026-Q4', severity: 'critical' })
    expect(overrun.detail).toBe('FY2026: planned $180,000 against a budget of $160,000 (113%)')
  })

  it('reports quarters over budget inside a fiscal year that holds as cash timing, not as a warning', () => {
    const doc = minimalScenario({
      quarters: 8, fiscalYearStart: 2,
      revenue: [{ quarter: 0, value: 4_000_000 }],
      budget: { mode: 'fixed', fixedPercent: 4 },
      programs: [{ name: 'Annual audit', quarter: 2, amount: 100_000, recurrence: 'annual' }]
    })
    // 2026-Q1 is FY2026 (partial); 2026-Q2 … 2027-Q1 is FY2027 (160,000 budget, 100,000 spent).
    expect(ofKind(doc, 'budgetOverrun')).toEqual([])
    const notes = cashTimingNotes(projectScenario(doc))
    expect(notes).toEqual([expect.objectContaining({
      kind: 'cashTiming', severity: 'info', fromQuarter: 2, toQuarter: 2, quarters: '2026-Q3',
      detail: '2026-Q3: planned $100,000 against a quarterly budget of $40,000; FY2027 as a whole uses 63% of its budget'
    }), expect.objectContaining({ fromQuarter: 6, quarters: '2027-Q3' })])
  })

  it('treats any spend against a zero budget as critical', () => {
    const doc = minimalScenario({ quarters: 2, revenue: [{ quarter: 0, value: 0 }],
      programs: [{ name: 'Audit', quarter: 0, amount: 100, recurrence: 'once' }] })
    expect(ofKind(doc, 'budgetOverrun')[0]).toMatchObject({ severity: 'critical', field: 'budget', toQuarter: 1, quarters: 'FY2026 (2 of 4 quarters): 2026-Q1 – 2026-Q2' })
  })

  it('warns about a missed deadline, critical when hard, naming what is missing', () => {
    const doc = minimalScenario({
      capabilities: [{ id: 'documented-policies', quarter: 1 }, { id: 'soc2-iso27001', quarter: 5 }],
      deadlines: [
        { name: 'SOC 2 report', quarter: 4, capabilities: ['documented-policies', 'soc2-iso27001', 'internal-audits'], hard: true },
        { name: 'Policies', quarter: 2, capabilities: ['documented-policies'] },
        { name: 'Audit season', quarter: 6, capabilities: ['internal-audits'] }
      ]
    })
    expect(ofKind(doc, 'deadlineMissed').map((p) => [p.severity, p.field, p.quarters, p.detail])).toEqual([
      ['critical', 'deadlines[0]', '2027-Q1', 'SOC 2 report (2027-Q1): not in place by then: SOC 2 / ISO 27001 certification, Internal audits'],
      ['warning', 'deadlines[2]', '2027-Q3', 'Audit season (2027-Q3): not in place by then: Internal audits']
    ])
  })

  it('flags a capability planned before its prerequisite, linking to the capability', () => {
    const doc = minimalScenario({
      capabilities: [{ id: 'ai-risk-assessment', quarter: 3 }, { id: 'ai-threat-modelling', quarter: 1 }]
    })
    const [warning] = ofKind(doc, 'scalingTooQuickly')
    expect(warning.field).toBe('capabilities[1].quarter')
    expect(warning.detail).toContain('before its prerequisite AI risk assessment and asset inventory (2026-Q4)')
  })

  it('flags a later-phase capability that lands before the earlier phase is mostly in place', () => {
    const doc = minimalScenario({ capabilities: [{ id: 'zero-trust-identity', quarter: 0 }] })
    expect(ofKind(doc, 'scalingTooQuickly').map((p) => p.detail))
      .toContain('Zero-trust identity (RBAC, just-in-time access, service identity) (Optimization) lands when only 0% of Growth is in place')
  })

  it('flags a tool capability planned before its tool is bought, or with no tool at all', () => {
    const doc = minimalScenario({
      tools: [{ tool: 'siem', quarter: 4, low: 50_000, high: 50_000 }],
      capabilities: [{ id: 'siem', quarter: 2 }, { id: 'edr', quarter: 3 }, { id: 'data-governance', quarter: 0 }]
    })
    expect(ofKind(doc, 'capabilityBeforeTool').map((p) => [p.field, p.detail])).toEqual([
      ['capabilities[0].quarter', 'SIEM is planned for 2026-Q3 but the SIEM is bought in 2027-Q1'],
      ['capabilities[1].quarter', 'EDR is planned for 2026-Q4 but no EDR is bought']
    ])
  })

  it('flags a security team far below the FTE per 100 employees the hiring rules aim for', () => {
    const doc = minimalScenario({
      quarters: 3,
      headcount: [{ quarter: 0, value: 40 }, { quarter: 1, value: 400 }, { quarter: 2, value: 1000 }],
      hires: [{ role: 'security-engineer', count: 2, quarter: 0, annualCost: 200_000 }]
    })
    const [warning] = ofKind(doc, 'understaffed')
    // Ad Hoc at 40 people is not flagged; 2 FTE for 400 (target 1.5 per 100 = 6) is too few.
    expect(warning).toMatchObject({ fromQuarter: 1, toQuarter: 2, severity: 'warning', field: 'hires' })
    expect(warning.detail).toBe('2026-Q3: 2 security FTE for 1,000 employees (0.20 per 100, against 1.25 per 100 for Optimization)')
    const nobody = minimalScenario({ headcount: [{ quarter: 0, value: 60 }] })
    expect(ofKind(nobody, 'understaffed')[0].severity).toBe('critical')
  })

  it('flags tools far ahead of people', () => {
    const doc = minimalScenario({
      hires: [{ role: 'security-engineer', count: 1, quarter: 0, annualCost: 100_000 }],
      tools: [{ tool: 'ai-security-platform', quarter: 2, low: 400_000, high: 400_000 }]
    })
    const [warning] = ofKind(doc, 'technologyOverStrategy')
    expect(warning).toMatchObject({ fromQuarter: 2, toQuarter: 7, field: 'tools' })
  })

  it('flags governance far ahead of technical capabilities', () => {
    const governance = CAPABILITIES.filter((c) => c.domain === 'governance').map((c) => ({ id: c.id, quarter: 4 }))
    expect(ofKind(minimalScenario({ capabilities: governance }), 'complianceOverSecurity')[0])
      .toMatchObject({ fromQuarter: 4, toQuarter: 7 })
  })

  it('flags an organisation outgrowing its security, critical from two phases behind', () => {
    const doc = minimalScenario({ headcount: [{ quarter: 0, value: 60 }, { quarter: 4, value: 300 }] })
    const warnings = ofKind(doc, 'outgrowingSecurity')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].severity).toBe('critical')
    expect(warnings[0].detail).toBe('2026-Q4: 240 employees put the company in Growth, security maturity is Ad Hoc (gap 2)')
  })

  it('warns about a budget percent outside 2–8% without refusing it', () => {
    const low = ofKind(minimalScenario({ budget: { mode: 'fixed', fixedPercent: 1 } }), 'budgetOutsideBand')
    expect(low[0]).toMatchObject({ field: 'budget.fixedPercent' })
    expect(ofKind(minimalScenario({ budget: { mode: 'byPhase', percent: { growth: 9 } } }), 'budgetOutsideBand')[0])
      .toMatchObject({ field: 'budget.percent.growth' })
    expect(ofKind(minimalScenario(), 'budgetOutsideBand')).toEqual([])
  })

  it('lists the default scenario\'s warnings in quarter order', () => {
    const pitfalls = pitfallsOf(DEFAULT_SCENARIO)
    expect(pitfalls.map((p) => p.fromQuarter)).toEqual([...pitfalls.map((p) => p.fromQuarter)].sort((a, b) => a - b))
  })
})
