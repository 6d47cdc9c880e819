// A large plan for benchmarks: 80 quarters, 200 line items (the upper range of real plans).
import { CAPABILITIES, ROLES, TOOLS } from '../src/core/catalog'
import type { ScenarioDoc } from '../src/core/scenario'

export function largePlan(name = 'Benchmark plan', variant = 0): ScenarioDoc {
  const quarters = 80
  return {
    format: 'rampart-scenario',
    version: 2,
    name,
    start: '2027-Q1',
    quarters,
    headcount: [{ quarter: 0, value: 50 }, { quarter: 20, value: 1200 }, { quarter: 79, value: 6000 }],
    revenue: [{ quarter: 0, value: 20e6 }, { quarter: 40, value: 400e6 }, { quarter: 79, value: 1.5e9 }],
    budget: { mode: 'byPhase', minimumAnnual: 500_000 },
    salaryGrowthPercent: 4,
    hires: Array.from({ length: 100 }, (_, i) => ({
      role: ROLES[i % ROLES.length].id, count: 1 + (i % 3), quarter: (i * 7 + variant) % quarters,
      annualCost: 150_000 + ((i * 13_000) % 250_000)
    })),
    tools: Array.from({ length: 60 }, (_, i) => {
      const tool = TOOLS[i % TOOLS.length]
      return { tool: tool.id, quarter: (i * 3) % quarters, low: tool.low, high: tool.high + variant * 1000, perEmployee: tool.perEmployee }
    }),
    programs: Array.from({ length: 40 }, (_, i) => ({
      name: `Program ${i + 1}`, quarter: i % quarters, amount: 10_000 + i * 2_500,
      recurrence: (['once', 'quarterly', 'annual'] as const)[i % 3]
    })),
    capabilities: CAPABILITIES.map((c, i) => ({ id: c.id, quarter: i % quarters }))
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
