// Which figures of a plan are still the default plan's placeholders. The default "DataFlow AI"
// plan's revenue and program prices are illustrative (docs/model.md): a plan that keeps them
// unchanged carries placeholders, not figures anyone has committed to, and the app and the exports
// must say so rather than call them the scenario's own input.
import { DEFAULT_SCENARIO } from './defaultScenario'
import type { Milestone, Program, ScenarioDoc } from './scenario'

const DEFAULT_PROGRAM_AMOUNTS = new Map((DEFAULT_SCENARIO.programs ?? []).map((p) => [p.name, p.amount]))

function sameMilestones(a: readonly Milestone[], b: readonly Milestone[]): boolean {
  return a.length === b.length && a.every((m, i) => m.quarter === b[i].quarter && m.value === b[i].value)
}

/** The revenue plan is the default plan's, unchanged in every milestone. */
export function revenueIsIllustrative(doc: Pick<ScenarioDoc, 'revenue'>): boolean {
  return sameMilestones(doc.revenue, DEFAULT_SCENARIO.revenue)
}

/** The program carries the default plan's price for a program of that name. */
export function programPriceIsIllustrative(program: Pick<Program, 'name' | 'amount'>): boolean {
  return DEFAULT_PROGRAM_AMOUNTS.get(program.name) === program.amount
}
