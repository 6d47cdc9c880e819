import { describe, expect, it } from 'vitest'
import { planVersusActual } from '../../../../core/actuals'
import { DEFAULT_SCENARIO } from '../../../../core/defaultScenario'
import { projectScenario } from '../../../../core/projection'
import { readVariance } from './variance'

// The first hire is a team of five.
const team = { ...DEFAULT_SCENARIO, hires: DEFAULT_SCENARIO.hires!.map((h, i) => (i === 0 ? { ...h, count: 5 } : h)) }
const planned = projectScenario(team).quarters[0]

function firstQuarter(people: number, hires: number) {
  return planVersusActual(team, [
    { quarter: 0, people, tools: planned.tools, programs: planned.programs, hires, capabilities: [], note: '' }
  ])[0]
}

describe('reading spend against plan and budget', () => {
  it('does not show money unspent because hires are behind plan as good news', () => {
    const reading = readVariance(firstQuarter(70_000, 1), 'plan', 'USD')!
    // Under plan: negative in the finance convention (over plan is +).
    expect(reading.text.startsWith('−')).toBe(true)
    expect(reading.tone).toBe('warn')
    expect(reading.reason).toBe('hiring behind plan: 1 of 5 planned hires made')
    expect(readVariance(firstQuarter(70_000, 1), 'budget', 'USD')!.tone).toBe('warn')
  })

  it('shows spending under plan with the team hired as planned as good', () => {
    const reading = readVariance(firstQuarter(planned.people * 0.9, 5), 'plan', 'USD')!
    expect(reading).toMatchObject({ tone: 'good', reason: null })
  })

  it('shows spending over plan as bad', () => {
    expect(readVariance(firstQuarter(planned.people * 1.5, 5), 'plan', 'USD')).toMatchObject({ tone: 'bad', reason: null })
  })

  it('shows a quarter spent exactly as planned as $0, with no sign', () => {
    expect(readVariance(firstQuarter(planned.people, 5), 'plan', 'USD')).toMatchObject({ text: '$0', tone: 'neutral' })
  })

  it('reads over plan as +, with its share of the plan, and under as −', () => {
    const over = firstQuarter(planned.people + 40_900, 5)
    expect(readVariance(over, 'plan', 'USD')).toEqual({
      text: '+$40.9K', percent: `+${((40_900 / planned.total) * 100).toFixed(1)}%`, tone: 'bad', reason: null
    })
    const under = firstQuarter(planned.people - 10_000, 5)
    expect(readVariance(under, 'plan', 'USD')).toMatchObject({ text: '−$10K', percent: `−${((10_000 / planned.total) * 100).toFixed(1)}%` })
    const budget = readVariance(over, 'budget', 'USD')!
    const overBudget = planned.total + 40_900 - planned.budget
    expect(budget.percent).toBe(`${overBudget > 0 ? '+' : '−'}${Math.abs((overBudget / planned.budget) * 100).toFixed(1)}%`)
  })

  it('gives no percentage against a zero plan', () => {
    const row = firstQuarter(planned.people, 5)
    const zeroPlan = { ...row, planned: { people: 0, tools: 0, programs: 0, total: 0 }, actual: { people: 1000, tools: 0, programs: 0, total: 1000 } }
    expect(readVariance(zeroPlan, 'plan', 'USD')).toEqual({ text: '+$1K', percent: 'n/a', tone: 'bad', reason: null })
    expect(readVariance({ ...zeroPlan, actual: { people: 0, tools: 0, programs: 0, total: 0 } }, 'plan', 'USD'))
      .toEqual({ text: '$0', percent: 'n/a', tone: 'neutral', reason: null })
  })

  it('has nothing to read for a quarter without actuals', () => {
    expect(readVariance(planVersusActual(team, [])[0], 'plan', 'USD')).toBeNull()
  })
})
