// Which capabilities each role builds or runs, so a hiring plan can say what a hire enables.
// The mapping is an illustrative reading of the blueprint's role descriptions, not a quote.
import { CAPABILITY_BY_ID, type Provenance } from './catalog'
import type { Hire, ScenarioDoc } from './scenario'

export const ROLE_CAPABILITIES_SOURCE: Provenance = 'illustrative'

export const ROLE_CAPABILITIES: Readonly<Record<string, readonly string[]>> = {
  'security-engineer': ['first-security-hire', 'secure-ai-code-review', 'vulnerability-management',
    'automated-patching', 'edr', 'model-protection'],
  'ai-security-specialist': ['ai-threat-modelling', 'model-protection', 'model-version-control',
    'ml-supply-chain', 'ai-security-platform', 'model-integrity', 'privacy-enhancing-computation'],
  ciso: ['security-governance', 'executive-reporting', 'documented-policies', 'risk-register',
    'security-differentiator', 'industry-leadership'],
  'compliance-expert': ['soc2-iso27001', 'compliance-automation', 'internal-audits',
    'privacy-compliance'],
  'appsec-engineer': ['secure-ai-code-review', 'ml-supply-chain', 'change-management-review',
    'secure-model-deployment', 'developer-ai-training'],
  'cloud-security-engineer': ['cspm', 'zero-trust-identity', 'micro-segmentation',
    'ai-lifecycle-data-protection', 'training-data-privacy'],
  'grc-analyst': ['ai-risk-assessment', 'risk-register', 'third-party-risk', 'soc2-iso27001',
    'internal-audits', 'privacy-compliance', 'multi-region-compliance', 'data-governance'],
  'security-manager': ['specialised-roles', 'sops', 'policy-enforcement', 'security-champions'],
  'security-lead': ['security-champions', 'developer-ai-training', 'sops'],
  'detection-engineer': ['siem', 'soar', 'threat-intel', 'incident-response-plan',
    'ml-threat-detection', 'automated-incident-response', 'automated-intel-analysis',
    'predictive-risk-analytics']
}

export interface EnabledCapability {
  id: string
  name: string
  /** When the scenario plans it in place. */
  quarter: number
}

/**
 * The planned capabilities a hire helps deliver: those its role builds or runs that the scenario
 * puts in place while the hire is on the team (from its start, before its end quarter).
 */
export function capabilitiesEnabledBy(hire: Hire, doc: ScenarioDoc): EnabledCapability[] {
  const roleCapabilities = new Set(ROLE_CAPABILITIES[hire.role] ?? [])
  return (doc.capabilities ?? [])
    .filter((c) => roleCapabilities.has(c.id) && c.quarter >= hire.quarter &&
      (hire.endQuarter === undefined || c.quarter < hire.endQuarter))
    .map((c) => ({ id: c.id, name: CAPABILITY_BY_ID.get(c.id)?.name ?? c.id, quarter: c.quarter }))
    .sort((a, b) => a.quarter - b.quarter || a.name.localeCompare(b.name))
}
