import { describe, expect, it } from 'vitest'
import type { ScenarioSummary } from '../../../shared'
import { memoryStorage } from '../testing/memoryStorage'
import { compareStart, rememberWhatIf, whatIfOrigin } from './whatIfs'

const listed = (...ids: number[]): ScenarioSummary[] =>
  ids.map((id) => ({ id, name: `Plan ${id}`, revision: 1, updatedAt: '2026-03-01T09:00:00.000Z' }))

describe('what-ifs and Compare', () => {
  it('remembers which scenario a what-if was copied from', () => {
    const storage = memoryStorage()
    expect(whatIfOrigin(storage, 5)).toBeNull()
    rememberWhatIf(storage, 5, 2)
    expect(whatIfOrigin(storage, 5)).toBe(2)
    expect(whatIfOrigin(storage, 2)).toBeNull()
  })

  it('ignores what is not a scenario id', () => {
    const storage = memoryStorage()
    storage.setItem('rampart.whatIfOf.5', 'banana')
    storage.setItem('rampart.whatIfOf.6', '0')
    expect([whatIfOrigin(storage, 5), whatIfOrigin(storage, 6)]).toEqual([null, null])
  })

  it('starts Compare on the original as base, with the open what-if beside it', () => {
    const storage = memoryStorage()
    rememberWhatIf(storage, 3, 1)
    expect(compareStart(listed(1, 2, 3), 3, storage)).toEqual({ baseId: 1, others: [3] })
  })

  it('starts on the open scenario (or the first) beside the next one when there is no original to go back to', () => {
    const storage = memoryStorage()
    expect(compareStart(listed(1, 2, 3), 2, storage)).toEqual({ baseId: 2, others: [1] })
    expect(compareStart(listed(1, 2, 3), null, storage)).toEqual({ baseId: 1, others: [2] })
    expect(compareStart([], null, storage)).toEqual({ baseId: null, others: [] })
    // The original went to the bin: the what-if is the base.
    rememberWhatIf(storage, 3, 9)
    expect(compareStart(listed(1, 2, 3), 3, storage)).toEqual({ baseId: 3, others: [1] })
  })
})
