import { describe, expect, it } from 'vitest'
import { wrappedLineCount } from './layout'

describe('wrapping text to estimate row heights', () => {
  it('breaks lines between words, not inside them', () => {
    expect(wrappedLineCount('short', 10)).toBe(1)
    expect(wrappedLineCount('aaaa bbbb', 9)).toBe(1)
    expect(wrappedLineCount('aaaa bbbbb', 9)).toBe(2)
    expect(wrappedLineCount('aaa bbb ccc ddd', 7)).toBe(2)
  })

  it('breaks a word longer than a line, and starts a line at each newline', () => {
    expect(wrappedLineCount('x'.repeat(25), 10)).toBe(3)
    expect(wrappedLineCount('ab\ncd', 10)).toBe(2)
  })
})
