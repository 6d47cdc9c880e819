import { describe, expect, it } from 'vitest'
import { envelopeStatus } from './envelopeStatus'

describe('the budget envelope verdict', () => {
  it('counts the quarters over budget and turns red when an overrun is likely', () => {
    expect(envelopeStatus(2, 0.98)).toEqual({ text: '2 quarters over budget', tone: 'bad' })
    expect(envelopeStatus(1, 0.2)).toEqual({ text: '1 quarter over budget', tone: 'warn' })
  })

  it('warns about a plan that fits its envelope but will probably overrun', () => {
    expect(envelopeStatus(0, 0.6)).toEqual({ text: 'within budget as planned, 60% overrun risk', tone: 'warn' })
  })

  it('is green only when every quarter fits and the risk is low or not simulated yet', () => {
    expect(envelopeStatus(0, 0.1).tone).toBe('good')
    expect(envelopeStatus(0, null).tone).toBe('good')
  })
})
