// What "New scenario" starts from: the blueprint's defaults and a one-person team, starting in
// the current calendar quarter, so the dashboard has something to show from the first edit. A
// template by stage (core/planTemplates.ts) starts in the current quarter too.
import { DEFAULT_BUDGET_PERCENT, ROLE_BY_ID } from '../../../core/catalog'
import { SCENARIO_FORMAT, SCENARIO_VERSION, type ScenarioDoc } from '../../../core/scenario'

export function blankScenario(name: string, today = new Date()): ScenarioDoc {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    name,
    start: currentQuarter(today),
    quarters: 12,
    currency: 'USD',
    headcount: [{ quarter: 0, value: 50 }, { quarter: 11, value: 200 }],
    revenue: [{ quarter: 0, value: 10_000_000 }, { quarter: 11, value: 40_000_000 }],
    budget: { mode: 'byPhase', percent: { ...DEFAULT_BUDGET_PERCENT } },
    hires: [{ role: 'security-engineer', count: 1, quarter: 0, annualCost: ROLE_BY_ID.get('security-engineer')!.annualCost }],
    tools: [],
    programs: [],
    capabilities: [{ id: 'first-security-hire', quarter: 0 }]
  }
}

/** A template as a plan of the user's own: starting this quarter, under a name not already taken. */
export function fromTemplate(template: ScenarioDoc, taken: readonly string[], today = new Date()): ScenarioDoc {
  return { ...template, name: uniqueName(template.name, taken), start: currentQuarter(today) }
}

/** The calendar quarter `today` falls in, as "2026-Q4". */
function currentQuarter(today: Date): string {
  return `${today.getFullYear()}-Q${Math.floor(today.getMonth() / 3) + 1}`
}

/** "Name", "Name (2)", "Name (3)": the first not already taken. */
export function uniqueName(wanted: string, taken: readonly string[]): string {
  const names = new Set(taken)
  if (!names.has(wanted)) return wanted
  for (let n = 2; ; n++) if (!names.has(`${wanted} (${n})`)) return `${wanted} (${n})`
}
