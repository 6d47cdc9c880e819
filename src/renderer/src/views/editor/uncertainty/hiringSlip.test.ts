import { describe, expect, it } from 'vitest'
import { percentOf, SLIP_CHOICES, slipChoice, slipPositionText, slipText, TYPICAL_SLIP } from './hiringSlip'

describe('the hiring slip in words', () => {
  it('names positions and chances', () => {
    expect([0, 1, 2].map(slipPositionText)).toEqual(['on time', '1 quarter late', '2 quarters late'])
    expect(slipText([0.5, 0.35, 0.15])).toBe('50% on time, 35% 1 quarter late, 15% 2 quarters late')
    expect(slipText([0, 0.5, 0.5])).toBe('50% 1 quarter late, 50% 2 quarters late')
    expect(percentOf(0.1 + 0.2)).toBe(30)
    expect(percentOf(0.125)).toBe(12.5)
  })

  it('recognises the named choices', () => {
    expect(TYPICAL_SLIP).toEqual([0.5, 0.35, 0.15])
    expect(slipChoice(undefined)).toBe('onTime')
    expect(slipChoice([1])).toBe('onTime')
    expect(slipChoice([0.5, 0.35, 0.15])).toBe('typical')
    expect(slipChoice([0.5, 0.5])).toBe('custom')
    expect(SLIP_CHOICES.map((c) => c.value)).toEqual(['onTime', 'typical', 'custom'])
  })
})
