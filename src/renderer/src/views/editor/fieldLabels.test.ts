import { describe, expect, it } from 'vitest'
import { fieldLabel, isMoneyField } from './fieldLabels'

describe('field labels', () => {
  it('names a field of a list row by its row number and field', () => {
    expect(fieldLabel('hires[1].annualCost')).toBe('Hire 2 · annual cost')
    expect(fieldLabel('tools[0].perEmployee')).toBe('Tool 1 · per employee')
    expect(fieldLabel('revenue[2].value')).toBe('Revenue milestone 3 · annual run-rate')
  })

  it('names whole rows, lists and plan-level fields', () => {
    expect(fieldLabel('programs[3]')).toBe('Program 4')
    expect(fieldLabel('capabilities')).toBe('Capabilities')
    expect(fieldLabel('start')).toBe('First quarter')
  })

  it('names budget and phase-threshold fields with the phase', () => {
    expect(fieldLabel('budget.percent.growth')).toBe('Budget · Growth percent')
    expect(fieldLabel('budget.minimumAnnual')).toBe('Budget · annual minimum')
    expect(fieldLabel('phaseThresholds.worldclass')).toBe('Phase threshold · World-Class')
  })

  it('names uncertainty fields in plain words, each slip chance by its quarter', () => {
    expect(fieldLabel('uncertainty')).toBe('Uncertainty')
    expect(fieldLabel('uncertainty.salaryPercent')).toBe('Uncertainty · pay spread')
    expect(fieldLabel('uncertainty.hiringSlip')).toBe('Uncertainty · time to fill a role')
    expect(fieldLabel('uncertainty.hiringSlip[1]')).toBe('Uncertainty · chance a start is 1 quarter late')
    expect(fieldLabel('uncertainty.samples')).toBe('uncertainty.samples')
  })

  it('falls back to the path for anything it does not know', () => {
    expect(fieldLabel('hires[0].bonus')).toBe('hires[0].bonus')
    expect(fieldLabel('(root)')).toBe('(root)')
  })
})

describe('field labels of warning links', () => {
  it('names the fields any kind of warning points at, including kinds added later', () => {
    expect(fieldLabel('capabilities[3].quarter')).toBe('Capability 4 · quarter in place')
    expect(fieldLabel('hires')).toBe('Hiring plan')
    expect(fieldLabel('budget.fixedPercent')).toBe('Budget · fixed percent')
    expect(fieldLabel('somethingNew[2].detail')).toBe('somethingNew[2].detail')
  })
})

describe('field labels of the check-in and the version 2 fields', () => {
  it('names the check-in\'s fields as its form does, and the people costs and approved amounts', () => {
    expect(fieldLabel('actual.people')).toBe('People spend')
    expect(fieldLabel('actual.hires')).toBe('Hires this quarter')
    expect(fieldLabel('peopleCosts.recruitingFeePercent')).toBe('Recruiting fee')
    expect(fieldLabel('budget.amounts[1].amount')).toBe('Budget · approved amount 2')
    expect(fieldLabel('deadlines[0].quarter')).toBe('Deadline 1 · quarter')
  })
})

describe('money fields', () => {
  it('knows amounts of money from counts, percents and lists', () => {
    expect(['hires[0].annualCost', 'tools[1].perEmployee', 'programs[0].amount', 'revenue[2].value', 'budget.minimumAnnual',
      'budget.amounts[0].amount', 'actual.people', 'actual.programs'].filter(isMoneyField)).toHaveLength(8)
    expect(['headcount[0].value', 'hires[0].count', 'budget.fixedPercent', 'tools', 'programs', 'actual.hires', 'quarters', 'not a [path']
      .filter(isMoneyField)).toEqual([])
  })
})
