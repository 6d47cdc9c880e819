// Plans for the simulation benchmarks.
import { CAPABILITIES, ROLES, TOOLS } from '../src/core/catalog'
import type { ScenarioDoc, Uncertainty } from '../src/core/scenario'
import { largePlan } from '../test/fixtures/largePlan'

/** Every kind of uncertainty on, at the values of the documentation's example. */
export const EVERY_UNCERTAINTY: Uncertainty = {
  salaryPercent: 10, revenuePercent: 25, hiringSlip: [0.5, 0.3, 0.2], attritionPercent: 12
}

/**
 * 80 quarters, 30 tools, 30 hire lines of one to three people, every catalog capability (each
 * fifth waiting for a role), and three deadlines: with `uncertain`, every kind of uncertainty on;
 * without, tool prices only.
 */
export function thirtyByThirtyPlan(uncertain: boolean): ScenarioDoc {
  const quarters = 80
  const hires = Array.from({ length: 30 }, (_, i) => ({
    role: ROLES[i % ROLES.length].id, count: 1 + (i % 3), quarter: (i * 5) % 60,
    annualCost: 150_000 + ((i * 13_000) % 250_000)
  }))
  return {
    format: 'rampart-scenario',
    version: 2,
    name: uncertain ? 'Every uncertainty' : 'Tool prices only',
    start: '2027-Q1',
    quarters,
    headcount: [{ quarter: 0, value: 50 }, { quarter: 20, value: 1200 }, { quarter: 79, value: 6000 }],
    revenue: [{ quarter: 0, value: 20e6 }, { quarter: 40, value: 400e6 }, { quarter: 79, value: 1.5e9 }],
    budget: { mode: 'byPhase', minimumAnnual: 500_000 },
    salaryGrowthPercent: 4,
    peopleCosts: { overheadPercent: 30, recruitingFeePercent: 20 },
    hires,
    tools: Array.from({ length: 30 }, (_, i) => {
      const tool = TOOLS[i % TOOLS.length]
      return { tool: tool.id, quarter: (i * 2) % quarters, low: tool.low, high: tool.high, perEmployee: tool.perEmployee }
    }),
    capabilities: CAPABILITIES.map((c, i) => ({
      id: c.id, quarter: i % 60, ...(i % 5 === 0 ? { needs: [`role:${hires[i % hires.length].role}`] } : {})
    })),
    deadlines: [0, 1, 2].map((d) => ({
      name: `Deadline ${d + 1}`, quarter: 20 + d * 20, capabilities: CAPABILITIES.slice(d * 10, d * 10 + 10).map((c) => c.id)
    })),
    ...(uncertain ? { uncertainty: EVERY_UNCERTAINTY } : {})
  }
}

/**
 * The large plan with every version 2 feature on: fiscal years opening in April, a glide budget,
 * overhead and recruiting fees, staff already in post, capabilities that need a tool and a role,
 * deadlines, an IT budget and the uncertainty block.
 */
export function largePlanV2(name = 'Benchmark plan, version 2'): ScenarioDoc {
  const plan = largePlan(name)
  const hires = plan.hires!.map((h, i) => (i % 10 === 0 ? { ...h, existing: true } : h))
  return {
    ...plan,
    fiscalYearStart: 2,
    budget: { mode: 'glide', minimumAnnual: 500_000 },
    peopleCosts: { overheadPercent: 28, recruitingFeePercent: 20 },
    hires,
    capabilities: plan.capabilities!.map((c, i) => (i % 2 === 0
      ? { ...c, needs: [`tool:${plan.tools![i % plan.tools!.length].tool}`, `role:${hires[i % hires.length].role}`] }
      : c)),
    deadlines: Array.from({ length: 10 }, (_, i) => ({
      name: `Deadline ${i + 1}`, quarter: 8 * i + 7, hard: i % 2 === 0,
      capabilities: CAPABILITIES.slice(i * 4, i * 4 + 4).map((c) => c.id)
    })),
    itBudget: [{ quarter: 0, value: 4e6 }, { quarter: 79, value: 200e6 }],
    uncertainty: { salaryPercent: 10, revenuePercent: 25, hiringSlip: [0.5, 0.35, 0.15], attritionPercent: 12 }
  }
}
