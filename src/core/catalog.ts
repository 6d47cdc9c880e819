// The reference data Rampart ships (docs/model.md). Every number carries its provenance so the UI and
// the exports can tell a blueprint figure from our reading of it and from a placeholder the user
// should replace with a quote. Tools and services, peer benchmarks and deadline templates have
// their own files, re-exported here.
import { BENCHMARKS } from './benchmarks'
import { DEADLINE_TEMPLATES } from './deadlineTemplates'
import type { Provenance } from './provenance'
import { TOOLS } from './toolCatalog'

export type { Provenance }

export { BENCHMARKS, peerFigures, type Benchmark, type BenchmarkMetric } from './benchmarks'
export { DEADLINE_TEMPLATES, quarterOfDate, type DeadlineTemplate } from './deadlineTemplates'
export { deliverersOf, TOOL_BY_ID, TOOL_FOR_CAPABILITY, TOOLS, type Tool, type ToolKind } from './toolCatalog'

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

/** Our reading of the blueprint's 2–4% and 6–8% bands, one percent per phase: `derived`. */
export const DEFAULT_BUDGET_PERCENT: Record<PhaseId, number> = {
  adhoc: 2, foundation: 3, growth: 4, optimization: 6, worldclass: 8
}
export const DEFAULT_BUDGET_PERCENT_SOURCE: Provenance = 'derived'

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
  /** Annual base pay in USD; overhead and recruiting fees are scenario settings on top. */
  annualCost: number
  source: Provenance
  /** A cited survey figure shown beside the base pay, when one exists (see BENCHMARKS). */
  payBenchmark?: string
  firstHire?: FirstHireProfile
}

// Base pay, US dollars a year. No survey we cite gives base pay for these roles, so every figure
// is illustrative; the CISO's sits beside IANS's 2024 total-pay figures, which include bonus and
// equity and so run above base pay.
export const ROLES: readonly Role[] = [
  { id: 'security-engineer', name: 'Senior security engineer (AI experience)', annualCost: 200000,
    source: 'illustrative',
    firstHire: { strengths: 'Hands-on, grows with the company, leadership potential',
      gaps: 'Needs support on formal compliance programmes', recommended: true } },
  { id: 'ai-security-specialist', name: 'AI security specialist', annualCost: 240000,
    source: 'illustrative',
    firstHire: { strengths: 'Deep knowledge of ML attacks (poisoning, extraction, adversarial)',
      gaps: 'Narrower breadth; premium pay', recommended: false } },
  { id: 'ciso', name: 'CISO', annualCost: 300000, source: 'illustrative',
    payBenchmark: 'ians-2024-ciso-pay-median',
    firstHire: { strengths: 'Strategy, board communication, programme building',
      gaps: 'Slow on AI threats; leans to compliance', recommended: false } },
  { id: 'compliance-expert', name: 'Compliance expert', annualCost: 140000, source: 'illustrative',
    firstHire: { strengths: 'Audits and security questionnaires',
      gaps: 'Little technical depth', recommended: false } },
  { id: 'appsec-engineer', name: 'Application security engineer', annualCost: 185000,
    source: 'illustrative' },
  { id: 'cloud-security-engineer', name: 'Cloud security engineer', annualCost: 185000,
    source: 'illustrative' },
  { id: 'grc-analyst', name: 'Governance, risk and compliance analyst', annualCost: 130000,
    source: 'illustrative' },
  { id: 'security-manager', name: 'Security manager', annualCost: 220000, source: 'illustrative' },
  { id: 'security-lead', name: 'Security team lead', annualCost: 210000, source: 'illustrative' },
  { id: 'detection-engineer', name: 'Detection and response engineer', annualCost: 180000,
    source: 'illustrative' }
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
  /** `reference`: the blueprint names it in this phase; `derived`: our reading (the baselines). */
  source: Provenance
}

const cap = (
  id: string, name: string, phase: Capability['phase'], domain: Domain, prerequisites: string[] = [],
  source: Provenance = 'reference'
): Capability => ({ id, name, phase, domain, prerequisites, source })

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
  // The blueprint's Ad Hoc phase already names basic access control, and practitioners treat these
  // two as baseline, so Foundation carries them; zero-trust identity and managed EDR stay later.
  cap('workforce-identity-baseline', 'Workforce identity baseline (SSO with MFA)', 'foundation',
    'technology', [], 'derived'),
  cap('endpoint-protection-baseline', 'Endpoint protection baseline', 'foundation', 'technology', [],
    'derived'),
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
  cap('zero-trust-identity', 'Zero-trust identity (RBAC, just-in-time access, service identity)',
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
// Look-ups

const byId = <T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((item) => [item.id, item]))

export const ROLE_BY_ID = byId(ROLES)
export const CAPABILITY_BY_ID = byId(CAPABILITIES)

/** The catalog as the CLI's `catalog --json` prints it (docs/model.md); every number with its provenance. */
export function catalogDocument() {
  return {
    phases: PHASES.map(({ id, name, minEmployees }) => ({ id, name, minEmployees })),
    budgetPercents: { ...DEFAULT_BUDGET_PERCENT, source: DEFAULT_BUDGET_PERCENT_SOURCE },
    budgetBand: { ...BUDGET_BAND, source: 'reference' as Provenance },
    roles: ROLES.map(({ id, name, annualCost, source, payBenchmark }) =>
      ({ id, name, annualCost, source, ...(payBenchmark ? { payBenchmark } : {}) })),
    tools: TOOLS.map(({ id, name, low, high, perEmployee, source, kind, delivers }) =>
      ({ id, name, low, high, perEmployee, source, kind, delivers })),
    capabilities: CAPABILITIES.map(({ id, name, phase, domain, prerequisites, source }) =>
      ({ id, name, phase, domain, prerequisites, source })),
    risks: RISKS.map(({ id, name, likelihood, impact, priority }) =>
      ({ id, name, likelihood, impact, priority })),
    benchmarks: BENCHMARKS,
    deadlineTemplates: DEADLINE_TEMPLATES,
    timeline: TIMELINE
  }
}
