// Deadline templates (docs/model.md): certifications and regulations with the capabilities each
// needs in place. Which capabilities a framework needs is our reading of it (`derived`). A
// template carries a date only where the cited text sets one (the EU AI Act's application dates,
// Article 113 and Article 111(3) of Regulation (EU) 2024/1689); for an audit the user picks the
// quarter, as the date is the company's own commitment.
import type { Provenance } from './provenance'

export interface DeadlineTemplate {
  id: string
  name: string
  /** Capability ids the deadline needs in place. */
  capabilities: string[]
  /** A hard date set by law or contract, or null when the user picks the quarter. */
  date: string | null
  /** Missing a legal date is a critical warning by default; an audit date is the company's own. */
  hard: boolean
  /** The text that sets the date or describes the framework. */
  citation: string
  /** Provenance of the capability list: our reading of the framework. */
  source: Provenance
}

const SOC2_TYPE_1 = ['documented-policies', 'workforce-identity-baseline', 'endpoint-protection-baseline',
  'change-management-review', 'incident-response-plan', 'third-party-risk']
const EU_AI_ACT = 'Regulation (EU) 2024/1689 (EU AI Act)'

export const DEADLINE_TEMPLATES: readonly DeadlineTemplate[] = [
  { id: 'soc2-type1', name: 'SOC 2 Type I report', capabilities: SOC2_TYPE_1, date: null, hard: false,
    citation: 'AICPA Trust Services Criteria (2017, revised 2022): controls designed, at one date', source: 'derived' },
  { id: 'soc2-type2', name: 'SOC 2 Type II report',
    capabilities: [...SOC2_TYPE_1, 'vulnerability-management', 'internal-audits', 'soc2-iso27001'], date: null, hard: false,
    citation: 'AICPA Trust Services Criteria (2017, revised 2022): controls operating over an observation period', source: 'derived' },
  { id: 'iso27001', name: 'ISO/IEC 27001 certification',
    capabilities: ['documented-policies', 'risk-register', 'internal-audits', 'incident-response-plan',
      'third-party-risk', 'executive-reporting', 'soc2-iso27001'], date: null, hard: false,
    citation: 'ISO/IEC 27001:2022 (clauses 6 risk treatment, 9.2 internal audit, 9.3 management review)', source: 'derived' },
  { id: 'iso42001', name: 'ISO/IEC 42001 certification (AI management system)',
    capabilities: ['ai-risk-assessment', 'ai-threat-modelling', 'data-governance', 'model-version-control',
      'documented-policies', 'risk-register', 'internal-audits'], date: null, hard: false,
    citation: 'ISO/IEC 42001:2023 (AI risk and impact assessment, data for AI systems, internal audit)', source: 'derived' },
  { id: 'eu-ai-act-gpai-existing', name: 'EU AI Act: general-purpose AI models already on the market',
    capabilities: ['model-version-control', 'data-governance', 'ai-risk-assessment'], date: '2027-08-02', hard: true,
    citation: `${EU_AI_ACT}, Article 111(3): models placed on the market before 2 August 2025 comply by 2 August 2027; obligations in Article 53`, source: 'derived' },
  { id: 'eu-ai-act-high-risk', name: 'EU AI Act: high-risk AI systems (Annex III) and transparency',
    capabilities: ['ai-risk-assessment', 'risk-register', 'data-governance', 'model-version-control',
      'model-integrity', 'incident-response-plan'], date: '2026-08-02', hard: true,
    citation: `${EU_AI_ACT}, Article 113: applies from 2 August 2026; obligations in Articles 9–15, 50 and 73`, source: 'derived' },
  { id: 'eu-ai-act-high-risk-products', name: 'EU AI Act: high-risk AI in products under Annex I',
    capabilities: ['ai-risk-assessment', 'risk-register', 'data-governance', 'model-version-control',
      'model-integrity', 'incident-response-plan'], date: '2027-08-02', hard: true,
    citation: `${EU_AI_ACT}, Article 113(c): Article 6(1) applies from 2 August 2027`, source: 'derived' },
  { id: 'eu-ai-act-gpai', name: 'EU AI Act: general-purpose AI models placed on the market from now on',
    capabilities: ['model-version-control', 'data-governance', 'ai-risk-assessment'], date: '2025-08-02', hard: true,
    citation: `${EU_AI_ACT}, Article 113(b): Chapter V applies from 2 August 2025; obligations in Article 53`, source: 'derived' }
]

/** "2027-08-02" -> "2027-Q3": a capability in place in that quarter is in place on the day. */
export function quarterOfDate(date: string): string {
  const [year, month] = date.split('-').map(Number)
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`
}
