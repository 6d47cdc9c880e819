import { describe, expect, it } from 'vitest'
import { SeatDepartures } from './seatDepartures'

describe('seat departures', () => {
  // 40% a year: a filled seat empties in each quarter with probability 0.1.
  const p = 0.1
  const slip = [0.2, 0.5, 0.3]
  const departures = new SeatDepartures(p, slip, 8)
  const probabilityOf = (pair: number) =>
    (pair + 1 < departures.waits.length ? departures.pairs.probabilityBelow(pair + 1) : 1) -
    (pair === 0 ? 0 : departures.pairs.probabilityBelow(pair))

  it('give each wait and refill slip together, with the product of their probabilities', () => {
    // Waits of 1 to 44 quarters are listed (0.9^44 < 1%), then the tail.
    expect(departures.cap).toBe(44)
    expect(departures.tail).toBe(44 * slip.length)
    for (let pair = 0; pair < departures.tail; pair++) {
      const wait = Math.floor(pair / slip.length) + 1
      const refillSlip = pair % slip.length
      expect([departures.waits[pair], departures.slips[pair]]).toEqual([wait, refillSlip])
      expect(probabilityOf(pair)).toBeCloseTo(p * (1 - p) ** (wait - 1) * slip[refillSlip], 12)
    }
    expect(probabilityOf(departures.tail)).toBeCloseTo((1 - p) ** 44, 12)
  })

  it('say when a seat with r quarters to go stays to the end: u ≥ P(wait < r)', () => {
    expect(departures.staysBelow(0)).toBe(0)
    expect(departures.staysBelow(1)).toBe(0)
    // A seat whose clock has been moved past its end (after a wait beyond the table) stays.
    expect(departures.staysBelow(-3)).toBe(0)
    for (let r = 2; r <= 8; r++) expect(departures.staysBelow(r)).toBeCloseTo(1 - (1 - p) ** (r - 1), 12)
  })

  it('list at least the plan\'s quarters of waits, and at most 4,096 when seats hardly ever empty', () => {
    // 60% a year empties 15% a quarter: 29 quarters reach the 1% tail, but a plan of 80 needs 80.
    expect(new SeatDepartures(0.15, [1], 80).cap).toBe(80)
    expect(new SeatDepartures(0.0001, [1], 80).cap).toBe(4096)
  })
})
