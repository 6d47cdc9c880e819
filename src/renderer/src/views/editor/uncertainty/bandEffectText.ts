// What one uncertainty setting does to the band, in a sentence: the P10–P90 of spend over the
// plan with the setting and without it, and the worst fiscal year's chance of going over budget.
import { formatMoneyCompact } from '../../../../../core/format'
import type { BandEffects, BandFigures, UncertaintySource } from '../../../compute/bandEffects'
import { chanceText, moneyRangeText } from '../../../components/simulatedText'

function spendText(figures: BandFigures, currency: string): string {
  return `${moneyRangeText(figures, currency)} (${formatMoneyCompact(figures.p90 - figures.p10, currency)} wide)`
}

function overrunText(figures: BandFigures): string {
  return figures.worstYear === null ? 'n/a' : `${chanceText(figures.worstYear.overrunProbability)} (${figures.worstYear.label})`
}

/**
 * "Spend over the plan, P10–P90: $41.2M–$45.9M ($4.7M wide) with it, $42M–$44.1M ($2.1M wide)
 * without it. Worst fiscal year's chance of going over budget: 12% (FY2029) with it, 3% (FY2029)
 * without it." A setting that is off adds nothing; one that leaves spend alone (revenue, which
 * moves a percent-of-revenue budget) says so.
 */
export function bandEffectText(effects: BandEffects, source: UncertaintySource, currency: string): string {
  const without = effects.without[source]
  if (!without) return 'Off: it adds nothing to the band.'
  const withIt = effects.current
  const sameSpend = withIt.p10 === without.p10 && withIt.p90 === without.p90
  const spend = sameSpend
    ? `It does not move spend (over the plan, P10–P90: ${spendText(withIt, currency)}).`
    : `Spend over the plan, P10–P90: ${spendText(withIt, currency)} with it, ${spendText(without, currency)} without it.`
  const overrun = `Worst fiscal year's chance of going over budget: ${overrunText(withIt)} with it, ${overrunText(without)} without it.`
  return `${spend} ${overrun}`
}
