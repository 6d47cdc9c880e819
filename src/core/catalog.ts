// The reference data Rampart ships (docs/model.md). Every number carries its provenance so the UI and
// the exports can tell a blueprint figure from a placeholder the user should replace with a quote.

export type Provenance = 'reference' | 'illustrative'

export const BLUEPRINT_SOURCE = 'AI-security maturity blueprint'
export const ILLUSTRATIVE_SOURCE = 'Illustrative placeholder: replace with a quote'

export const PHASE_IDS = ['adhoc', 'foundation', 'growth', 'optimization', 'worldclass'] as const
export type PhaseId = (typeof PHASE_IDS)[number]
/** Phases that have a headcount threshold (Ad Hoc always starts at zero). */
export type ThresholdPhaseId = Exclude<PhaseId, 'adhoc'>
export type PhaseThresholds = Record<ThresholdPhaseId, number>

export interface Phase {
  id: PhaseId
  name: string
  minEmployees: number
  character: string
  defaultBudgetPercent: number
}

export const PHASES: readonly Phase[] = [
  { id: 'adhoc', name: 'Ad Hoc', minEmployees: 0, defaultBudgetPercent: 2,
    character: 'Individual heroics, cloud defaults, basic access control' },
  { id: 'foundation', name: 'Foundation', minEmployees: 50, defaultBudgetPercent: 3,
    character: 'First dedicated security talent, basic governance, culture set' },
  { id: 'growth', name: 'Growth', minEmployees: 200, defaultBudgetPercent: 4,
    character: 'Specialised roles, automation, enterprise-grade tools' },
  { id: 'optimization', name: 'Optimization', minEmployees: 1000, defaultBudgetPercent: 6,
    character: 'Integration, efficiency, security as business enabler' },
  { id: 'worldclass', name: 'World-Class', minEmployees: 5000, defaultBudgetPercent: 8,
    character: 'Industry leadership, innovation, ecosystem' }
]

export const DEFAULT_PHASE_THRESHOLDS: PhaseThresholds = {
  foundation: 50, growth: 200, optimization: 1000, worldclass: 5000
}

export const DEFAULT_BUDGET_PERCENT: Record<PhaseId, number> = {
  adhoc: 2, foundation: 3, growth: 4, optimization: 6, worldclass: 8
}

/** The blueprint's target envelope for AI companies, in % of revenue. Outside it we warn. */
export const BUDGET_BAND = { min: 2, max: 8 } as const

export const TIMELINE = [
  { stage: 'Building foundations', fromMonth: 1, toMonth: 18 },
  { stage: 'Scaling and formalisation', fromMonth: 18, toMonth: 36 },
  { stage: 'Enterprise-grade capability', fromMonth: 36, toMonth: 60 }
] as const

export function phaseIndex(id: PhaseId): number {
  return PHASE_IDS.indexOf(id)
}

export function phaseName(id: PhaseId): string {
  return PHASES[phaseIndex(id)].name
}

// ---------------------------------------------------------------------------------------------
// Roles

export interface FirstHireProfile {
  strengths: string
  gaps: string
  recommended: boolean
}

export interface Role {
  id: string
  name: string
  /** Fully loaded annual cost in USD. */
  annualCost: number
  source: Provenance
  firstHire?: FirstHireProfile
}

export const ROLES: readonly Role[] = [
  { id: 'security-engineer', name: 'Senior security engineer (AI experience)', annualCost: 250000,
    source: 'illustrative',
    firstHire: { strengths: 'Hands-on, grows with the company, leadership potential',
      gaps: 'Needs support on formal compliance programmes', recommended: true } },
  { id: 'ai-security-specialist', name: 'AI security specialist', annualCost: 320000,
    source: 'illustrative',
    firstHire: { strengths: 'Deep knowledge of ML attacks (poisoning, extraction, adversarial)',
      gaps: 'Narrower breadth; premium pay', recommended: false } },
  { id: 'ciso', name: 'CISO', annualCost: 420000, source: 'illustrative',
    firstHire: { strengths: 'Strategy, board communication, programme building',
      gaps: 'Slow on AI threats; leans to compliance', recommended: false } },
  { id: 'compliance-expert', name: 'Compliance expert', annualCost: 170000, source: 'illustrative',
    firstHire: { strengths: 'Audits and security questionnaires',
      gaps: 'Little technical depth', recommended: false } },
  { id: 'appsec-engineer', name: 'Application security engineer', annualCost: 230000,
    source: 'illustrative' },
  { id: 'cloud-security-engineer', name: 'Cloud security engineer', annualCost: 230000,
    source: 'illustrative' },
  { id: 'grc-analyst', name: 'Governance, risk and compliance analyst', annualCost: 160000,
    source: 'illustrative' },
  { id: 'security-manager', name: 'Security manager', annualCost: 280000, source: 'illustrative' },
  { id: 'security-lead', name: 'Security team lead', annualCost: 260000, source: 'illustrative' },
  { id: 'detection-engineer', name: 'Detection and response engineer', annualCost: 220000,
    source: 'illustrative' }
]

// ---------------------------------------------------------------------------------------------
// Tools

export interface Tool {
  id: string
  name: string
  /** Annual cost range in USD. */
  low: number
  high: number
  /** Annual cost per employee in USD, on top of the range. */
  perEmployee: number
  source: Provenance
}

export const TOOLS: readonly Tool[] = [
  { id: 'siem', name: 'SIEM', low: 50000, high: 200000, perEmployee: 0, source: 'reference' },
  { id: 'ai-security-platform', name: 'AI security platform', low: 100000, high: 500000,
    perEmployee: 0, source: 'reference' },
  { id: 'compliance-automation', name: 'Compliance automation', low: 25000, high: 100000,
    perEmployee: 0, source: 'reference' },
  { id: 'soar', name: 'SOAR', low: 50000, high: 250000, perEmployee: 0, source: 'illustrative' },
  { id: 'edr', name: 'EDR', low: 5000, high: 20000, perEmployee: 60, source: 'illustrative' },
  { id: 'cspm', name: 'CSPM', low: 30000, high: 150000, perEmployee: 0, source: 'illustrative' },
  { id: 'threat-intel', name: 'Threat-intelligence platform', low: 25000, high: 150000,
    perEmployee: 0, source: 'illustrative' },
  { id: 'patch-management', name: 'Automated patch management', low: 15000, high: 60000,
    perEmployee: 10, source: 'illustrative' }
]

// ---------------------------------------------------------------------------------------------
// Capabilities

export const DOMAINS = ['people', 'governance', 'technology', 'risk', 'culture'] as const
export type Domain = (typeof DOMAINS)[number]

export interface Capability {
  id: string
  name: string
  phase: Exclude<PhaseId, 'adhoc'>
  domain: Domain
  prerequisites: string[]
}

const cap = (
  id: string, name: string, phase: Capability['phase'], domain: Domain, prerequisites: string[] = []
): Capability => ({ id, name, phase, domain, prerequisites })

export const CAPABILITIES: readonly Capability[] = [
  // Foundation
  cap('first-security-hire', 'First security hire', 'foundation', 'people'),
  cap('security-governance', 'Security decision governance', 'foundation', 'governance',
    ['first-security-hire']),
  cap('security-champions', 'Security champions', 'foundation', 'culture', ['first-security-hire']),
  cap('model-protection', 'Model protection (weights encrypted, role-based access)', 'foundation',
    'technology'),
  cap('model-version-control', 'Model version control with data provenance', 'foundation',
    'technology'),
  cap('data-governance', 'Data governance and lineage', 'foundation', 'governance'),
  cap('training-data-privacy', 'Training-data privacy controls', 'foundation', 'technology',
    ['data-governance']),
  cap('secure-ai-code-review', 'Secure AI development in code review', 'foundation', 'technology',
    ['first-security-hire']),
  cap('ml-supply-chain', 'ML dependency and supply-chain control', 'foundation', 'technology'),
  cap('ai-risk-assessment', 'AI risk assessment and asset inventory', 'foundation', 'risk'),
  cap('ai-threat-modelling', 'AI threat modelling', 'foundation', 'risk', ['ai-risk-assessment']),
  cap('developer-ai-training', 'Developer AI-security training', 'foundation', 'culture'),
  // Growth
  cap('specialised-roles', 'Specialised security roles', 'growth', 'people',
    ['first-security-hire']),
  cap('documented-policies', 'Documented policies', 'growth', 'governance',
    ['security-governance']),
  cap('sops', 'Standard operating procedures', 'growth', 'governance', ['documented-policies']),
  cap('incident-response-plan', 'Incident response plan with AI playbooks', 'growth', 'risk',
    ['ai-threat-modelling']),
  cap('change-management-review', 'Security review in change management', 'growth', 'governance'),
  cap('vulnerability-management', 'Vulnerability management with patch SLAs', 'growth',
    'technology'),
  cap('risk-register', 'Formal risk register', 'growth', 'risk', ['ai-risk-assessment']),
  cap('siem', 'SIEM', 'growth', 'technology'),
  cap('soar', 'SOAR', 'growth', 'technology', ['siem']),
  cap('edr', 'EDR', 'growth', 'technology'),
  cap('cspm', 'CSPM', 'growth', 'technology'),
  cap('threat-intel', 'Threat-intelligence platform', 'growth', 'technology', ['siem']),
  cap('automated-patching', 'Automated patching', 'growth', 'technology',
    ['vulnerability-management']),
  cap('ai-security-platform', 'AI security platform', 'growth', 'technology', ['model-protection']),
  cap('compliance-automation', 'Compliance automation', 'growth', 'governance'),
  cap('soc2-iso27001', 'SOC 2 / ISO 27001 certification', 'growth', 'governance',
    ['documented-policies']),
  cap('internal-audits', 'Internal audits', 'growth', 'governance', ['documented-policies']),
  cap('third-party-risk', 'Third-party (vendor, model and data supplier) risk management',
    'growth', 'risk', ['risk-register']),
  cap('privacy-compliance', 'Privacy compliance (GDPR, CCPA)', 'growth', 'governance',
    ['data-governance']),
  cap('executive-reporting', 'Executive reporting', 'growth', 'governance', ['risk-register']),
  cap('policy-enforcement', 'Policy enforcement', 'growth', 'governance', ['documented-policies']),
  // Optimization
  cap('zero-trust-identity', 'Zero-trust identity (MFA, RBAC, just-in-time access)',
    'optimization', 'technology'),
  cap('micro-segmentation', 'Network micro-segmentation', 'optimization', 'technology'),
  cap('ai-lifecycle-data-protection', 'Data protection across the AI lifecycle (encryption, DLP)',
    'optimization', 'technology', ['data-governance']),
  cap('model-integrity', 'Model integrity, adversarial robustness testing, drift monitoring',
    'optimization', 'technology', ['model-protection']),
  cap('secure-model-deployment', 'Secure model deployment pipeline', 'optimization', 'technology',
    ['model-version-control']),
  cap('security-differentiator', 'Security as product differentiator', 'optimization', 'culture'),
  // World-Class
  cap('ml-threat-detection', 'ML-driven threat detection', 'worldclass', 'technology', ['siem']),
  cap('automated-incident-response', 'Automated incident response', 'worldclass', 'technology',
    ['soar', 'incident-response-plan']),
  cap('predictive-risk-analytics', 'Predictive risk analytics', 'worldclass', 'risk',
    ['risk-register']),
  cap('automated-intel-analysis', 'Automated intelligence analysis', 'worldclass', 'technology',
    ['threat-intel']),
  cap('multi-region-compliance', 'Multi-region compliance with regional teams', 'worldclass',
    'governance', ['privacy-compliance']),
  cap('privacy-enhancing-computation', 'Privacy-enhancing computation (HE, MPC, DP, ZKP)',
    'worldclass', 'technology', ['training-data-privacy']),
  cap('industry-leadership', 'Industry leadership (standards work, research)', 'worldclass',
    'culture')
]

/** Capabilities that are a tool: in place only once the tool is bought. */
export const TOOL_FOR_CAPABILITY: Readonly<Record<string, string>> = {
  siem: 'siem', soar: 'soar', edr: 'edr', cspm: 'cspm', 'threat-intel': 'threat-intel',
  'ai-security-platform': 'ai-security-platform', 'compliance-automation': 'compliance-automation',
  'automated-patching': 'patch-management'
}

// ---------------------------------------------------------------------------------------------
// AI risk register

export const LIKELIHOODS = ['low', 'medium', 'high'] as const
export const IMPACTS = ['low', 'medium', 'high', 'critical'] as const
export type Likelihood = (typeof LIKELIHOODS)[number]
export type Impact = (typeof IMPACTS)[number]
export type RiskPriority = 'immediate' | 'medium-term'

export interface Risk {
  id: string
  name: string
  likelihood: Likelihood
  impact: Impact
  priority: RiskPriority
  /** Capabilities that reduce this risk as they land. */
  mitigatedBy: string[]
  source: Provenance
}

export const RISKS: readonly Risk[] = [
  { id: 'model-theft', name: 'Model theft / IP loss', likelihood: 'high', impact: 'critical',
    priority: 'immediate', source: 'reference',
    mitigatedBy: ['model-protection', 'zero-trust-identity', 'ai-lifecycle-data-protection',
      'ai-security-platform', 'micro-segmentation'] },
  { id: 'data-poisoning', name: 'Training-data poisoning', likelihood: 'medium', impact: 'high',
    priority: 'medium-term', source: 'reference',
    mitigatedBy: ['model-version-control', 'data-governance', 'ml-supply-chain',
      'model-integrity', 'incident-response-plan'] },
  { id: 'adversarial-attacks', name: 'Adversarial attacks', likelihood: 'high', impact: 'medium',
    priority: 'immediate', source: 'reference',
    mitigatedBy: ['ai-threat-modelling', 'model-integrity', 'ai-security-platform',
      'ml-threat-detection'] },
  { id: 'bias-fairness', name: 'Bias / fairness', likelihood: 'high', impact: 'critical',
    priority: 'immediate', source: 'reference',
    mitigatedBy: ['ai-risk-assessment', 'model-integrity', 'incident-response-plan',
      'executive-reporting'] },
  { id: 'privacy-violations', name: 'Privacy violations (model inversion, membership inference)',
    likelihood: 'medium', impact: 'high', priority: 'medium-term', source: 'reference',
    mitigatedBy: ['training-data-privacy', 'privacy-compliance', 'ai-lifecycle-data-protection',
      'privacy-enhancing-computation'] }
]

// ---------------------------------------------------------------------------------------------
// Peer benchmarks: cited reference lines so a board can see how the plan compares to peers.

export type BenchmarkMetric =
  | 'percentOfRevenue' | 'percentOfIt' | 'budgetGrowthPercent' | 'teamGrowthPercent'
  | 'peopleSharePercent' | 'softwareSharePercent' | 'perEmployee' | 'marketSize'

export interface Benchmark {
  id: string
  label: string
  metric: BenchmarkMetric
  value: number
  unit: '%' | 'USD' | 'USD bn'
  source: string
  year: number
}

export const BENCHMARKS: readonly Benchmark[] = [
  { id: 'ians-2024-revenue', label: 'Security spend, % of revenue (cross-industry)',
    metric: 'percentOfRevenue', value: 0.69, unit: '%', year: 2024,
    source: 'IANS/Artico Security Budget Benchmark 2024 (750+ CISOs)' },
  { id: 'ians-2020-revenue', label: 'Security spend, % of revenue (cross-industry, 2020)',
    metric: 'percentOfRevenue', value: 0.5, unit: '%', year: 2020,
    source: 'IANS/Artico Security Budget Benchmark 2024 (750+ CISOs)' },
  { id: 'ians-2024-it', label: 'Security spend, % of IT spend', metric: 'percentOfIt',
    value: 13.2, unit: '%', year: 2024, source: 'IANS/Artico Security Budget Benchmark 2024' },
  { id: 'ians-2020-it', label: 'Security spend, % of IT spend (2020)', metric: 'percentOfIt',
    value: 8.6, unit: '%', year: 2020, source: 'IANS/Artico Security Budget Benchmark 2024' },
  { id: 'ians-2024-growth', label: 'Average security budget growth', metric: 'budgetGrowthPercent',
    value: 8, unit: '%', year: 2024, source: 'IANS/Artico Security Budget Benchmark 2024' },
  { id: 'ians-2024-team', label: 'Average security team growth', metric: 'teamGrowthPercent',
    value: 12, unit: '%', year: 2024, source: 'IANS/Artico Security Budget Benchmark 2024' },
  { id: 'ians-2025-growth', label: 'Average security budget growth', metric: 'budgetGrowthPercent',
    value: 4, unit: '%', year: 2025, source: 'IANS/Artico 2025 (587 CISOs)' },
  { id: 'ians-2025-it', label: 'Security spend, % of IT spend', metric: 'percentOfIt',
    value: 10.9, unit: '%', year: 2025, source: 'IANS/Artico 2025 (587 CISOs)' },
  { id: 'ians-2025-team', label: 'Average security team growth', metric: 'teamGrowthPercent',
    value: 7, unit: '%', year: 2025, source: 'IANS/Artico 2025 (587 CISOs)' },
  { id: 'ians-2023-people', label: 'Staff and compensation share of security budget',
    metric: 'peopleSharePercent', value: 38, unit: '%', year: 2023, source: 'IANS 2023' },
  { id: 'ians-2023-tech-it', label: 'Technology sector: security % of IT', metric: 'percentOfIt',
    value: 19, unit: '%', year: 2023, source: 'IANS 2023' },
  { id: 'isg-2024-software', label: 'Software share of security budget',
    metric: 'softwareSharePercent', value: 35.9, unit: '%', year: 2024,
    source: 'ISG 2024 (via Forrester)' },
  { id: 'isg-2024-personnel', label: 'Personnel share of security budget',
    metric: 'peopleSharePercent', value: 28.3, unit: '%', year: 2024,
    source: 'ISG 2024 (via Forrester)' },
  { id: 'deloitte-2019-it', label: 'Financial services: security % of IT', metric: 'percentOfIt',
    value: 10.9, unit: '%', year: 2019, source: 'Deloitte / FS-ISAC 2019' },
  { id: 'deloitte-2019-per-employee', label: 'Financial services: security spend per employee',
    metric: 'perEmployee', value: 2700, unit: 'USD', year: 2019, source: 'Deloitte / FS-ISAC 2019' },
  { id: 'gartner-2024-market', label: 'Worldwide information-security spend', metric: 'marketSize',
    value: 193.5, unit: 'USD bn', year: 2024, source: 'Gartner' },
  { id: 'gartner-2025-market', label: 'Worldwide information-security spend', metric: 'marketSize',
    value: 213, unit: 'USD bn', year: 2025, source: 'Gartner' }
]

// ---------------------------------------------------------------------------------------------
// Look-ups

const byId = <T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((item) => [item.id, item]))

export const ROLE_BY_ID = byId(ROLES)
export const TOOL_BY_ID = byId(TOOLS)
export const CAPABILITY_BY_ID = byId(CAPABILITIES)

/** The catalog as the CLI's `catalog --json` prints it (docs/model.md). */
export function catalogDocument() {
  return {
    phases: PHASES.map(({ id, name, minEmployees }) => ({ id, name, minEmployees })),
    roles: ROLES.map(({ id, name, annualCost, source }) => ({ id, name, annualCost, source })),
    tools: TOOLS.map(({ id, name, low, high, perEmployee, source }) =>
      ({ id, name, low, high, perEmployee, source })),
    capabilities: CAPABILITIES.map(({ id, name, phase, domain, prerequisites }) =>
      ({ id, name, phase, domain, prerequisites })),
    risks: RISKS.map(({ id, name, likelihood, impact, priority }) =>
      ({ id, name, likelihood, impact, priority })),
    benchmarks: BENCHMARKS,
    timeline: TIMELINE
  }
}
