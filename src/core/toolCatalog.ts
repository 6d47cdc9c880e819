// Tools and services a plan can buy (docs/model.md). A CISO buys services as often as tools: both
// are catalog entries with an annual range, a per-employee part where pricing is per seat or
// device, and the capabilities they deliver. A capability a service delivers counts as delivered
// by a tool (a managed detection and response service stands in for an in-house SIEM, EDR and
// threat-intelligence rota). The three ranges the blueprint prices are `reference`; every other
// range is `illustrative`, a placeholder to replace with a quote.
import type { Provenance } from './provenance'

export type ToolKind = 'tool' | 'service'

export interface Tool {
  id: string
  name: string
  kind: ToolKind
  /** Annual cost range in USD. */
  low: number
  high: number
  /** Annual cost per employee in USD, on top of the range. */
  perEmployee: number
  source: Provenance
  /** Catalog capability ids this tool or service provides. */
  delivers: string[]
}

const entry = (
  id: string, name: string, kind: ToolKind, low: number, high: number, perEmployee: number,
  source: Provenance, delivers: string[]
): Tool => ({ id, name, kind, low, high, perEmployee, source, delivers })

export const TOOLS: readonly Tool[] = [
  entry('siem', 'SIEM', 'tool', 50000, 200000, 0, 'reference', ['siem']),
  entry('ai-security-platform', 'AI security platform', 'tool', 100000, 500000, 0, 'reference',
    ['ai-security-platform']),
  entry('compliance-automation', 'Compliance automation', 'tool', 25000, 100000, 0, 'reference',
    ['compliance-automation']),
  entry('soar', 'SOAR', 'tool', 50000, 250000, 0, 'illustrative', ['soar']),
  entry('edr', 'EDR', 'tool', 5000, 20000, 60, 'illustrative', ['edr', 'endpoint-protection-baseline']),
  entry('cspm', 'CSPM', 'tool', 30000, 150000, 0, 'illustrative', ['cspm']),
  entry('threat-intel', 'Threat-intelligence platform', 'tool', 25000, 150000, 0, 'illustrative',
    ['threat-intel']),
  entry('patch-management', 'Automated patch management', 'tool', 15000, 60000, 10, 'illustrative',
    ['automated-patching']),
  // The categories a CISO also buys, priced per user or device where vendors do.
  entry('identity-access', 'Identity and privileged access (SSO, MFA, PAM)', 'tool', 10000, 80000, 60,
    'illustrative', ['workforce-identity-baseline', 'zero-trust-identity']),
  entry('email-security', 'Email security', 'tool', 5000, 30000, 25, 'illustrative', []),
  entry('device-management', 'Device management (MDM)', 'tool', 3000, 20000, 45, 'illustrative',
    ['endpoint-protection-baseline']),
  entry('dlp', 'Data loss prevention', 'tool', 25000, 150000, 40, 'illustrative',
    ['ai-lifecycle-data-protection']),
  entry('appsec-testing', 'Application security testing (SAST, SCA, DAST)', 'tool', 30000, 200000, 0,
    'illustrative', ['ml-supply-chain', 'vulnerability-management']),
  entry('llm-guardrails', 'LLM guardrails', 'tool', 25000, 150000, 0, 'illustrative',
    ['ai-security-platform']),
  // Services.
  entry('mdr', 'Managed detection and response (MDR)', 'service', 30000, 120000, 90, 'illustrative',
    ['siem', 'edr', 'endpoint-protection-baseline', 'threat-intel']),
  entry('managed-soc', 'Managed SOC', 'service', 150000, 600000, 0, 'illustrative',
    ['siem', 'soar', 'threat-intel']),
  entry('fractional-ciso', 'Fractional (virtual) CISO', 'service', 60000, 250000, 0, 'illustrative',
    ['security-governance', 'executive-reporting']),
  entry('penetration-test', 'Penetration test', 'service', 15000, 100000, 0, 'illustrative', []),
  entry('ai-red-teaming', 'AI red teaming', 'service', 50000, 250000, 0, 'illustrative', ['model-integrity']),
  entry('bug-bounty', 'Bug bounty programme', 'service', 20000, 200000, 0, 'illustrative', []),
  entry('cyber-insurance', 'Cyber insurance', 'service', 20000, 250000, 0, 'illustrative', [])
]

/**
 * Capabilities that are a tool: in place only once a tool or service that delivers them is
 * bought. The value is the tool a plan would usually buy, named in the warning.
 */
export const TOOL_FOR_CAPABILITY: Readonly<Record<string, string>> = {
  siem: 'siem', soar: 'soar', edr: 'edr', cspm: 'cspm', 'threat-intel': 'threat-intel',
  'ai-security-platform': 'ai-security-platform', 'compliance-automation': 'compliance-automation',
  'automated-patching': 'patch-management', 'workforce-identity-baseline': 'identity-access',
  'endpoint-protection-baseline': 'edr'
}

export const TOOL_BY_ID: ReadonlyMap<string, Tool> = new Map(TOOLS.map((t) => [t.id, t]))

/** Catalog tools and services that deliver a capability, tools first. */
export function deliverersOf(capabilityId: string): Tool[] {
  return TOOLS.filter((t) => t.delivers.includes(capabilityId))
    .sort((a, b) => Number(a.kind === 'service') - Number(b.kind === 'service'))
}
