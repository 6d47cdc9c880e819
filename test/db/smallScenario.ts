// The small scenario the database tests store, in a module of its own that imports nothing from
// vitest: scripts/make-schema-fixtures.mjs writes it into the schema fixtures outside any test run.
import type { ScenarioDoc } from '../../src/core/scenario'

/** A small valid scenario; its keys are deliberately not in schema order. */
export function smallScenario(name = 'Seed plan', overrides: Record<string, unknown> = {}): ScenarioDoc {
  return {
    name,
    format: 'rampart-scenario',
    version: 2,
    start: '2026-Q1',
    quarters: 8,
    headcount: [{ quarter: 0, value: 40 }, { quarter: 7, value: 160 }],
    revenue: [{ value: 5_000_000, quarter: 0 }],
    budget: { mode: 'byPhase' },
    hires: [{ role: 'security-engineer', count: 1, quarter: 0, annualCost: 240_000.5 }],
    ...overrides
  } as ScenarioDoc
}
