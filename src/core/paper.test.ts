import { describe, expect, it } from 'vitest'
import { isPaper, paperForLocale } from './paper'

describe('paper from the locale', () => {
  it('is US Letter in the Americas that use it and A4 elsewhere', () => {
    for (const locale of ['en-US', 'en_US.UTF-8', 'es-MX', 'fr-CA', 'fr_CA', 'en-PH', 'es-419-x', 'zh-Hant-US']) {
      expect(paperForLocale(locale), locale).toBe(locale === 'es-419-x' ? 'a4' : 'letter')
    }
    for (const locale of ['en-GB', 'de_DE.UTF-8', 'fr-FR', 'ja-JP', 'pt-BR', 'en', 'C', 'POSIX', '', 'C.UTF-8']) {
      expect(paperForLocale(locale), locale).toBe('a4')
    }
  })

  it('accepts only the two papers by name', () => {
    expect(['a4', 'letter', 'A4', 'legal'].map(isPaper)).toEqual([true, true, false, false])
  })
})
