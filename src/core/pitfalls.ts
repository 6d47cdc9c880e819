// The pitfalls the planner flags (docs/model.md). Each warning names the quarters it covers, the
// numbers behind it, a one-line why, and the input that causes it. Consecutive quarters with the
// same problem are reported once, as a range, with the numbers of its worst quarter.
import {
  BUDGET_BAND, CAPABILITIES, CAPABILITY_BY_ID, DOMAINS, PHASE_IDS, phaseIndex, phaseName,
  TOOL_BY_ID, TOOL_FOR_CAPABILITY, type Domain
} from './catalog'
import { effectiveCapabilities } from './capabilityTiming'
import { fiscalYearDisplay, formatMoney, formatRatioAsPercent } from './format'
import { FTE_PER_100_TARGET } from './hiring'
import { capabilitiesInPlace, cumulativeCounts, phaseScores, prerequisiteIssues } from './maturity'
import type { Projection } from './projection'
import { quarterLabel, quarterRangeLabel } from './quarters'
import type { PlannedCapability, ScenarioDoc } from './scenario'

export type PitfallKind =
  | 'scalingTooQuickly' | 'technologyOverStrategy' | 'complianceOverSecurity'
  | 'budgetOverrun' | 'outgrowingSecurity' | 'budgetOutsideBand'
  | 'capabilityBeforeTool' | 'understaffed' | 'deadlineMissed' | 'cashTiming'

export interface Pitfall {
  kind: PitfallKind
  /** `info` is for notes that are not warnings (cash timing); findPitfalls never returns it. */
  severity: 'info' | 'warning' | 'critical'
  title: string
  /** First and last quarter (0-based) the warning covers. */
  fromQuarter: number
  toQuarter: number
  quarters: string
  /** The numbers behind the warning, already formatted for people. */
  detail: string
  why: string
  /** JSON path of the input to change. */
  field: string
}

/** "Mostly in place": an earlier phase below this score is not ready to build on. */
const EARLIER_PHASE_READY = 0.5
/** Tools are "far ahead" of people when they cost this many times the people line. */
const TOOLS_OVER_PEOPLE_RATIO = 1.5
/** Governance is "far ahead" of technology by this many points of catalog share. */
const GOVERNANCE_LEAD = 0.3

const TITLES: Record<PitfallKind, string> = {
  scalingTooQuickly: 'Scaling too quickly',
  technologyOverStrategy: 'Technology over strategy',
  complianceOverSecurity: 'Compliance over security',
  budgetOverrun: 'Budget overrun',
  outgrowingSecurity: 'Organisation outgrowing its security',
  budgetOutsideBand: 'Budget outside the 2–8% band',
  capabilityBeforeTool: 'Capability without its tool',
  understaffed: 'Security team too small',
  deadlineMissed: 'Deadline missed',
  cashTiming: 'Cash timing'
}

/** A fiscal year more than this share over its budget is a critical overrun. */
const CRITICAL_OVERRUN = 1.1

/** A team below this share of the hiring target's FTE per 100 employees is too small. */
const UNDERSTAFFED_SHARE = 0.5

export function findPitfalls(doc: ScenarioDoc, projection: Projection): Pitfall[] {
  // The maturity rules read capabilities as they land: a capability waits for what it needs.
  const planned = effectiveCapabilities(projection.capabilities, doc.quarters)
  return [
    ...budgetBand(doc, projection),
    ...scalingTooQuickly(doc, planned),
    ...capabilitiesBeforeTools(doc, planned),
    ...fiscalYearOverruns(doc, projection),
    ...missedDeadlines(projection),
    ...perQuarterRuns(doc, projection, planned)
  ].sort((a, b) => a.fromQuarter - b.fromQuarter || severityRank(b) - severityRank(a))
}

/**
 * Quarters over their own budget inside a fiscal year that stays within its budget: the year's
 * money is there, it is only spent unevenly (an annual audit paid in one quarter). Information,
 * not a warning; one note per fiscal year, with the numbers of its worst quarter.
 */
export function cashTimingNotes(projection: Projection): Pitfall[] {
  const rows = projection.quarters
  return projection.fiscalYears.flatMap((year) => {
    if (year.total > year.budget || year.quartersOverBudget === 0) return []
    const over = rows.slice(year.fromQuarter, year.toQuarter + 1).filter((r) => r.total > r.budget)
    const worst = over.reduce((a, b) => (b.total - b.budget > a.total - a.budget ? b : a))
    const currency = projection.currency
    return [{
      kind: 'cashTiming', severity: 'info', title: TITLES.cashTiming,
      fromQuarter: over[0].quarter, toQuarter: over[over.length - 1].quarter,
      quarters: quarterRangeLabel(projection.start, over[0].quarter, over[over.length - 1].quarter),
      detail: `${worst.label}: planned ${formatMoney(worst.total, currency)} against a quarterly budget of ${formatMoney(worst.budget, currency)}; ${year.label} as a whole uses ${formatRatioAsPercent(year.utilization, 0)} of its budget`,
      why: 'Spending unevenly inside a year that holds is cash timing, not an overrun.',
      field: 'budget'
    } satisfies Pitfall]
  })
}

function severityRank(p: Pitfall): number {
  return p.severity === 'critical' ? 1 : 0
}

function budgetBand(doc: ScenarioDoc, projection: Projection): Pitfall[] {
  const outside = (percent: number) => percent < BUDGET_BAND.min || percent > BUDGET_BAND.max
  const make = (percent: number, field: string, what: string): Pitfall => ({
    kind: 'budgetOutsideBand', severity: 'warning', title: TITLES.budgetOutsideBand,
    fromQuarter: 0, toQuarter: doc.quarters - 1, quarters: 'whole plan', field,
    detail: `${what} is ${percent}% of revenue; the blueprint's band for AI companies is ${BUDGET_BAND.min}–${BUDGET_BAND.max}%`,
    why: percent < BUDGET_BAND.min
      ? 'Below 2% an AI company rarely funds the people its growth needs.'
      : 'Above 8% is beyond even mature enterprises; check the revenue figures.'
  })
  if (doc.budget.mode === 'fixed') {
    const percent = doc.budget.fixedPercent ?? 0
    return outside(percent) ? [make(percent, 'budget.fixedPercent', 'The fixed budget')] : []
  }
  if (doc.budget.mode === 'amounts') {
    // An approved amount is judged by the share of its fiscal year's revenue it is.
    return (doc.budget.amounts ?? []).flatMap((a, i) => {
      const year = projection.fiscalYears.find((y) => y.year === a.fiscalYear)
      if (!year || year.revenue === 0) return []
      const percent = Number(((year.budget / year.revenue) * 100).toFixed(2))
      if (!outside(percent)) return []
      return [{ ...make(percent, `budget.amounts[${i}].amount`, `The approved ${year.label} budget`),
        fromQuarter: year.fromQuarter, toQuarter: year.toQuarter,
        quarters: quarterRangeLabel(doc.start, year.fromQuarter, year.toQuarter) }]
    })
  }
  return PHASE_IDS.flatMap((id) => {
    const percent = doc.budget.percent?.[id]
    return percent !== undefined && outside(percent)
      ? [make(percent, `budget.percent.${id}`, `The ${phaseName(id)} budget`)]
      : []
  })
}

/**
 * A capability that is a tool, planned before any tool or service that delivers it is bought. The
 * warning names the first line that delivers it, or the tool a plan would usually buy.
 */
function capabilitiesBeforeTools(doc: ScenarioDoc, planned: readonly PlannedCapability[]): Pitfall[] {
  const lines = [...(doc.tools ?? [])].sort((a, b) => a.quarter - b.quarter)
  return planned.flatMap((c, index) => {
    const usualTool = TOOL_FOR_CAPABILITY[c.id]
    if (usualTool === undefined || c.quarter >= doc.quarters) return []
    const first = lines.find((line) => TOOL_BY_ID.get(line.tool)?.delivers.includes(c.id))
    if (first !== undefined && first.quarter <= c.quarter) return []
    const name = CAPABILITY_BY_ID.get(c.id)?.name ?? c.id
    const toolName = TOOL_BY_ID.get(first?.tool ?? usualTool)?.name ?? usualTool
    return [{
      kind: 'capabilityBeforeTool', severity: 'warning', title: TITLES.capabilityBeforeTool,
      fromQuarter: c.quarter, toQuarter: c.quarter, quarters: quarterLabel(doc.start, c.quarter),
      field: `capabilities[${index}].quarter`,
      detail: first === undefined
        ? `${name} is planned for ${quarterLabel(doc.start, c.quarter)} but no ${toolName} is bought`
        : `${name} is planned for ${quarterLabel(doc.start, c.quarter)} but the ${toolName} is bought in ${quarterLabel(doc.start, first.quarter)}`,
      why: 'Maturity counted without the money behind it flatters the plan.'
    } satisfies Pitfall]
  })
}

function scalingTooQuickly(doc: ScenarioDoc, planned: readonly PlannedCapability[]): Pitfall[] {
  const pitfalls: Pitfall[] = prerequisiteIssues(planned).filter((issue) => issue.quarter < doc.quarters).map((issue) => {
    const name = CAPABILITY_BY_ID.get(issue.capability)?.name ?? issue.capability
    const prerequisite = CAPABILITY_BY_ID.get(issue.prerequisite)?.name ?? issue.prerequisite
    return {
      kind: 'scalingTooQuickly', severity: 'warning', title: TITLES.scalingTooQuickly,
      fromQuarter: issue.quarter, toQuarter: issue.quarter,
      quarters: quarterLabel(doc.start, issue.quarter), field: `capabilities[${issue.index}].quarter`,
      detail: issue.prerequisiteQuarter === null || issue.prerequisiteQuarter >= doc.quarters
        ? `${name} is planned for ${quarterLabel(doc.start, issue.quarter)} but its prerequisite ${prerequisite} is not ${issue.prerequisiteQuarter === null ? 'planned' : 'in place within the plan'}`
        : `${name} is planned for ${quarterLabel(doc.start, issue.quarter)}, before its prerequisite ${prerequisite} (${quarterLabel(doc.start, issue.prerequisiteQuarter)})`,
      why: 'A capability without its foundations is bought but not used.'
    }
  })
  const inPlace = capabilitiesInPlace(planned, doc.quarters)
  planned.forEach((c, index) => {
    const capability = CAPABILITY_BY_ID.get(c.id)
    if (!capability || c.quarter >= doc.quarters) return
    const earlier = PHASE_IDS[phaseIndex(capability.phase) - 1]
    if (earlier === 'adhoc') return
    const score = phaseScores(inPlace[c.quarter])[earlier]
    if (score < EARLIER_PHASE_READY) {
      pitfalls.push({
        kind: 'scalingTooQuickly', severity: 'warning', title: TITLES.scalingTooQuickly,
        fromQuarter: c.quarter, toQuarter: c.quarter, quarters: quarterLabel(doc.start, c.quarter),
        field: `capabilities[${index}].quarter`,
        detail: `${capability.name} (${phaseName(capability.phase)}) lands when only ${formatRatioAsPercent(score, 0)} of ${phaseName(earlier)} is in place`,
        why: 'Skipping phases is the most common failure: finish the earlier phase first.'
      })
    }
  })
  return pitfalls
}

interface QuarterFinding {
  severity: Pitfall['severity']
  /** How bad this quarter is, to pick the worst quarter of a run. */
  weight: number
  detail: string
}

type QuarterCheck = (q: number) => QuarterFinding | null

/** Budget overrun is judged per fiscal year, the period a board approves. */
function fiscalYearOverruns(doc: ScenarioDoc, projection: Projection): Pitfall[] {
  const currency = projection.currency
  return projection.fiscalYears.flatMap((year) => {
    if (year.total <= year.budget) return []
    return [{
      kind: 'budgetOverrun',
      // More than 10% over, or any spend against no budget at all.
      severity: year.total > year.budget * CRITICAL_OVERRUN || year.budget === 0 ? 'critical' : 'warning',
      title: TITLES.budgetOverrun, fromQuarter: year.fromQuarter, toQuarter: year.toQuarter,
      quarters: `${fiscalYearDisplay(year)}: ${quarterRangeLabel(doc.start, year.fromQuarter, year.toQuarter)}`,
      detail: `${year.label}: planned ${formatMoney(year.total, currency)} against a budget of ${formatMoney(year.budget, currency)} (${formatRatioAsPercent(year.utilization, 0)})`,
      why: 'Planned spend above the year\'s budget needs a board decision, not a surprise.',
      field: 'budget'
    } satisfies Pitfall]
  })
}

function missedDeadlines(projection: Projection): Pitfall[] {
  return projection.deadlines.flatMap((d, index) => d.met ? [] : [{
    kind: 'deadlineMissed', severity: d.hard ? 'critical' : 'warning', title: TITLES.deadlineMissed,
    fromQuarter: d.quarter, toQuarter: d.quarter, quarters: d.label, field: `deadlines[${index}]`,
    detail: `${d.name} (${d.label}): not in place by then: ${d.missing.map((id) => CAPABILITY_BY_ID.get(id)?.name ?? id).join(', ')}`,
    why: d.hard
      ? 'A hard deadline (a contract, a regulation) missed is a commitment broken.'
      : 'A date promised to customers or the board slips unless the plan moves.'
  } satisfies Pitfall])
}

function perQuarterRuns(doc: ScenarioDoc, projection: Projection, planned: readonly PlannedCapability[]): Pitfall[] {
  const currency = projection.currency
  const rows = projection.quarters
  const shares = domainSharesByQuarter(doc, planned)
  const checks: { kind: PitfallKind; field: string; why: string; check: QuarterCheck }[] = [
    {
      kind: 'outgrowingSecurity', field: 'capabilities',
      why: 'The company is in a later phase than its security; risk grows faster than controls.',
      check: (q) => {
        const r = rows[q]
        if (r.maturityGap <= 0) return null
        return {
          severity: r.maturityGap >= 2 ? 'critical' : 'warning',
          weight: r.maturityGap,
          detail: `${r.label}: ${r.headcount.toLocaleString('en-US')} employees put the company in ${phaseName(r.orgPhase)}, security maturity is ${phaseName(r.maturityPhase)} (gap ${r.maturityGap})`
        }
      }
    },
    {
      kind: 'understaffed', field: 'hires',
      why: 'Too few people to run the programme: capabilities on paper, not in practice.',
      check: (q) => {
        const r = rows[q]
        if (r.orgPhase === 'adhoc') return null
        const target = (r.headcount * FTE_PER_100_TARGET[r.orgPhase]) / 100
        if (r.securityFte >= target * UNDERSTAFFED_SHARE) return null
        return {
          severity: r.securityFte === 0 ? 'critical' : 'warning',
          weight: target - r.securityFte,
          detail: `${r.label}: ${r.securityFte} security FTE for ${r.headcount.toLocaleString('en-US')} employees (${(r.ftePer100 ?? 0).toFixed(2)} per 100, against ${FTE_PER_100_TARGET[r.orgPhase]} per 100 for ${phaseName(r.orgPhase)})`
        }
      }
    },
    {
      kind: 'technologyOverStrategy', field: 'tools',
      why: 'Tools without the people and process to run them become shelfware.',
      check: (q) => {
        const r = rows[q]
        if (r.tools === 0 || r.tools <= r.people * TOOLS_OVER_PEOPLE_RATIO) return null
        return {
          severity: 'warning', weight: r.tools - r.people,
          detail: `${r.label}: tools ${formatMoney(r.tools, currency)} against people ${formatMoney(r.people, currency)} per quarter`
        }
      }
    },
    {
      kind: 'complianceOverSecurity', field: 'capabilities',
      why: 'Certificates without technical controls pass audits, not attacks.',
      check: (q) => {
        const { governance, technology } = shares[q]
        if (governance - technology < GOVERNANCE_LEAD) return null
        return {
          severity: 'warning', weight: governance - technology,
          detail: `${rows[q].label}: ${formatRatioAsPercent(governance, 0)} of governance capabilities in place against ${formatRatioAsPercent(technology, 0)} of technical ones`
        }
      }
    }
  ]
  const pitfalls: Pitfall[] = []
  for (const { kind, field, why, check } of checks) {
    let run: { from: number; worst: QuarterFinding; severity: Pitfall['severity'] } | null = null
    const close = (to: number) => {
      if (!run) return
      pitfalls.push({
        kind, severity: run.severity, title: TITLES[kind], fromQuarter: run.from, toQuarter: to,
        quarters: quarterRangeLabel(doc.start, run.from, to), detail: run.worst.detail, why, field
      })
      run = null
    }
    for (let q = 0; q < rows.length; q++) {
      const finding = check(q)
      if (!finding) {
        close(q - 1)
        continue
      }
      if (!run) run = { from: q, worst: finding, severity: finding.severity }
      else {
        if (finding.weight > run.worst.weight) run.worst = finding
        if (finding.severity === 'critical') run.severity = 'critical'
      }
    }
    close(rows.length - 1)
  }
  return pitfalls
}

/** Per quarter, the share of the catalog's governance and technical capabilities in place. */
function domainSharesByQuarter(doc: ScenarioDoc, planned: readonly PlannedCapability[]): { governance: number; technology: number }[] {
  const catalogCount = (domain: Domain) => CAPABILITIES.filter((c) => c.domain === domain).length
  const [governance, technology] = [catalogCount('governance'), catalogCount('technology')]
  return cumulativeCounts(planned, doc.quarters, DOMAINS, (c) => c.domain)
    .map((counts) => ({ governance: counts.governance / governance, technology: counts.technology / technology }))
}
