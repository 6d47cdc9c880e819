import { describe, expect, it } from 'vitest'
import { validateScenario, type ValidationError } from '../../../core/scenario'
import { blankScenario } from './blankScenario'
import { explainOutsidePlan } from './outsidePlan'

const plan = { ...blankScenario('Shortened', new Date('2027-02-01')), quarters: 8 }
const errorsOf = (doc: unknown): ValidationError[] => {
  const result = validateScenario(doc)
  return result.ok ? [] : result.errors
}

describe('lines stranded after the plan', () => {
  it('names the stranded quarter and the plan\'s last quarter by their labels, counting from one', () => {
    // 12 quarters from 2027-Q1, shortened to 8: the milestone in the 12th quarter (index 11) is stranded.
    const errors = errorsOf(plan)
    expect(errors).toEqual([{ path: 'headcount[1].quarter', message: '11 is outside the 8-quarter horizon' },
      { path: 'revenue[1].quarter', message: '11 is outside the 8-quarter horizon' }])
    expect(explainOutsidePlan(plan, errors)).toEqual([
      { path: 'headcount[1].quarter', message: "2029-Q4 is after the plan's last quarter, 2028-Q4: choose a quarter in the plan, or lengthen the plan" },
      { path: 'revenue[1].quarter', message: "2029-Q4 is after the plan's last quarter, 2028-Q4: choose a quarter in the plan, or lengthen the plan" }
    ])
  })

  it('lets an end quarter sit right after the plan, and explains one beyond it', () => {
    const doc = { ...plan, headcount: [{ quarter: 0, value: 50 }], revenue: [{ quarter: 0, value: 1 }],
      hires: [{ role: 'security-engineer', count: 1, quarter: 0, annualCost: 1, endQuarter: 9 }] }
    const errors = errorsOf(doc)
    expect(errors).toEqual([{ path: 'hires[0].endQuarter', message: '9 is outside the 8-quarter horizon' }])
    expect(explainOutsidePlan(doc, errors)[0].message).toBe("2029-Q2 is after the plan's last quarter, 2028-Q4: choose a quarter in the plan, or lengthen the plan")
  })

  it('leaves every other message as the engine wrote it', () => {
    const errors = [
      { path: 'hires[0].quarter', message: '1.5 must be a whole number' },
      { path: 'name', message: 'must not be empty' }
    ]
    expect(explainOutsidePlan(plan, errors)).toEqual(errors)
    // With no usable horizon or start there is nothing to label by.
    const stranded = [{ path: 'headcount[1].quarter', message: '11 is outside the 0-quarter horizon' }]
    expect(explainOutsidePlan({ ...plan, quarters: 0 }, stranded)).toEqual(stranded)
    expect(explainOutsidePlan({ ...plan, start: '2027-Q9' }, stranded)).toEqual(stranded)
  })
})
