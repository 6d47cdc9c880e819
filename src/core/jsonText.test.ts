import { describe, expect, it } from 'vitest'
import { parseJsonText } from './jsonText'

describe('parseJsonText', () => {
  it('reads text that starts with a UTF-8 byte-order mark, as Windows editors save it', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } })
  })

  it('keeps a byte-order mark inside the text, where it is data', () => {
    expect(parseJsonText('"\uFEFFa"')).toEqual({ ok: true, value: '\uFEFFa' })
  })

  it('names the line and column of a syntax error, counted after the byte-order mark', () => {
    const result = parseJsonText('\uFEFF{\n  "a": 1\n  "b": 2\n}')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.path).toBe('(root)')
      expect(result.error.message).toMatch(/^not valid JSON: .* \(line 3, column 3\)$/)
    }
  })
})
