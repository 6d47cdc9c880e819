import { describe, expect, it } from 'vitest'
import { headerFooterText, truncate, xmlText } from './text'

describe('text for the package', () => {
  it('escapes XML and drops characters XML cannot carry', () => {
    expect(xmlText('a & b < "c" > \'d\'')).toBe('a &amp; b &lt; &quot;c&quot; &gt; &apos;d&apos;')
    expect(xmlText('bell\u0007 and \uD800 lone surrogate, emoji 🛡 kept')).toBe('bell and  lone surrogate, emoji 🛡 kept')
    expect(xmlText('tab\tnew\nline')).toBe('tab\tnew\nline')
  })

  it('shortens by whole characters', () => {
    expect(truncate('short', 10)).toBe('short')
    expect(truncate('🛡🛡🛡🛡', 3)).toBe('🛡🛡…')
  })

  it('doubles ampersands in print headers so user text cannot start a control code', () => {
    expect(headerFooterText('R&D &P &"Arial,Bold"')).toBe('R&&D &&P &&"Arial,Bold"')
  })

  it('keeps print headers within Excel\'s length limit and on one line', () => {
    expect(Array.from(headerFooterText('x'.repeat(200))).length).toBe(60)
    expect(headerFooterText('two\nlines')).toBe('two lines')
  })
})
