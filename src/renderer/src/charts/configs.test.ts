import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../core/defaultScenario'
import { sensitivity } from '../../../core/sensitivity'
import { settingsPair, tornadoConfig, tornadoLabel, wrapWords } from './configs'

describe('tornado labels', () => {
  it('wraps a long driver name over two lines instead of cutting it', () => {
    expect(wrapWords('AI security platform cost range', 26, 2)).toEqual(['AI security platform cost', 'range'])
  })

  it('ends the last line in an ellipsis only when words are left over', () => {
    expect(wrapWords('one two three four five six', 9, 2)).toEqual(['one two', 'three…'])
    expect(wrapWords('Supercalifragilistic', 10, 2)).toEqual(['Supercali…'])
    expect(wrapWords('CISO pay', 26, 2)).toEqual(['CISO pay'])
  })

  it('says settings that start alike once', () => {
    expect(settingsPair('one quarter later', 'one quarter earlier')).toBe('one quarter later / earlier')
    expect(settingsPair('$100K', '$500K')).toBe('$100K / $500K')
    expect(settingsPair('-20%', '+20%')).toBe('-20% / +20%')
  })

  it('puts each driver\'s low and high setting under its name on the axis', () => {
    const result = sensitivity(DEFAULT_SCENARIO)
    const labels = tornadoConfig(result, 'USD').data.labels as string[][]
    const timing = result.drivers.findIndex((d) => d.id === 'hiringTiming')
    expect(timing).toBeGreaterThanOrEqual(0)
    expect(labels[timing]).toEqual(['Hiring timing', 'one quarter later / earlier'])
    for (const [i, label] of labels.entries()) {
      const driver = result.drivers[i]
      expect(label.at(-1)).toBe(settingsPair(driver.lowSetting, driver.highSetting))
      expect(label.slice(0, -1).join(' ').replace('…', '')).toSatisfy((name: string) => driver.label.startsWith(name.trimEnd()))
    }
    expect(tornadoLabel({ label: 'AI security platform cost range', lowSetting: '$100K', highSetting: '$500K' }))
      .toEqual(['AI security platform cost range', '$100K / $500K'])
    expect(tornadoLabel({ label: 'Senior security engineer (AI experience) pay', lowSetting: '-20%', highSetting: '+20%' }))
      .toEqual(['Senior security engineer (AI', 'experience) pay', '-20% / +20%'])
  })
})
