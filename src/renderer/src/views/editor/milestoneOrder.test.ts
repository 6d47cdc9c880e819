import { describe, expect, it } from 'vitest'
import { quarterOrder, sortMilestones } from './milestoneOrder'

const m = (quarter: number, value: number) => ({ quarter, value })

describe('milestone order', () => {
  it('lists milestones by quarter, keeping the order of two in one quarter', () => {
    expect(quarterOrder([m(6, 500), m(0, 50), m(3, 200), m(0, 60)])).toEqual([1, 3, 2, 0])
    expect(quarterOrder([])).toEqual([])
  })

  it('sorts a series and follows the milestone that moved', () => {
    // The first milestone moved to quarter 9: it is now the last.
    expect(sortMilestones([m(9, 50), m(2, 170), m(6, 500)], 0)).toEqual({ list: [m(2, 170), m(6, 500), m(9, 50)], index: 2 })
    // A milestone added at the end for an early quarter goes to the front.
    expect(sortMilestones([m(2, 170), m(6, 500), m(1, 90)], 2)).toEqual({ list: [m(1, 90), m(2, 170), m(6, 500)], index: 0 })
    expect(sortMilestones([m(0, 1), m(4, 2)], 1)).toEqual({ list: [m(0, 1), m(4, 2)], index: 1 })
  })
})
