import { describe, expect, it } from 'vitest'
import { COALESCE_MS, recordEdit, redo, startHistory, undo } from './history'

describe('editing history', () => {
  it('undoes and redoes edits in order', () => {
    let h = startHistory('a')
    h = recordEdit(h, 'b', 'name', 0)
    h = recordEdit(h, 'c', 'other', 10)
    h = undo(h)
    expect(h.present).toBe('b')
    h = undo(h)
    expect(h.present).toBe('a')
    h = redo(h)
    expect(h.present).toBe('b')
  })

  it('merges quick keystrokes in one field into one undo step', () => {
    let h = startHistory('1')
    h = recordEdit(h, '12', 'count', 0)
    h = recordEdit(h, '123', 'count', COALESCE_MS - 1)
    expect(undo(h).present).toBe('1')
  })

  it('keeps separate steps for slow edits of one field', () => {
    let h = startHistory('1')
    h = recordEdit(h, '12', 'count', 0)
    h = recordEdit(h, '123', 'count', COALESCE_MS + 1)
    expect(undo(h).present).toBe('12')
  })

  it('drops the redo steps when a new edit is made after undo', () => {
    let h = startHistory('a')
    h = recordEdit(h, 'b', 'x', 0)
    h = undo(h)
    h = recordEdit(h, 'c', 'x', 5000)
    expect(h.future).toEqual([])
    expect(redo(h).present).toBe('c')
  })
})
