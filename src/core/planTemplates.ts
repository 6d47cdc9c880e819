// What a new user can start from (the start screen, docs/templates.md): the labelled sample, or a
// plan for the company's funding stage. Every template is an ordinary version 2 scenario. Its
// headcount, revenue, budget floor and line timings are illustrative (a typical company at that
// stage, to be replaced with the user's own); pay and price ranges are the catalog's. The app
// moves a template's start to the current quarter when it is chosen.
import { DEFAULT_BUDGET_PERCENT } from './catalog'
import { DEFAULT_SCENARIO } from './defaultScenario'
import type { Provenance } from './provenance'
import type { Milestone, ScenarioDoc } from './scenario'

/** The sample plan: the default scenario, with a name that says it is a sample wherever it shows. */
export const SAMPLE_SCENARIO: ScenarioDoc = { ...DEFAULT_SCENARIO, name: `Sample: ${DEFAULT_SCENARIO.name}` }

export type PlanStage = 'seed' | 'series-a' | 'series-b' | 'growth'

export interface PlanTemplate {
  stage: PlanStage
  /** The stage as people say it ("Series A"). */
  title: string
  /** Where the template's own figures come from (catalog pay and prices keep their own). */
  source: Provenance
  document: ScenarioDoc
}

const common = {
  format: 'rampart-scenario',
  version: 2,
  start: '2027-Q1',
  currency: 'USD',
  salaryGrowthPercent: 4,
  peopleCosts: { overheadPercent: 25, recruitingFeePercent: 20 }
} as const

const SEED: ScenarioDoc = {
  ...common,
  name: 'Seed-stage plan',
  quarters: 12,
  headcount: [{ quarter: 0, value: 12 }, { quarter: 4, value: 25 }, { quarter: 11, value: 60 }],
  revenue: [{ quarter: 0, value: 500000 }, { quarter: 4, value: 2000000 }, { quarter: 11, value: 8000000 }],
  // A few per cent of a seed company's revenue pays for no one: the founders approve a floor.
  budget: { mode: 'byPhase', percent: { ...DEFAULT_BUDGET_PERCENT }, minimumAnnual: 350000 },
  hires: [
    { role: 'security-engineer', count: 1, quarter: 2, annualCost: 200000 }
  ],
  tools: [
    { tool: 'identity-access', quarter: 2, low: 10000, high: 80000, point: 'low', perEmployee: 60 },
    { tool: 'device-management', quarter: 3, low: 3000, high: 20000, point: 'low', perEmployee: 45 },
    { tool: 'email-security', quarter: 3, low: 5000, high: 30000, point: 'low', perEmployee: 25 },
    { tool: 'penetration-test', quarter: 7, low: 15000, high: 100000, point: 'low' }
  ],
  programs: [],
  capabilities: [
    { id: 'ai-risk-assessment', quarter: 1 },
    { id: 'first-security-hire', quarter: 2, needs: ['role:security-engineer'] },
    { id: 'workforce-identity-baseline', quarter: 2, needs: ['tool:identity-access'] },
    { id: 'model-protection', quarter: 3 },
    { id: 'endpoint-protection-baseline', quarter: 3, needs: ['tool:device-management'] },
    { id: 'security-governance', quarter: 3 },
    { id: 'developer-ai-training', quarter: 4 },
    { id: 'data-governance', quarter: 4 },
    { id: 'model-version-control', quarter: 5 },
    { id: 'secure-ai-code-review', quarter: 5 },
    { id: 'ai-threat-modelling', quarter: 6 },
    { id: 'security-champions', quarter: 7 },
    { id: 'ml-supply-chain', quarter: 8 },
    { id: 'training-data-privacy', quarter: 9 }
  ],
  uncertainty: { salaryPercent: 10, revenuePercent: 40, hiringSlip: [0.5, 0.3, 0.2] }
}

const SERIES_A: ScenarioDoc = {
  ...common,
  name: 'Series A plan',
  quarters: 12,
  headcount: [{ quarter: 0, value: 40 }, { quarter: 4, value: 80 }, { quarter: 11, value: 150 }],
  revenue: [{ quarter: 0, value: 5000000 }, { quarter: 4, value: 12000000 }, { quarter: 11, value: 25000000 }],
  budget: { mode: 'byPhase', percent: { ...DEFAULT_BUDGET_PERCENT }, minimumAnnual: 950000 },
  hires: [
    { role: 'security-engineer', count: 1, quarter: 0, annualCost: 200000, existing: true },
    { role: 'grc-analyst', count: 1, quarter: 3, annualCost: 130000 },
    { role: 'appsec-engineer', count: 1, quarter: 6, annualCost: 185000 }
  ],
  tools: [
    { tool: 'identity-access', quarter: 0, low: 10000, high: 80000, point: 'low', perEmployee: 60 },
    { tool: 'device-management', quarter: 0, low: 3000, high: 20000, point: 'low', perEmployee: 45 },
    { tool: 'email-security', quarter: 1, low: 5000, high: 30000, point: 'low', perEmployee: 25 },
    { tool: 'mdr', quarter: 5, low: 30000, high: 120000, point: 'low', perEmployee: 90 },
    { tool: 'compliance-automation', quarter: 3, low: 25000, high: 100000, point: 'low' },
    { tool: 'penetration-test', quarter: 4, low: 15000, high: 100000, point: 'low' },
    { tool: 'appsec-testing', quarter: 1, low: 30000, high: 200000, point: 'low' }
  ],
  programs: [
    { name: 'Security awareness training', quarter: 1, amount: 4000, recurrence: 'quarterly' },
    { name: 'SOC 2 Type II audit', quarter: 8, amount: 50000, recurrence: 'annual' }
  ],
  capabilities: [
    { id: 'first-security-hire', quarter: 0, needs: ['role:security-engineer'] },
    { id: 'workforce-identity-baseline', quarter: 0, needs: ['tool:identity-access'] },
    { id: 'endpoint-protection-baseline', quarter: 0, needs: ['tool:device-management'] },
    { id: 'ai-risk-assessment', quarter: 0 },
    { id: 'security-governance', quarter: 0 },
    { id: 'model-protection', quarter: 1 },
    { id: 'developer-ai-training', quarter: 1 },
    { id: 'data-governance', quarter: 1 },
    { id: 'model-version-control', quarter: 1 },
    { id: 'ai-threat-modelling', quarter: 1 },
    { id: 'secure-ai-code-review', quarter: 1 },
    { id: 'ml-supply-chain', quarter: 1, needs: ['tool:appsec-testing'] },
    { id: 'security-champions', quarter: 1 },
    { id: 'training-data-privacy', quarter: 2 },
    { id: 'documented-policies', quarter: 3, needs: ['role:grc-analyst'] },
    { id: 'compliance-automation', quarter: 3, needs: ['tool:compliance-automation'] },
    { id: 'risk-register', quarter: 4 },
    { id: 'vulnerability-management', quarter: 4, needs: ['tool:appsec-testing'] },
    { id: 'change-management-review', quarter: 5 },
    { id: 'incident-response-plan', quarter: 5 },
    { id: 'siem', quarter: 5, needs: ['tool:mdr'] },
    { id: 'edr', quarter: 5, needs: ['tool:mdr'] },
    { id: 'specialised-roles', quarter: 6, needs: ['role:appsec-engineer'] },
    { id: 'soc2-iso27001', quarter: 8 },
    { id: 'third-party-risk', quarter: 9 }
  ],
  deadlines: [
    { name: 'SOC 2 Type II report for enterprise customers', quarter: 10,
      capabilities: ['documented-policies', 'workforce-identity-baseline', 'endpoint-protection-baseline',
        'change-management-review', 'incident-response-plan', 'vulnerability-management', 'soc2-iso27001'] }
  ],
  uncertainty: { salaryPercent: 10, revenuePercent: 30, hiringSlip: [0.5, 0.35, 0.15], attritionPercent: 10 }
}

const SERIES_B: ScenarioDoc = {
  ...common,
  name: 'Series B plan',
  quarters: 16,
  fiscalYearStart: 1,
  headcount: [{ quarter: 0, value: 120 }, { quarter: 6, value: 250 }, { quarter: 15, value: 400 }],
  revenue: [{ quarter: 0, value: 30000000 }, { quarter: 6, value: 55000000 }, { quarter: 15, value: 90000000 }],
  budget: { mode: 'glide', percent: { ...DEFAULT_BUDGET_PERCENT } },
  peopleCosts: { overheadPercent: 28, recruitingFeePercent: 20 },
  hires: [
    { role: 'security-engineer', count: 1, quarter: 0, annualCost: 200000, existing: true },
    { role: 'grc-analyst', count: 1, quarter: 0, annualCost: 130000, existing: true },
    { role: 'ciso', count: 1, quarter: 1, annualCost: 300000 },
    { role: 'ai-security-specialist', count: 1, quarter: 3, annualCost: 240000 },
    { role: 'cloud-security-engineer', count: 1, quarter: 5, annualCost: 185000 },
    { role: 'appsec-engineer', count: 1, quarter: 7, annualCost: 185000 },
    { role: 'detection-engineer', count: 1, quarter: 9, annualCost: 180000 },
    { role: 'security-engineer', count: 1, quarter: 11, annualCost: 200000 },
    { role: 'security-manager', count: 1, quarter: 13, annualCost: 220000 },
    { role: 'grc-analyst', count: 1, quarter: 15, annualCost: 130000 }
  ],
  tools: [
    { tool: 'identity-access', quarter: 0, low: 10000, high: 80000, point: 'low', perEmployee: 60 },
    { tool: 'device-management', quarter: 0, low: 3000, high: 20000, point: 'low', perEmployee: 45 },
    { tool: 'email-security', quarter: 0, low: 5000, high: 30000, point: 'low', perEmployee: 25 },
    { tool: 'mdr', quarter: 0, low: 30000, high: 120000, point: 'low', perEmployee: 90 },
    { tool: 'compliance-automation', quarter: 0, low: 25000, high: 100000, point: 'low' },
    { tool: 'appsec-testing', quarter: 1, low: 30000, high: 200000, point: 'low' },
    { tool: 'cspm', quarter: 1, low: 30000, high: 150000, point: 'low' },
    { tool: 'penetration-test', quarter: 2, low: 15000, high: 100000, point: 'mid' },
    { tool: 'ai-security-platform', quarter: 4, low: 100000, high: 500000, point: 'low' },
    { tool: 'patch-management', quarter: 4, low: 15000, high: 60000, point: 'mid', perEmployee: 10 },
    { tool: 'dlp', quarter: 8, low: 25000, high: 150000, point: 'mid', perEmployee: 40 },
    { tool: 'bug-bounty', quarter: 10, low: 20000, high: 200000, point: 'low' }
  ],
  programs: [
    { name: 'Security awareness and champions programme', quarter: 0, amount: 8000, recurrence: 'quarterly' },
    { name: 'SOC 2 Type II audit', quarter: 2, amount: 60000, recurrence: 'annual' },
    { name: 'Incident-response tabletop exercise', quarter: 4, amount: 15000, recurrence: 'annual' }
  ],
  capabilities: [
    { id: 'first-security-hire', quarter: 0, needs: ['role:security-engineer'] },
    { id: 'workforce-identity-baseline', quarter: 0, needs: ['tool:identity-access'] },
    { id: 'endpoint-protection-baseline', quarter: 0, needs: ['tool:mdr'] },
    { id: 'ai-risk-assessment', quarter: 0 },
    { id: 'security-governance', quarter: 0 },
    { id: 'model-protection', quarter: 0 },
    { id: 'developer-ai-training', quarter: 0 },
    { id: 'data-governance', quarter: 0 },
    { id: 'model-version-control', quarter: 0 },
    { id: 'ai-threat-modelling', quarter: 0 },
    { id: 'secure-ai-code-review', quarter: 0 },
    { id: 'ml-supply-chain', quarter: 0 },
    { id: 'security-champions', quarter: 0 },
    { id: 'training-data-privacy', quarter: 0 },
    { id: 'documented-policies', quarter: 0, needs: ['role:grc-analyst'] },
    { id: 'compliance-automation', quarter: 0, needs: ['tool:compliance-automation'] },
    { id: 'siem', quarter: 0, needs: ['tool:mdr'] },
    { id: 'edr', quarter: 0, needs: ['tool:mdr'] },
    { id: 'threat-intel', quarter: 0, needs: ['tool:mdr'] },
    { id: 'risk-register', quarter: 1 },
    { id: 'change-management-review', quarter: 1 },
    { id: 'vulnerability-management', quarter: 1, needs: ['tool:appsec-testing'] },
    { id: 'cspm', quarter: 1, needs: ['tool:cspm'] },
    { id: 'incident-response-plan', quarter: 2 },
    { id: 'soc2-iso27001', quarter: 2 },
    { id: 'specialised-roles', quarter: 3, needs: ['role:ai-security-specialist'] },
    { id: 'sops', quarter: 4 },
    { id: 'internal-audits', quarter: 4 },
    { id: 'third-party-risk', quarter: 4 },
    { id: 'executive-reporting', quarter: 4, needs: ['role:ciso'] },
    { id: 'ai-security-platform', quarter: 4, needs: ['tool:ai-security-platform'] },
    { id: 'automated-patching', quarter: 4, needs: ['tool:patch-management'] },
    { id: 'privacy-compliance', quarter: 7 },
    { id: 'policy-enforcement', quarter: 8 },
    { id: 'ai-lifecycle-data-protection', quarter: 8, needs: ['tool:dlp'] },
    { id: 'secure-model-deployment', quarter: 10 },
    { id: 'zero-trust-identity', quarter: 12, needs: ['tool:identity-access'] }
  ],
  deadlines: [
    { name: 'SOC 2 Type II report renewal', quarter: 6,
      capabilities: ['documented-policies', 'incident-response-plan', 'vulnerability-management', 'soc2-iso27001', 'internal-audits'] }
  ],
  uncertainty: { salaryPercent: 10, revenuePercent: 25, hiringSlip: [0.5, 0.35, 0.15], attritionPercent: 12 }
}

const GROWTH: ScenarioDoc = {
  ...common,
  name: 'Growth-stage plan',
  quarters: 16,
  fiscalYearStart: 1,
  headcount: [{ quarter: 0, value: 400 }, { quarter: 8, value: 900 }, { quarter: 15, value: 1500 }],
  revenue: [{ quarter: 0, value: 90000000 }, { quarter: 8, value: 180000000 }, { quarter: 15, value: 300000000 }],
  budget: { mode: 'glide', percent: { ...DEFAULT_BUDGET_PERCENT } },
  peopleCosts: { overheadPercent: 30, recruitingFeePercent: 20 },
  hires: [
    { role: 'ciso', count: 1, quarter: 0, annualCost: 300000, existing: true },
    { role: 'security-engineer', count: 2, quarter: 0, annualCost: 200000, existing: true },
    { role: 'appsec-engineer', count: 1, quarter: 0, annualCost: 185000, existing: true },
    { role: 'grc-analyst', count: 1, quarter: 0, annualCost: 130000, existing: true },
    { role: 'detection-engineer', count: 1, quarter: 0, annualCost: 180000, existing: true },
    { role: 'ai-security-specialist', count: 1, quarter: 1, annualCost: 240000 },
    { role: 'security-manager', count: 1, quarter: 2, annualCost: 220000 },
    { role: 'cloud-security-engineer', count: 2, quarter: 3, annualCost: 185000 },
    { role: 'detection-engineer', count: 1, quarter: 5, annualCost: 180000 },
    { role: 'appsec-engineer', count: 1, quarter: 6, annualCost: 185000 },
    { role: 'compliance-expert', count: 1, quarter: 7, annualCost: 140000 },
    { role: 'security-lead', count: 1, quarter: 8, annualCost: 210000 },
    { role: 'ai-security-specialist', count: 1, quarter: 9, annualCost: 240000 },
    { role: 'security-engineer', count: 2, quarter: 10, annualCost: 200000 },
    { role: 'detection-engineer', count: 1, quarter: 12, annualCost: 180000 },
    { role: 'grc-analyst', count: 1, quarter: 13, annualCost: 130000 }
  ],
  tools: [
    { tool: 'identity-access', quarter: 0, low: 10000, high: 80000, point: 'mid', perEmployee: 60 },
    { tool: 'device-management', quarter: 0, low: 3000, high: 20000, point: 'mid', perEmployee: 45 },
    { tool: 'email-security', quarter: 0, low: 5000, high: 30000, point: 'mid', perEmployee: 25 },
    { tool: 'mdr', quarter: 0, low: 30000, high: 120000, point: 'high', perEmployee: 90 },
    { tool: 'compliance-automation', quarter: 0, low: 25000, high: 100000, point: 'mid' },
    { tool: 'appsec-testing', quarter: 0, low: 30000, high: 200000, point: 'mid' },
    { tool: 'cspm', quarter: 0, low: 30000, high: 150000, point: 'mid' },
    { tool: 'cyber-insurance', quarter: 0, low: 20000, high: 250000, point: 'mid' },
    { tool: 'penetration-test', quarter: 1, low: 15000, high: 100000, point: 'high' },
    { tool: 'ai-security-platform', quarter: 0, low: 100000, high: 500000, point: 'mid' },
    { tool: 'patch-management', quarter: 0, low: 15000, high: 60000, point: 'mid', perEmployee: 10 },
    { tool: 'ai-red-teaming', quarter: 1, low: 50000, high: 250000, point: 'mid' },
    { tool: 'dlp', quarter: 4, low: 25000, high: 150000, point: 'mid', perEmployee: 40 },
    { tool: 'bug-bounty', quarter: 4, low: 20000, high: 200000, point: 'mid' },
    { tool: 'soar', quarter: 6, low: 50000, high: 250000, point: 'mid' }
  ],
  programs: [
    { name: 'Security awareness and champions programme', quarter: 0, amount: 20000, recurrence: 'quarterly' },
    { name: 'SOC 2 Type II and ISO 27001 audits', quarter: 1, amount: 120000, recurrence: 'annual' },
    { name: 'Incident-response tabletop exercise', quarter: 2, amount: 25000, recurrence: 'annual' }
  ],
  capabilities: [
    { id: 'first-security-hire', quarter: 0 },
    { id: 'workforce-identity-baseline', quarter: 0, needs: ['tool:identity-access'] },
    { id: 'endpoint-protection-baseline', quarter: 0, needs: ['tool:mdr'] },
    { id: 'ai-risk-assessment', quarter: 0 },
    { id: 'security-governance', quarter: 0 },
    { id: 'model-protection', quarter: 0 },
    { id: 'developer-ai-training', quarter: 0 },
    { id: 'data-governance', quarter: 0 },
    { id: 'model-version-control', quarter: 0 },
    { id: 'ai-threat-modelling', quarter: 0 },
    { id: 'secure-ai-code-review', quarter: 0 },
    { id: 'ml-supply-chain', quarter: 0 },
    { id: 'security-champions', quarter: 0 },
    { id: 'training-data-privacy', quarter: 0 },
    { id: 'documented-policies', quarter: 0 },
    { id: 'compliance-automation', quarter: 0, needs: ['tool:compliance-automation'] },
    { id: 'siem', quarter: 0, needs: ['tool:mdr'] },
    { id: 'edr', quarter: 0, needs: ['tool:mdr'] },
    { id: 'threat-intel', quarter: 0, needs: ['tool:mdr'] },
    { id: 'risk-register', quarter: 0 },
    { id: 'change-management-review', quarter: 0 },
    { id: 'vulnerability-management', quarter: 0, needs: ['tool:appsec-testing'] },
    { id: 'specialised-roles', quarter: 0 },
    { id: 'cspm', quarter: 0, needs: ['tool:cspm'] },
    { id: 'incident-response-plan', quarter: 0 },
    { id: 'sops', quarter: 0 },
    { id: 'soc2-iso27001', quarter: 0 },
    { id: 'internal-audits', quarter: 0 },
    { id: 'third-party-risk', quarter: 0 },
    { id: 'executive-reporting', quarter: 0, needs: ['role:ciso'] },
    { id: 'ai-security-platform', quarter: 0, needs: ['tool:ai-security-platform'] },
    { id: 'automated-patching', quarter: 0, needs: ['tool:patch-management'] },
    { id: 'model-integrity', quarter: 1, needs: ['tool:ai-red-teaming'] },
    { id: 'privacy-compliance', quarter: 3 },
    { id: 'policy-enforcement', quarter: 4 },
    { id: 'ai-lifecycle-data-protection', quarter: 4, needs: ['tool:dlp'] },
    { id: 'secure-model-deployment', quarter: 5 },
    { id: 'soar', quarter: 6, needs: ['tool:soar'] },
    { id: 'zero-trust-identity', quarter: 6 },
    { id: 'micro-segmentation', quarter: 8 },
    { id: 'security-differentiator', quarter: 10 }
  ],
  uncertainty: { salaryPercent: 10, revenuePercent: 20, hiringSlip: [0.5, 0.35, 0.15], attritionPercent: 12 }
}

export const PLAN_TEMPLATES: readonly PlanTemplate[] = [
  { stage: 'seed', title: 'Seed', source: 'illustrative', document: SEED },
  { stage: 'series-a', title: 'Series A', source: 'illustrative', document: SERIES_A },
  { stage: 'series-b', title: 'Series B', source: 'illustrative', document: SERIES_B },
  { stage: 'growth', title: 'Growth', source: 'illustrative', document: GROWTH }
]

/** True for a template's or the sample's own revenue milestones, which are illustrative until changed. */
export function isShippedRevenue(revenue: readonly Milestone[]): boolean {
  return [SAMPLE_SCENARIO, ...PLAN_TEMPLATES.map((t) => t.document)].some((doc) =>
    doc.revenue.length === revenue.length && doc.revenue.every((m, i) => m.quarter === revenue[i].quarter && m.value === revenue[i].value))
}
