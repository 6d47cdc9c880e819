import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../core/defaultScenario'
import { moveTo, startEditing } from './editing'
import { recordEdit, undo } from './history'

describe('editing the open scenario', () => {
  it('keeps the last valid document and its analysis while the current one is invalid, and moves on once it is valid again', () => {
    const opened = startEditing(DEFAULT_SCENARIO)
    expect(opened.validation.ok).toBe(true)
    expect(opened.lastValid).toBe(DEFAULT_SCENARIO)
    expect(opened.analysis?.doc).toBe(DEFAULT_SCENARIO)

    const broken = moveTo(opened, recordEdit(opened.history, { ...DEFAULT_SCENARIO, quarters: 0 }, 'quarters', 0))
    expect(broken.validation.ok).toBe(false)
    expect(broken.lastValid).toBe(DEFAULT_SCENARIO)
    expect(broken.analysis).toBe(opened.analysis)

    const fixed = { ...DEFAULT_SCENARIO, name: 'Repaired' }
    const repaired = moveTo(broken, recordEdit(broken.history, fixed, 'quarters', 5000))
    expect(repaired.lastValid).toBe(fixed)
    expect(repaired.analysis?.doc).toBe(fixed)
    expect(repaired.analysis?.projection.quarters).toHaveLength(DEFAULT_SCENARIO.quarters)
  })

  it('has no valid document to show when the scenario opened invalid', () => {
    const opened = startEditing({ ...DEFAULT_SCENARIO, name: '' })
    expect(opened.validation.ok).toBe(false)
    expect(opened.lastValid).toBeNull()
    expect(opened.analysis).toBeNull()
  })

  it('returns the same state when nothing moved (undo with nothing to undo)', () => {
    const opened = startEditing(DEFAULT_SCENARIO)
    expect(moveTo(opened, undo(opened.history))).toBe(opened)
  })

  it('reuses the risk timelines when the capabilities did not change', () => {
    const opened = startEditing(DEFAULT_SCENARIO)
    const edited = moveTo(opened, recordEdit(opened.history, { ...DEFAULT_SCENARIO, salaryGrowthPercent: 7 }, 'salaryGrowthPercent', 0))
    expect(edited.analysis?.risks).toBe(opened.analysis?.risks)
  })
})
