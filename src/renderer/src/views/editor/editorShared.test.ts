import { describe, expect, it } from 'vitest'
import { EDITOR_TABS, tabOf } from './editorShared'

describe('the editor tab of a field', () => {
  it('opens the Uncertainty tab for every uncertainty field, and each tab once', () => {
    expect(['uncertainty', 'uncertainty.salaryPercent', 'uncertainty.hiringSlip[3]'].map(tabOf)).toEqual(['uncertainty', 'uncertainty', 'uncertainty'])
    expect(['deadlines[0].name', 'peopleCosts.overheadPercent', 'tools[2].low'].map(tabOf)).toEqual(['capabilities', 'hiring', 'tools'])
    expect(new Set(EDITOR_TABS.map((t) => t.id)).size).toBe(EDITOR_TABS.length)
  })
})
