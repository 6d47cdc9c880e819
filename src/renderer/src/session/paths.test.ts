import { describe, expect, it } from 'vitest'
import { documentPath, parsePath, setAt } from './paths'

describe('field paths', () => {
  it('parses the paths the validator reports', () => {
    expect(parsePath('hires[2].quarter')).toEqual(['hires', 2, 'quarter'])
    expect(parsePath('budget.percent.growth')).toEqual(['budget', 'percent', 'growth'])
  })

  it('reads and writes a nested value without touching the original', () => {
    const doc = { hires: [{ count: 1 }, { count: 2 }] }
    const next = setAt(doc, 'hires[1].count', 5)
    expect(next.hires[1].count).toBe(5)
    expect(doc.hires[1].count).toBe(2)
    expect(next.hires[0]).toBe(doc.hires[0])
  })

  it('removes a key when the value is undefined', () => {
    expect(setAt({ budget: { fixedPercent: 3, mode: 'fixed' } }, 'budget.fixedPercent', undefined))
      .toEqual({ budget: { mode: 'fixed' } })
  })

  it('strips the document prefix of IPC errors', () => {
    expect(documentPath('document.hires[0].count')).toBe('hires[0].count')
    expect(documentPath('id')).toBe('id')
  })
})
