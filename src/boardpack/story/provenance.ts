// Where each kind of number in the exports comes from, in the three words the product uses:
// `reference` (the blueprint or a cited survey), `derived` (Rampart's own computation or reading
// of a reference) and `illustrative` (a placeholder to replace with a quote). Tables and slides
// carry one of these lines, so no figure reaches a board without its origin.
import type { ScenarioDoc, UncertaintySources } from '../../core'
import { uncertaintySourcesText } from '../../core/uncertaintyText'
import { catalogPayOf, catalogRangeOf } from './catalogUse'

/** Which catalog placeholders a plan still uses unchanged. */
function illustrativeInputs(doc: ScenarioDoc): { salaries: number; toolRanges: number } {
  return {
    salaries: (doc.hires ?? []).filter((h) => catalogPayOf(h)?.source === 'illustrative').length,
    toolRanges: (doc.tools ?? []).filter((t) => catalogRangeOf(t)?.source === 'illustrative').length
  }
}

/** The provenance line of the plan's money, headcount and FTE figures. */
export function planProvenance(doc: ScenarioDoc): string {
  const { salaries, toolRanges } = illustrativeInputs(doc)
  const placeholders = [
    salaries > 0 ? `${salaries} of ${doc.hires?.length ?? 0} salaries` : '',
    toolRanges > 0 ? `${toolRanges} of ${doc.tools?.length ?? 0} tool price ranges` : ''
  ].filter(Boolean)
  return 'Provenance: derived (Rampart\'s projection of this scenario\'s inputs: headcount, revenue, hires, tools and programs)' +
    (placeholders.length > 0
      ? `; ${placeholders.join(' and ')} are illustrative catalog placeholders to replace with quotes (see Assumptions).`
      : '.')
}

/** How each budget mode sets the envelope, in words. */
export const BUDGET_MODE_LABELS: Readonly<Record<ScenarioDoc['budget']['mode'], string>> = {
  byPhase: '% of revenue by org phase', fixed: 'fixed % of revenue', glide: '% of revenue gliding with headcount between phases',
  amounts: 'approved amounts per fiscal year'
}

/** Where the budget comes from: the plan's % of revenue (derived, its default percents read from the
 * blueprint's band), or the amounts the board approved (scenario input), with the band beside it. */
export function budgetProvenance(doc: Pick<ScenarioDoc, 'budget'>): string {
  const band = 'the blueprint\'s 2–8% band is reference'
  switch (doc.budget.mode) {
    case 'amounts': return `Budget: scenario input (the ${BUDGET_MODE_LABELS.amounts}); ${band}, shown beside it.`
    case 'fixed': return `Budget: derived (the scenario's ${BUDGET_MODE_LABELS.fixed}; ${band}).`
    default: return `Budget: derived (the scenario's ${BUDGET_MODE_LABELS[doc.budget.mode]}; ${band}, the default % per phase derived from it).`
  }
}

export const RISK_PROVENANCE = 'Provenance: likelihood and impact are reference (the AI risk register); residual scores are derived ' +
  '(each mitigating capability in place cuts the score; all of them leave a quarter of it).'

export const PHASE_DATE_PROVENANCE = 'Provenance: derived (org phase from the headcount plan and the phase thresholds; maturity from ' +
  'the capabilities in place, a phase achieved at 80%).'

export const SIMULATION_PROVENANCE = 'derived (Rampart\'s simulation of the plan\'s uncertain inputs)'

export const ACTUALS_PROVENANCE = 'Provenance: actuals are as recorded in Rampart\'s Track view (scenario input); plan figures ' +
  'derived from the scenario; differences derived.'

/** What the simulated ranges (the P10–P90 band) are uncertain about, and how they were drawn. */
export function bandCoverage(sources: UncertaintySources, samples: number, seed: number): string {
  const what = uncertaintySourcesText(sources)
  const coverage = what === 'nothing'
    ? 'nothing in this plan is set as uncertain, so its P10–P90 ranges are the plan'
    : `P10–P90 ranges cover ${what}`
  return `${coverage}; from ${samples.toLocaleString('en-US')} simulated samples (seed ${seed})`
}
