// Where each kind of number in the exports comes from, in the three words the product uses:
// `reference` (the blueprint or a cited survey), `derived` (Rampart's own computation or reading
// of a reference) and `illustrative` (a placeholder to replace with a quote). Tables and slides
// carry one of these lines, so no figure reaches a board without its origin.
import { ROLE_BY_ID, TOOL_BY_ID, type ScenarioDoc } from '../../core'

/** Which catalog placeholders a plan still uses unchanged. */
function illustrativeInputs(doc: ScenarioDoc): { salaries: number; toolRanges: number } {
  const salaries = (doc.hires ?? []).filter((h) => {
    const role = ROLE_BY_ID.get(h.role)
    return role?.source === 'illustrative' && role.annualCost === h.annualCost
  }).length
  const toolRanges = (doc.tools ?? []).filter((t) => {
    const tool = TOOL_BY_ID.get(t.tool)
    return tool?.source === 'illustrative' && tool.low === t.low && tool.high === t.high
  }).length
  return { salaries, toolRanges }
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

export const BUDGET_PROVENANCE = 'Budget: derived (the scenario\'s % of revenue by org phase; the blueprint\'s 2–8% band is reference, ' +
  'the default % per phase derived from it).'

export const RISK_PROVENANCE = 'Provenance: likelihood and impact are reference (the AI risk register); residual scores are derived ' +
  '(each mitigating capability in place cuts the score; all of them leave a quarter of it).'

export const PHASE_DATE_PROVENANCE = 'Provenance: derived (org phase from the headcount plan and the phase thresholds; maturity from ' +
  'the capabilities in place, a phase achieved at 80%).'

export const SIMULATION_PROVENANCE = 'derived (Rampart\'s simulation of the plan\'s uncertain inputs)'

export const ACTUALS_PROVENANCE = 'Provenance: actuals are as recorded in Rampart\'s Track view (scenario input); plan figures ' +
  'derived from the scenario; differences derived.'
