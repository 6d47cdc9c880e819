// The hiring slip in plain words: named choices for the chances that a planned start slips by 0,
// 1, 2, … quarters, and the words for each position. The typical choice is the sample plan's, after
// ISACA's finding that experienced security roles commonly take 3–6 months to fill.
import { DEFAULT_SCENARIO } from '../../../../../core/defaultScenario'

export type SlipChoice = 'onTime' | 'typical' | 'custom'

/** The sample plan's slip: the one home of the "3–6 months to fill" reading. */
export const TYPICAL_SLIP: readonly number[] = DEFAULT_SCENARIO.uncertainty?.hiringSlip ?? [1]

/** "on time", "1 quarter late", "2 quarters late". */
export function slipPositionText(quartersLate: number): string {
  return quartersLate === 0 ? 'on time' : `${quartersLate} quarter${quartersLate === 1 ? '' : 's'} late`
}

/** "50% on time, 35% 1 quarter late, 15% 2 quarters late". */
export function slipText(slip: readonly number[]): string {
  return slip.map((p, i) => [p, i] as const).filter(([p]) => p > 0)
    .map(([p, i]) => `${percentOf(p)}% ${slipPositionText(i)}`).join(', ')
}

/** Which named choice a slip is (absent is on time, the format's default). */
export function slipChoice(slip: readonly number[] | undefined): SlipChoice {
  if (slip === undefined || (slip.length === 1 && slip[0] === 1)) return 'onTime'
  return slip.length === TYPICAL_SLIP.length && slip.every((p, i) => p === TYPICAL_SLIP[i]) ? 'typical' : 'custom'
}

export const SLIP_CHOICES: { value: SlipChoice; label: string }[] = [
  { value: 'onTime', label: 'Every planned hire starts in its quarter' },
  { value: 'typical', label: 'Roles take 3–6 months to fill (ISACA)' },
  { value: 'custom', label: 'Chances of my own' }
]

/** A probability as the percent a person types: 0.35 -> 35, without binary dust (0.1 + 0.2). */
export function percentOf(probability: number): number {
  return Math.round(probability * 1e8) / 1e6
}
