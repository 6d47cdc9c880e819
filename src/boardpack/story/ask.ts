// The ask: what the first full fiscal year of the plan costs, what it buys and which risk it
// reduces, stated as the sentence a CISO would say to the board; and the decisions the board is
// asked to take (fiscal years over budget, deadlines at risk).
import { formatMoneyCompact, phaseName, type FiscalYearResult } from '../../core'
import type { ReportBasis } from './basis'
import { capabilityNames } from './deadlines'
import { averageRiskScore } from './riskChange'

export interface Ask {
  fiscalYear: FiscalYearResult
  /** False when the plan holds no complete fiscal year: the ask is for a partial one. */
  fullYear: boolean
  /** Total as % of the year's revenue (a fraction), null without revenue. */
  shareOfRevenue: number | null
  /** Spend above the year's budget, 0 when within it. */
  overBudget: number
  /** The average residual AI risk score before the year and at its end. */
  riskBefore: number
  riskAfter: number
  /** The risk whose score the year cuts most, if it cuts any. */
  biggestRiskCut: { name: string; before: number; after: number } | null
  sentence: string
}

export interface Decision {
  severity: 'critical' | 'warning' | 'information'
  /** What the decision is about: a fiscal year or a deadline's name. */
  subject: string
  text: string
}

type AskInput = Pick<ReportBasis, 'fiscalYears' | 'risks' | 'currency' | 'doc'>

export function askOf(report: AskInput): Ask {
  const years = report.fiscalYears
  const fiscalYear = years.find((y) => !y.partial) ?? years[0]
  const money = (value: number) => formatMoneyCompact(value, report.currency)
  const before = Math.max(0, fiscalYear.fromQuarter - 1)
  const riskBefore = averageRiskScore(report.risks, before)
  const riskAfter = averageRiskScore(report.risks, fiscalYear.toQuarter)
  const cuts = report.risks
    .map((t) => ({ name: t.risk.name, before: t.quarters[before].score, after: t.quarters[fiscalYear.toQuarter].score }))
    .filter((c) => c.after < c.before)
    .sort((a, b) => (b.before - b.after) - (a.before - a.after))
  const biggestRiskCut = cuts[0] ?? null
  const shareOfRevenue = fiscalYear.revenue === 0 ? null : fiscalYear.total / fiscalYear.revenue
  const overBudget = Math.max(0, fiscalYear.total - fiscalYear.budget)
  const fullYear = !fiscalYear.partial
  const period = `${fiscalYear.label} (${fiscalYear.quarters[0]} – ${fiscalYear.quarters[fiscalYear.quarters.length - 1]}` +
    `${fullYear ? '' : `, ${fiscalYear.quarters.length} quarters in the plan`})`
  const budget = fiscalYear.budget === 0
    ? 'against no budget'
    : overBudget > 0
      ? `${money(overBudget)} over the ${money(fiscalYear.budget)} budget`
      : `${Math.round((fiscalYear.utilization ?? 0) * 100)}% of the ${money(fiscalYear.budget)} budget`
  const risk = riskAfter < riskBefore
    ? `the average residual AI risk score falls from ${riskBefore.toFixed(1)} to ${riskAfter.toFixed(1)}` +
      (biggestRiskCut ? ` (${biggestRiskCut.name}: ${biggestRiskCut.before.toFixed(1)} to ${biggestRiskCut.after.toFixed(1)})` : '')
    : `the average residual AI risk score stays at ${riskAfter.toFixed(1)}`
  const sentence = `For ${period}, security asks for ${money(fiscalYear.total)}: ${money(fiscalYear.people)} for people ` +
    `(${fiscalYear.securityFte} security FTE by year end), ${money(fiscalYear.tools)} for tools and ` +
    `${money(fiscalYear.programs)} for programs; ` +
    `${shareOfRevenue === null ? 'no revenue is planned' : `${(shareOfRevenue * 100).toFixed(1)}% of revenue`}, ${budget}. ` +
    `By year end security maturity reaches ${phaseName(fiscalYear.maturityPhase)} ` +
    `(the organisation is in ${phaseName(fiscalYear.orgPhase)}), and ${risk}.`
  return { fiscalYear, fullYear, shareOfRevenue, overBudget, riskBefore, riskAfter, biggestRiskCut, sentence }
}

/** Above this share of its budget a fiscal year's overrun is critical. */
const CRITICAL_UTILIZATION = 1.1
/** A deadline the plan meets is still at risk when fewer simulated outcomes than this meet it. */
const DEADLINE_CONFIDENCE = 0.8

/**
 * What the board must decide: every fiscal year over budget (critical above 110%), every deadline
 * at risk (critical when hard): missed by the plan, or met by it in fewer than 80% of simulated
 * outcomes; and, for information, quarters over budget inside a year that stays within it (cash
 * timing).
 */
export function decisionsOf(report: Pick<ReportBasis, 'fiscalYears' | 'currency' | 'projection' | 'deadlines'>): Decision[] {
  const money = (value: number) => formatMoneyCompact(value, report.currency)
  const decisions: Decision[] = []
  for (const year of report.fiscalYears) {
    const over = year.total - year.budget
    if (over <= 0) continue
    const share = year.budget === 0 ? '' : ` (${Math.round((over / year.budget) * 100)}%)`
    decisions.push({
      severity: (year.utilization ?? Infinity) > CRITICAL_UTILIZATION ? 'critical' : 'warning',
      subject: year.label,
      text: `Spend of ${money(year.total)} is ${money(over)}${share} over the ${money(year.budget)} budget: ` +
        'approve the difference, or cut or defer spend in this year.'
    })
  }
  report.deadlines.forEach((deadline) => {
    const chance = deadline.metProbability
    if (deadline.met && chance >= DEADLINE_CONFIDENCE) return
    const kind = deadline.hard ? 'Hard deadline' : 'Deadline'
    const odds = `met in ${Math.round(chance * 100)}% of simulated outcomes`
    decisions.push({
      severity: deadline.hard ? 'critical' : 'warning',
      subject: deadline.name,
      text: deadline.met
        ? `${kind} ${deadline.label} is met in the plan, but only ${odds}: hiring slips and leavers can delay what it needs.`
        : `${kind} ${deadline.label} is at risk: ${capabilityNames(deadline.missing)} ` +
          `${deadline.missing.length === 1 ? 'is' : 'are'} not in place by then (${odds}).`
    })
  })
  for (const year of report.fiscalYears.filter((y) => y.total <= y.budget)) {
    const overQuarters = report.projection.quarters
      .filter((q) => q.quarter >= year.fromQuarter && q.quarter <= year.toQuarter && q.total > q.budget)
    if (overQuarters.length === 0) continue
    decisions.push({
      severity: 'information',
      subject: year.label,
      text: `Cash timing: ${overQuarters.map((q) => q.label).join(', ')} ` +
        `${overQuarters.length === 1 ? 'spends' : 'spend'} above the quarter's budget, but the year stays within its budget.`
    })
  }
  return decisions
}
