// The simulation's figures in words for the window (the dashboard, the editor and Compare say
// them the same way). The engine's own wording (what a band covers, a phase date as a range)
// comes from core; this adds what only the window needs.
import { phaseName } from '../../../core/catalog'
import { formatMoneyCompact, formatRatioAsPercent } from '../../../core/format'
import type { DeadlineUncertainty, PhaseDateUncertainty, Spread, UncertaintySources } from '../../../core/simulation'
import { phaseDateText, uncertaintySourcesText } from '../../../core/uncertaintyText'

/**
 * A probability as a whole percent that never claims certainty it lacks: "100%" and "0%" only
 * when every sample agrees, "over 99%" and "under 1%" when they nearly do.
 */
export function chanceText(probability: number): string {
  if (probability >= 1) return '100%'
  if (probability <= 0) return '0%'
  if (probability >= 0.995) return 'over 99%'
  if (probability < 0.005) return 'under 1%'
  return formatRatioAsPercent(probability, 0)
}

/** "P10–P90 band: tool prices, pay and hiring dates", or that nothing in the plan is uncertain. */
export function bandCoversText(sources: UncertaintySources): string {
  const covered = uncertaintySourcesText(sources)
  return covered === 'nothing' ? 'P10–P90 band: nothing in this plan is uncertain, so it is the plan itself' : `P10–P90 band: ${covered}`
}

/**
 * "2028-Q2, 90% by 2028-Q4", with the chance of reaching the phase within the plan when some
 * samples never do and the range does not already say so.
 */
export function phaseWhenText(phase: PhaseDateUncertainty): string {
  const text = phaseDateText(phase)
  return phase.p90 !== null && phase.reachedProbability < 1 ? `${text} (${chanceText(phase.reachedProbability)} within the plan)` : text
}

/** "Growth: 2028-Q2, 90% by 2028-Q4". */
export function phaseRangeText(phase: PhaseDateUncertainty): string {
  return `${phaseName(phase.phase)}: ${phaseWhenText(phase)}`
}

/** "SOC 2 Type II report, 2028-Q4 (hard): 87% chance of being met". */
export function deadlineChanceText(deadline: DeadlineUncertainty): string {
  return `${deadline.name}, ${deadline.label}${deadline.hard ? ' (hard)' : ''}: ${chanceText(deadline.metProbability)} chance of being met`
}

/** Whole people: "4–6" for P10–P90, or "5" when they agree. */
export function fteRangeText(fte: Pick<Spread, 'p10' | 'p90'>): string {
  return fte.p10 === fte.p90 ? String(fte.p10) : `${fte.p10}–${fte.p90}`
}

/** "$41.2M–$45.9M", or one amount when P10 and P90 round to the same. */
export function moneyRangeText(spread: Pick<Spread, 'p10' | 'p90'>, currency: string): string {
  const low = formatMoneyCompact(spread.p10, currency)
  const high = formatMoneyCompact(spread.p90, currency)
  return low === high ? low : `${low}–${high}`
}

/**
 * A difference of probabilities in percentage points, for a Delta (which adds the sign): "14 pts",
 * and a change under half a point as itself ("0.4 pts"), never as a signed "0 pts".
 */
export function pointsText(difference: number): string {
  const points = Math.abs(difference) * 100
  const shown = points >= 0.5 ? Math.round(points) : Number(points.toPrecision(1))
  return `${shown} ${shown === 1 ? 'pt' : 'pts'}`
}
