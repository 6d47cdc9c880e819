// Hiring-sequence suggestion: from the growth curve, who to hire and when. The result is a draft
// the user reviews and edits; nothing in the scenario changes until they apply it.
//
// Rules (from the blueprint): the team grows with the company towards a target number of
// security FTE per 100 employees; who comes next is the first role of a reached phase that
// nobody holds yet (so the first hire is a senior security engineer with AI experience), then a
// rotation of scaling roles. A company in Growth gets a CISO whatever the ratio says. A
// requisition opens a recruiting lead time before the quarter the person is needed.
//
// Kept hires count from the moment they are being recruited: a hire the plan already starts within
// its recruiting lead time of a quarter fills that quarter's need, so the suggestion never adds a
// second person of a role the plan already has starting in the same window.
import { CAPABILITY_BY_ID, PHASE_IDS, phaseIndex, phaseName, ROLE_BY_ID, type PhaseId } from './catalog'
import { hireActive } from './peopleCost'
import { projectScenario } from './projection'
import { quarterLabel } from './quarters'
import { ROLE_CAPABILITIES } from './roleCapabilities'
import type { Hire, ScenarioDoc } from './scenario'

/** Security FTE per 100 employees the team grows towards in each phase (illustrative). */
export const FTE_PER_100_TARGET: Record<PhaseId, number> = {
  adhoc: 0, foundation: 1.5, growth: 1.5, optimization: 1.25, worldclass: 1
}

/** Roles each phase needs, in hiring order. */
const PHASE_ROLES: Record<PhaseId, readonly string[]> = {
  adhoc: [],
  foundation: ['security-engineer', 'ai-security-specialist'],
  growth: ['appsec-engineer', 'cloud-security-engineer', 'grc-analyst', 'ciso', 'detection-engineer'],
  optimization: ['security-manager', 'security-lead'],
  worldclass: ['security-manager', 'security-lead']
}

/** Beyond the named roles, extra headcount rotates through these. */
const SCALING_ROLES: readonly string[] = [
  'security-engineer', 'appsec-engineer', 'cloud-security-engineer', 'detection-engineer',
  'ai-security-specialist', 'grc-analyst'
]

/** Quarters from opening a requisition to the person starting. Leaders take longer to find. */
function recruitingLeadQuarters(role: string): number {
  return role === 'ciso' || role === 'security-manager' ? 2 : 1
}

export interface SuggestedHire extends Hire {
  requisitionQuarter: number
  requisitionLabel: string
  startLabel: string
  /** Why this hire: the phase that needs the role, the CISO rule, or the FTE ratio it keeps. */
  reason: string
  /** The catalog capabilities of the phases reached by its start that the role builds or runs, by name. */
  serves: string[]
}

export interface HiringSuggestion {
  /** Only the hires the suggestion adds. */
  added: SuggestedHire[]
  /** The full hiring plan if the suggestion is applied (kept hires first, then added ones). */
  draft: Hire[]
}

export interface HiringOptions {
  /** Keep the scenario's hires and only fill gaps (default), or plan from scratch. */
  keepExisting?: boolean
}

export function suggestHiringSequence(doc: ScenarioDoc, options: HiringOptions = {}): HiringSuggestion {
  const keepExisting = options.keepExisting ?? true
  const kept = keepExisting ? (doc.hires ?? []) : []
  const rows = projectScenario({ ...doc, hires: kept }).quarters
  const added: SuggestedHire[] = []
  const presentRoles = new Set<string>()
  /** People in post at q, or already being recruited for a start within their lead time. */
  const keptFte = (q: number) => kept.reduce((sum, h) =>
    sum + (hireActive(h, q) || (h.quarter > q && h.quarter - q <= recruitingLeadQuarters(h.role)) ? h.count : 0), 0)
  let rotation = 0

  for (let q = 0; q < rows.length; q++) {
    const { headcount, orgPhase } = rows[q]
    for (const h of kept) if (h.quarter <= q) presentRoles.add(h.role)
    const startFor = (role: string) => Math.min(rows.length - 1, Math.max(q, recruitingLeadQuarters(role)))
    /** A kept hire of this role starts within the lead time of when a suggested one would. */
    const keptInWindow = (role: string) => {
      const start = startFor(role)
      return kept.some((h) => h.role === role && Math.abs(h.quarter - start) <= recruitingLeadQuarters(role))
    }
    const covered = (role: string) => presentRoles.has(role) || keptInWindow(role)
    const suggest = (role: string, reason: string) => {
      const lead = recruitingLeadQuarters(role)
      const start = startFor(role)
      // A short plan can leave less than the lead time: the requisition opens at once.
      const requisition = Math.max(0, start - lead)
      presentRoles.add(role)
      added.push({
        role, count: 1, quarter: start, annualCost: ROLE_BY_ID.get(role)?.annualCost ?? 0,
        requisitionQuarter: requisition, requisitionLabel: quarterLabel(doc.start, requisition),
        startLabel: quarterLabel(doc.start, start), reason, serves: capabilitiesServed(role, rows[start].orgPhase)
      })
    }
    if (orgPhase === 'adhoc') continue
    const planned = () => keptFte(q) + added.length
    // Security needs a leader once the company is in Growth, whatever the ratio says.
    if (phaseIndex(orgPhase) >= phaseIndex('growth') && !covered('ciso')) {
      suggest('ciso', `${phaseName(orgPhase)} phase needs a CISO to lead the programme`)
    }
    // The ratio decides how many; the phases' roles, in order, decide who comes first.
    const target = Math.max(1, Math.ceil((headcount * FTE_PER_100_TARGET[orgPhase]) / 100))
    while (planned() < target) {
      const named = nextPhaseRole(orgPhase, covered)
      if (named) {
        const name = ROLE_BY_ID.get(named.role)?.name ?? named.role
        suggest(named.role, planned() === 0
          ? `First security hire (the blueprint's recommendation) as the company reaches ${phaseName(orgPhase)}`
          : `${phaseName(named.phase)} phase needs ${withArticle(name)}`)
      } else {
        const role = nextScalingRole(rotation, keptInWindow)
        rotation = SCALING_ROLES.indexOf(role) + 1
        suggest(role, `${headcount.toLocaleString('en-US')} employees call for ${target} security FTE (${FTE_PER_100_TARGET[orgPhase]} per 100 in ${phaseName(orgPhase)})`)
      }
    }
  }
  const draft: Hire[] = [
    ...kept,
    ...added.map(({ role, count, quarter, annualCost }) => ({ role, count, quarter, annualCost }))
  ]
  return { added, draft }
}

/** The first role of a reached phase that nobody holds or is planned to, earlier phases first. */
function nextPhaseRole(orgPhase: PhaseId, covered: (role: string) => boolean): { role: string; phase: PhaseId } | null {
  for (const phase of PHASE_IDS.slice(1, phaseIndex(orgPhase) + 1)) {
    const role = PHASE_ROLES[phase].find((r) => !covered(r))
    if (role) return { role, phase }
  }
  return null
}

/**
 * The rotation's next scaling role, passing over any the plan already starts in the same window.
 * Only when the plan starts every scaling role in that window does the rotation's own turn stand.
 */
function nextScalingRole(turn: number, plannedInWindow: (role: string) => boolean): string {
  for (let i = 0; i < SCALING_ROLES.length; i++) {
    const role = SCALING_ROLES[(turn + i) % SCALING_ROLES.length]
    if (!plannedInWindow(role)) return role
  }
  return SCALING_ROLES[turn % SCALING_ROLES.length]
}

/** Names of the catalog capabilities, in phases up to `orgPhase`, that the role builds or runs. */
function capabilitiesServed(role: string, orgPhase: PhaseId): string[] {
  return (ROLE_CAPABILITIES[role] ?? []).flatMap((id) => {
    const capability = CAPABILITY_BY_ID.get(id)
    return capability && phaseIndex(capability.phase) <= phaseIndex(orgPhase) ? [capability.name] : []
  })
}

/** "an AI security specialist", "a cloud security engineer", "a CISO". */
function withArticle(roleName: string): string {
  const name = /^[A-Z]{2}/.test(roleName) ? roleName : roleName.charAt(0).toLowerCase() + roleName.slice(1)
  return `${/^[aeiouAEIOU]/.test(name) ? 'an' : 'a'} ${name}`
}

export interface FirstHireOption {
  role: string
  name: string
  annualCost: number
  strengths: string
  gaps: string
  recommended: boolean
}

/** The four first-hire profiles of the blueprint, side by side. */
export function firstHireOptions(): FirstHireOption[] {
  return [...ROLE_BY_ID.values()].flatMap((role) => role.firstHire
    ? [{ role: role.id, name: role.name, annualCost: role.annualCost, ...role.firstHire }]
    : [])
}
