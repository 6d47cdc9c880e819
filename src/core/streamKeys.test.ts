import { describe, expect, it } from 'vitest'
import { toolStreamKeys } from './streamKeys'

const siem = { tool: 'siem', quarter: 0, low: 40_000, high: 200_000, point: 80_000 }

describe('stream keys', () => {
  it('names tool streams by tool and rank, not by position', () => {
    const cheap = { ...siem, high: 100_000 }
    expect(toolStreamKeys([siem, cheap])).toEqual(['siem#1', 'siem#0'])
    expect(toolStreamKeys([cheap, siem])).toEqual(['siem#0', 'siem#1'])
  })
})
