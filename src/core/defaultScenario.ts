// The default scenario (docs/model.md): DataFlow AI has just raised a $50M Series B and will grow from
// 50 to 500 people in 18 months with one security person today. Revenue, salaries and program
// prices are illustrative. It deliberately shows every feature: an overrun quarter, a capability
// planned before its prerequisite, a maturity gap while the company outgrows its security.
import type { ScenarioDoc } from './scenario'

export const DEFAULT_SCENARIO: ScenarioDoc = {
  format: 'rampart-scenario',
  version: 2,
  name: 'DataFlow AI - Base',
  start: '2027-Q1',
  quarters: 20,
  currency: 'USD',
  headcount: [
    { quarter: 0, value: 50 },
    { quarter: 6, value: 500 },
    { quarter: 12, value: 900 },
    { quarter: 19, value: 1400 }
  ],
  revenue: [
    { quarter: 0, value: 24000000 },
    { quarter: 8, value: 100000000 },
    { quarter: 19, value: 240000000 }
  ],
  budget: {
    mode: 'byPhase',
    percent: { adhoc: 2, foundation: 3, growth: 4, optimization: 6, worldclass: 8 },
    minimumAnnual: 500000
  },
  phaseThresholds: { foundation: 50, growth: 200, optimization: 1000, worldclass: 5000 },
  salaryGrowthPercent: 4,
  hires: [
    { role: 'security-engineer', count: 1, quarter: 0, annualCost: 250000 },
    { role: 'ai-security-specialist', count: 1, quarter: 1, annualCost: 320000 },
    { role: 'appsec-engineer', count: 1, quarter: 2, annualCost: 230000 },
    { role: 'cloud-security-engineer', count: 1, quarter: 3, annualCost: 230000 },
    { role: 'grc-analyst', count: 1, quarter: 3, annualCost: 160000 },
    { role: 'ciso', count: 1, quarter: 4, annualCost: 420000 },
    { role: 'security-engineer', count: 2, quarter: 5, annualCost: 250000 },
    { role: 'detection-engineer', count: 1, quarter: 6, annualCost: 220000 },
    { role: 'appsec-engineer', count: 1, quarter: 8, annualCost: 230000 },
    { role: 'security-manager', count: 1, quarter: 10, annualCost: 280000 },
    { role: 'cloud-security-engineer', count: 1, quarter: 12, annualCost: 230000 },
    { role: 'ai-security-specialist', count: 1, quarter: 14, annualCost: 320000 },
    { role: 'grc-analyst', count: 1, quarter: 16, annualCost: 160000 }
  ],
  tools: [
    { tool: 'edr', quarter: 1, low: 5000, high: 20000, point: 'mid', perEmployee: 60 },
    { tool: 'compliance-automation', quarter: 2, low: 25000, high: 100000, point: 'low' },
    { tool: 'siem', quarter: 3, low: 50000, high: 200000, point: 'mid' },
    { tool: 'ai-security-platform', quarter: 4, low: 100000, high: 500000, point: 'mid' },
    { tool: 'cspm', quarter: 5, low: 30000, high: 150000, point: 'mid' },
    { tool: 'patch-management', quarter: 6, low: 15000, high: 60000, point: 'mid', perEmployee: 10 },
    { tool: 'soar', quarter: 9, low: 50000, high: 250000, point: 'mid' },
    { tool: 'threat-intel', quarter: 10, low: 25000, high: 150000, point: 80000 }
  ],
  programs: [
    { name: 'Security awareness and champions programme', quarter: 1, amount: 8000, recurrence: 'quarterly' },
    { name: 'Penetration test', quarter: 2, amount: 45000, recurrence: 'annual' },
    { name: 'SOC 2 Type II audit', quarter: 4, amount: 60000, recurrence: 'annual' },
    { name: 'Incident-response tabletop exercise', quarter: 6, amount: 15000, recurrence: 'annual' },
    { name: 'AI red-team exercise', quarter: 8, amount: 120000, recurrence: 'annual' },
    { name: 'Board security briefing pack', quarter: 3, amount: 5000, recurrence: 'once' }
  ],
  capabilities: [
    { id: 'first-security-hire', quarter: 0 },
    { id: 'ai-risk-assessment', quarter: 0 },
    { id: 'model-protection', quarter: 1 },
    { id: 'security-governance', quarter: 1 },
    { id: 'developer-ai-training', quarter: 1 },
    { id: 'edr', quarter: 1 },
    { id: 'data-governance', quarter: 2 },
    { id: 'security-champions', quarter: 2 },
    { id: 'ml-supply-chain', quarter: 2 },
    { id: 'ai-threat-modelling', quarter: 2 },
    { id: 'compliance-automation', quarter: 2 },
    { id: 'model-version-control', quarter: 3 },
    { id: 'secure-ai-code-review', quarter: 3 },
    { id: 'documented-policies', quarter: 3 },
    { id: 'siem', quarter: 3 },
    { id: 'training-data-privacy', quarter: 4 },
    { id: 'risk-register', quarter: 4 },
    { id: 'incident-response-plan', quarter: 4 },
    { id: 'ai-security-platform', quarter: 4 },
    { id: 'specialised-roles', quarter: 4 },
    { id: 'automated-patching', quarter: 5 },
    { id: 'vulnerability-management', quarter: 6 },
    { id: 'cspm', quarter: 5 },
    { id: 'executive-reporting', quarter: 5 },
    { id: 'soc2-iso27001', quarter: 6 },
    { id: 'change-management-review', quarter: 6 },
    { id: 'sops', quarter: 6 },
    { id: 'third-party-risk', quarter: 7 },
    { id: 'privacy-compliance', quarter: 7 },
    { id: 'internal-audits', quarter: 8 },
    { id: 'policy-enforcement', quarter: 8 },
    { id: 'soar', quarter: 9 },
    { id: 'threat-intel', quarter: 10 },
    { id: 'zero-trust-identity', quarter: 10 },
    { id: 'secure-model-deployment', quarter: 11 },
    { id: 'ai-lifecycle-data-protection', quarter: 12 },
    { id: 'model-integrity', quarter: 13 },
    { id: 'micro-segmentation', quarter: 15 },
    { id: 'security-differentiator', quarter: 17 },
    { id: 'ml-threat-detection', quarter: 18 }
  ]
}
