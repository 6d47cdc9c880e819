// The simulation's results in words, the same in the command line, the window and the board pack:
// what a band is uncertain about, and a phase date as a range ("2028-Q2, 90% by 2028-Q4").
import { formatRatioAsPercent } from './format'
import type { PhaseDateUncertainty, UncertaintySources } from './simulation'

const SOURCE_WORDS: Record<keyof UncertaintySources, string> = {
  toolPrices: 'tool prices',
  pay: 'pay',
  hiringDates: 'hiring dates',
  attrition: 'attrition',
  revenue: 'revenue growth'
}

/** "tool prices, pay and hiring dates", or "nothing" when the plan has no uncertainty at all. */
export function uncertaintySourcesText(sources: UncertaintySources): string {
  const words = (Object.keys(SOURCE_WORDS) as (keyof UncertaintySources)[])
    .filter((key) => sources[key]).map((key) => SOURCE_WORDS[key])
  if (words.length === 0) return 'nothing'
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/**
 * When a phase is reached: "2028-Q2" when every sample agrees, "2028-Q2, 90% by 2028-Q4", "2028-Q2,
 * 72% within the plan" when the P90 falls beyond it, "beyond the plan (23% within it)", or "not
 * within the plan".
 */
export function phaseDateText(phase: Pick<PhaseDateUncertainty, 'p50' | 'p90' | 'reachedProbability'>): string {
  const within = formatRatioAsPercent(phase.reachedProbability, 0)
  if (phase.p50 === null) return phase.reachedProbability > 0 ? `beyond the plan (${within} within it)` : 'not within the plan'
  if (phase.p90 === null) return `${phase.p50}, ${within} within the plan`
  return phase.p90 === phase.p50 ? phase.p50 : `${phase.p50}, 90% by ${phase.p90}`
}
