// The default scenario (docs/model.md): DataFlow AI has just raised a $50M Series B and will grow
// from 50 to 500 people in 18 months with one security person today, then keep growing past
// 1,000. Revenue, the IT budget, pay, tool and service prices are illustrative. It shows the
// version 2 features a CFO asks about: fiscal years (opening in April), a glide budget with no
// step at a phase threshold, loaded pay with recruiting fees, the first engineer already in post,
// a managed detection and response service instead of an in-house rota, capabilities that wait
// for the line they need, SOC 2 Type II and EU AI Act deadlines, and realistic uncertainty. Its
// warnings are ones a CISO would agree with: while the company doubles every few quarters,
// security maturity trails the organisation's phase for a while.
import type { ScenarioDoc } from './scenario'

export const DEFAULT_SCENARIO: ScenarioDoc = {
  format: 'rampart-scenario',
  version: 2,
  name: 'DataFlow AI - Base',
  start: '2027-Q1',
  quarters: 20,
  currency: 'USD',
  fiscalYearStart: 2,
  headcount: [
    { quarter: 0, value: 50 },
    { quarter: 2, value: 170 },
    { quarter: 6, value: 500 },
    { quarter: 12, value: 900 },
    { quarter: 19, value: 1400 }
  ],
  revenue: [
    { quarter: 0, value: 24000000 },
    { quarter: 6, value: 66000000 },
    { quarter: 12, value: 110000000 },
    { quarter: 19, value: 150000000 }
  ],
  itBudget: [
    { quarter: 0, value: 3000000 },
    { quarter: 6, value: 9000000 },
    { quarter: 19, value: 24000000 }
  ],
  budget: {
    mode: 'glide',
    percent: { adhoc: 2, foundation: 3, growth: 4, optimization: 6, worldclass: 8 }
  },
  phaseThresholds: { foundation: 50, growth: 200, optimization: 1000, worldclass: 5000 },
  salaryGrowthPercent: 4,
  peopleCosts: { overheadPercent: 28, recruitingFeePercent: 20 },
  hires: [
    { role: 'security-engineer', count: 1, quarter: 0, annualCost: 200000, existing: true },
    { role: 'ai-security-specialist', count: 1, quarter: 1, annualCost: 240000 },
    { role: 'grc-analyst', count: 1, quarter: 2, annualCost: 130000 },
    { role: 'appsec-engineer', count: 1, quarter: 3, annualCost: 185000 },
    { role: 'ciso', count: 1, quarter: 4, annualCost: 300000 },
    { role: 'cloud-security-engineer', count: 1, quarter: 5, annualCost: 185000 },
    { role: 'security-engineer', count: 1, quarter: 6, annualCost: 200000 },
    { role: 'detection-engineer', count: 1, quarter: 7, annualCost: 180000 },
    { role: 'appsec-engineer', count: 1, quarter: 9, annualCost: 185000 },
    { role: 'security-manager', count: 1, quarter: 10, annualCost: 220000 },
    { role: 'cloud-security-engineer', count: 1, quarter: 12, annualCost: 185000 },
    { role: 'security-engineer', count: 1, quarter: 13, annualCost: 200000 },
    { role: 'ai-security-specialist', count: 1, quarter: 14, annualCost: 240000 },
    { role: 'grc-analyst', count: 1, quarter: 16, annualCost: 130000 },
    { role: 'detection-engineer', count: 1, quarter: 17, annualCost: 180000 },
    { role: 'security-lead', count: 1, quarter: 18, annualCost: 210000 }
  ],
  tools: [
    { tool: 'identity-access', quarter: 0, low: 10000, high: 80000, point: 'low', perEmployee: 60 },
    { tool: 'mdr', quarter: 1, low: 30000, high: 120000, point: 'mid', perEmployee: 90 },
    { tool: 'email-security', quarter: 1, low: 5000, high: 30000, point: 'low', perEmployee: 25 },
    { tool: 'compliance-automation', quarter: 2, low: 25000, high: 100000, point: 'low' },
    { tool: 'device-management', quarter: 2, low: 3000, high: 20000, point: 'low', perEmployee: 45 },
    { tool: 'cyber-insurance', quarter: 2, low: 20000, high: 250000, point: 'low' },
    { tool: 'appsec-testing', quarter: 3, low: 30000, high: 200000, point: 'low' },
    { tool: 'penetration-test', quarter: 3, low: 15000, high: 100000, point: 'mid' },
    { tool: 'cspm', quarter: 4, low: 30000, high: 150000, point: 'mid' },
    { tool: 'ai-security-platform', quarter: 5, low: 100000, high: 500000, point: 'low' },
    { tool: 'patch-management', quarter: 6, low: 15000, high: 60000, point: 'mid', perEmployee: 10 },
    { tool: 'ai-red-teaming', quarter: 8, low: 50000, high: 250000, point: 'mid' },
    { tool: 'bug-bounty', quarter: 9, low: 20000, high: 200000, point: 'low' },
    { tool: 'dlp', quarter: 11, low: 25000, high: 150000, point: 'mid', perEmployee: 40 },
    { tool: 'soar', quarter: 13, low: 50000, high: 250000, point: 'mid' }
  ],
  programs: [
    { name: 'Security awareness and champions programme', quarter: 1, amount: 8000, recurrence: 'quarterly' },
    { name: 'SOC 2 readiness assessment', quarter: 3, amount: 25000, recurrence: 'once' },
    { name: 'Board security briefing pack', quarter: 3, amount: 5000, recurrence: 'once' },
    { name: 'Incident-response tabletop exercise', quarter: 5, amount: 15000, recurrence: 'annual' },
    { name: 'SOC 2 Type II audit', quarter: 6, amount: 60000, recurrence: 'annual' }
  ],
  capabilities: [
    { id: 'first-security-hire', quarter: 0, needs: ['role:security-engineer'] },
    { id: 'workforce-identity-baseline', quarter: 0, needs: ['tool:identity-access'] },
    { id: 'ai-risk-assessment', quarter: 0 },
    { id: 'endpoint-protection-baseline', quarter: 1, needs: ['tool:mdr'] },
    { id: 'model-protection', quarter: 1 },
    { id: 'security-governance', quarter: 1 },
    { id: 'developer-ai-training', quarter: 1 },
    { id: 'data-governance', quarter: 2 },
    { id: 'security-champions', quarter: 2 },
    { id: 'ai-threat-modelling', quarter: 2, needs: ['role:ai-security-specialist'] },
    { id: 'model-version-control', quarter: 2 },
    { id: 'documented-policies', quarter: 2, needs: ['role:grc-analyst'] },
    { id: 'compliance-automation', quarter: 2, needs: ['tool:compliance-automation'] },
    { id: 'siem', quarter: 2, needs: ['tool:mdr'] },
    { id: 'edr', quarter: 2, needs: ['tool:mdr'] },
    { id: 'threat-intel', quarter: 2, needs: ['tool:mdr'] },
    { id: 'ml-supply-chain', quarter: 3, needs: ['tool:appsec-testing'] },
    { id: 'secure-ai-code-review', quarter: 3, needs: ['role:appsec-engineer'] },
    { id: 'risk-register', quarter: 3 },
    { id: 'training-data-privacy', quarter: 4 },
    { id: 'specialised-roles', quarter: 4 },
    { id: 'incident-response-plan', quarter: 4 },
    { id: 'vulnerability-management', quarter: 4, needs: ['tool:appsec-testing'] },
    { id: 'cspm', quarter: 4, needs: ['tool:cspm'] },
    { id: 'sops', quarter: 5 },
    { id: 'change-management-review', quarter: 5 },
    { id: 'ai-security-platform', quarter: 5, needs: ['tool:ai-security-platform'] },
    { id: 'privacy-compliance', quarter: 5 },
    { id: 'executive-reporting', quarter: 5, needs: ['role:ciso'] },
    { id: 'automated-patching', quarter: 6, needs: ['tool:patch-management'] },
    { id: 'soc2-iso27001', quarter: 6 },
    { id: 'internal-audits', quarter: 6 },
    { id: 'third-party-risk', quarter: 6 },
    { id: 'policy-enforcement', quarter: 9 },
    { id: 'model-integrity', quarter: 9, needs: ['tool:ai-red-teaming'] },
    { id: 'zero-trust-identity', quarter: 10, needs: ['tool:identity-access'] },
    { id: 'ai-lifecycle-data-protection', quarter: 11, needs: ['tool:dlp'] },
    { id: 'secure-model-deployment', quarter: 12 },
    { id: 'micro-segmentation', quarter: 13 },
    { id: 'soar', quarter: 13, needs: ['tool:soar'] },
    { id: 'security-differentiator', quarter: 15 }
  ],
  deadlines: [
    { name: 'EU AI Act: general-purpose AI models already on the market', quarter: 2, hard: true,
      capabilities: ['model-version-control', 'data-governance', 'ai-risk-assessment'] },
    { name: 'SOC 2 Type II report', quarter: 7, hard: true,
      capabilities: ['documented-policies', 'workforce-identity-baseline', 'endpoint-protection-baseline',
        'change-management-review', 'incident-response-plan', 'third-party-risk', 'vulnerability-management',
        'internal-audits', 'soc2-iso27001'] }
  ],
  uncertainty: { salaryPercent: 10, revenuePercent: 25, hiringSlip: [0.5, 0.35, 0.15], attritionPercent: 12 }
}
