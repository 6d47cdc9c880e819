// Which figures of a plan are still a shipped plan's placeholders. The sample's and the templates'
// revenue and program prices are illustrative (docs/model.md, docs/templates.md): a plan that keeps
// them unchanged carries placeholders, not figures anyone has committed to, and the app and the
// exports must say so rather than call them the scenario's own input.
import { DEFAULT_SCENARIO } from './defaultScenario'
import { PLAN_TEMPLATES } from './planTemplates'
import type { Milestone, Program, ScenarioDoc } from './scenario'

/** The sample is the default plan under another name, so the default plan stands for both. */
const SHIPPED_PLANS: readonly ScenarioDoc[] = [DEFAULT_SCENARIO, ...PLAN_TEMPLATES.map((t) => t.document)]
const SHIPPED_PROGRAM_PRICES = new Set(SHIPPED_PLANS.flatMap((doc) => (doc.programs ?? []).map((p) => `${p.name}\u0000${p.amount}`)))

function sameMilestones(a: readonly Milestone[], b: readonly Milestone[]): boolean {
  return a.length === b.length && a.every((m, i) => m.quarter === b[i].quarter && m.value === b[i].value)
}

/** The revenue plan is a shipped plan's, unchanged in every milestone. */
export function revenueIsIllustrative(doc: Pick<ScenarioDoc, 'revenue'>): boolean {
  return SHIPPED_PLANS.some((shipped) => sameMilestones(doc.revenue, shipped.revenue))
}

/** The program carries a shipped plan's price for a program of that name. */
export function programPriceIsIllustrative(program: Pick<Program, 'name' | 'amount'>): boolean {
  return SHIPPED_PROGRAM_PRICES.has(`${program.name}\u0000${program.amount}`)
}
