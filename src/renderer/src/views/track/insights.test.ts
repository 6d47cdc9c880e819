import { describe, expect, it } from 'vitest'
import { planVersusActual } from '../../../../core/actuals'
import { DEFAULT_SCENARIO } from '../../../../core/defaultScenario'
import { projectScenario } from '../../../../core/projection'
import { insightsFor } from './insights'

const projection = projectScenario(DEFAULT_SCENARIO)
const plannedAt = (q: number) => projection.quarters[q]

describe('track insights', () => {
  it('names overspent categories as concerns for the last recorded quarter', () => {
    const q = plannedAt(2)
    const rows = planVersusActual(DEFAULT_SCENARIO, [
      { quarter: 2, people: q.people * 1.5, tools: q.tools, programs: q.programs, hires: 3, capabilities: [], note: '' }
    ])
    const insights = insightsFor(rows, 'USD')!
    expect(insights.quarter).toBe(q.label)
    expect(insights.concerns.map((c) => c.measure)).toContain('People spend')
  })

  it('reports a category as most improved when its overspend shrank since the previous record', () => {
    const [a, b] = [plannedAt(1), plannedAt(2)]
    const rows = planVersusActual(DEFAULT_SCENARIO, [
      { quarter: 1, people: a.people, tools: a.tools * 2, programs: a.programs, hires: 2, capabilities: [], note: '' },
      { quarter: 2, people: b.people, tools: b.tools, programs: b.programs, hires: 1, capabilities: [], note: '' }
    ])
    expect(insightsFor(rows, 'USD')!.improved[0].measure).toBe('Tools spend')
  })

  it('counts people spend under plan while hires are behind plan as a concern, not an improvement', () => {
    // The first hire is a team of five, of whom one has started.
    const team = { ...DEFAULT_SCENARIO, hires: DEFAULT_SCENARIO.hires!.map((h, i) => (i === 0 ? { ...h, count: 5 } : h)) }
    const q = projectScenario(team).quarters[0]
    expect(q.securityFte).toBe(5)
    const rows = planVersusActual(team, [
      { quarter: 0, people: 70_000, tools: q.tools, programs: q.programs, hires: 1, capabilities: [], note: '' }
    ])
    const insights = insightsFor(rows, 'USD')!
    const people = insights.concerns.find((c) => c.measure === 'People spend')
    expect(people?.detail).toContain('because hiring is behind plan: 1 of 5 planned hires made')
    expect(insights.concerns.map((c) => c.measure)).toContain('Hiring')
    expect(insights.improved.map((c) => c.measure)).not.toContain('People spend')
    expect(insights.improved.map((c) => c.measure)).not.toContain('Total against budget')
  })

  it('still counts spending under plan as on or better than plan when the team is hired as planned', () => {
    const q = plannedAt(0)
    const rows = planVersusActual(DEFAULT_SCENARIO, [
      { quarter: 0, people: q.people * 0.9, tools: q.tools, programs: q.programs, hires: q.securityFte, capabilities: [], note: '' }
    ])
    const insights = insightsFor(rows, 'USD')!
    expect(insights.concerns.map((c) => c.measure)).not.toContain('People spend')
    expect(insights.improved.map((c) => c.measure)).toContain('People spend')
  })

  it('does not call a measure that is only on plan the most improved at the first check-in', () => {
    const q = plannedAt(0)
    const rows = planVersusActual(DEFAULT_SCENARIO, [
      { quarter: 0, people: q.people, tools: q.tools, programs: q.programs, hires: q.securityFte, capabilities: [], note: '' }
    ])
    expect(rows[0].maturityShortfall).toBe(0)
    const insights = insightsFor(rows, 'USD')!
    expect(insights.improved).toEqual([])
    expect(insights.comparedWith).toBeNull()
  })

  it('has nothing to say before any actuals are recorded', () => {
    expect(insightsFor(planVersusActual(DEFAULT_SCENARIO, []), 'USD')).toBeNull()
  })
})
