// The deterministic quarterly projection (docs/model.md).
import { amountsBudget, budgetPercentFor, percentBudget } from './budget'
import { capabilityTimings, effectiveCapabilities, type CapabilityTiming } from './capabilityTiming'
import {
  DEFAULT_BUDGET_PERCENT, PHASE_IDS, phaseIndex,
  type PhaseId, type PhaseThresholds
} from './catalog'
import { evaluateDeadlines, type DeadlineResult } from './deadlines'
import { fiscalYearTotals, type FiscalYearResult } from './fiscalYears'
import { achievedPhase, capabilitiesInPlace, phaseScores } from './maturity'
import { peopleRates, salaryFactor } from './peopleCost'
import { fiscalYearsByQuarter, quarterLabel } from './quarters'
import type { Milestone, Program, ScenarioDoc, ToolLine } from './scenario'
import { resolvedBudget, resolvedCurrency, resolvedFiscalYearStart, resolvedThresholds } from './scenarioDefaults'

export interface QuarterResult {
  /** 0-based quarter of the plan. */
  quarter: number
  label: string
  /** The fiscal year the quarter belongs to, named by the calendar year in which it ends. */
  fiscalYear: number
  headcount: number
  /** Annual revenue run-rate. */
  revenueRunRate: number
  /** Revenue in this quarter (run-rate / 4). */
  revenue: number
  /** The percent of revenue the budget applies; with approved amounts, the share of revenue they are (0 with no revenue). */
  budgetPercent: number
  budget: number
  /** Loaded pay and recruiting fees. */
  people: number
  /** The recruiting fees inside `people`. */
  recruitingFees: number
  tools: number
  programs: number
  total: number
  variance: number
  /** total / budget, or null when the budget is zero. */
  utilization: number | null
  securityFte: number
  /** Security FTE per 100 employees, or null with no employees. */
  ftePer100: number | null
  /** This quarter's share of the annual IT budget run-rate (run-rate / 4), or null without one. */
  itBudget: number | null
  orgPhase: PhaseId
  maturityPhase: PhaseId
  maturityGap: number
  phaseScores: Record<PhaseId, number>
}

export interface Projection {
  name: string
  currency: string
  start: string
  /** Calendar quarter (1–4) that opens the fiscal year. */
  fiscalYearStart: number
  quarters: QuarterResult[]
  fiscalYears: FiscalYearResult[]
  /** The plan's capabilities with the quarter each is in place (null: never within the plan), in the plan's order. */
  capabilities: CapabilityTiming[]
  deadlines: DeadlineResult[]
}

export function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value))
}

/** Milestone series: flat before the first and after the last, linear in between. */
export function interpolateMilestones(milestones: readonly Milestone[], quarters: number): number[] {
  const sorted = [...milestones].sort((a, b) => a.quarter - b.quarter)
  const values: number[] = new Array(quarters)
  let next = 0
  for (let q = 0; q < quarters; q++) {
    while (next < sorted.length && sorted[next].quarter <= q) next++
    if (next === 0) values[q] = sorted[0].value
    else if (next === sorted.length) values[q] = sorted[sorted.length - 1].value
    else {
      const a = sorted[next - 1]
      const b = sorted[next]
      values[q] = a.value + ((b.value - a.value) * (q - a.quarter)) / (b.quarter - a.quarter)
    }
  }
  return values
}

/** The highest phase whose threshold is at or below the headcount. */
function orgPhaseFor(headcount: number, thresholds: PhaseThresholds): PhaseId {
  let phase: PhaseId = 'adhoc'
  for (const id of PHASE_IDS.slice(1) as Exclude<PhaseId, 'adhoc'>[]) {
    if (headcount >= thresholds[id]) phase = id
  }
  return phase
}

export function toolPointValue(line: ToolLine): number {
  const point = line.point ?? 'mid'
  if (point === 'low') return line.low
  if (point === 'high') return line.high
  if (point === 'mid') return (line.low + line.high) / 2
  return point
}

/** A tool's cost in one quarter, given its annual value and the quarter's headcount. */
export function toolQuarterCost(annualValue: number, line: ToolLine, headcount: number): number {
  return (annualValue + (line.perEmployee ?? 0) * headcount) / 4
}

export function programOccurs(program: Program, q: number): boolean {
  if (q < program.quarter) return false
  switch (program.recurrence) {
    case 'once': return q === program.quarter
    case 'annual': return (q - program.quarter) % 4 === 0
    case 'quarterly': return true
  }
}

export function projectScenario(doc: ScenarioDoc): Projection {
  const n = doc.quarters
  const headcounts = interpolateMilestones(doc.headcount, n).map(roundHalfAwayFromZero)
  const runRates = interpolateMilestones(doc.revenue, n)
  const itRunRates = doc.itBudget ? interpolateMilestones(doc.itBudget, n) : null
  const thresholds = resolvedThresholds(doc)
  const budget = resolvedBudget(doc, DEFAULT_BUDGET_PERCENT)
  const fiscalYearStart = resolvedFiscalYearStart(doc)
  const fiscalYears = fiscalYearsByQuarter(doc.start, n, fiscalYearStart)
  const rates = peopleRates(doc)
  const capabilities = capabilityTimings(doc)
  const inPlace = capabilitiesInPlace(effectiveCapabilities(capabilities, n), n)
  // Per-line and per-quarter constants, multiplied in the order the helpers in peopleCost.ts use,
  // so the sums are the same to the last bit.
  const factors = Array.from({ length: n }, (_, q) => salaryFactor(rates.salaryGrowthPercent, q))
  const hires = (doc.hires ?? []).map((h) => ({
    start: h.quarter, end: h.endQuarter ?? Infinity, count: h.count,
    pay: h.count * h.annualCost * rates.loadFactor,
    feePerPerson: h.existing ? 0 : h.annualCost * rates.feeRate
  }))
  const tools = (doc.tools ?? []).map((line) => ({ line, value: toolPointValue(line) }))
  const programs = doc.programs ?? []

  const quarters: QuarterResult[] = []
  for (let q = 0; q < n; q++) {
    const headcount = headcounts[q]
    const revenue = runRates[q] / 4
    const orgPhase = orgPhaseFor(headcount, thresholds)
    let budgetPercent: number
    let quarterBudget: number
    if (budget.mode === 'amounts') {
      quarterBudget = amountsBudget(budget, fiscalYears[q])
      budgetPercent = revenue === 0 ? 0 : (quarterBudget / revenue) * 100
    } else {
      budgetPercent = budgetPercentFor(budget, thresholds, headcount, orgPhase)
      quarterBudget = percentBudget(revenue, budgetPercent, budget.minimumAnnual)
    }

    let people = 0
    let recruitingFees = 0
    let securityFte = 0
    for (const hire of hires) {
      if (hire.start <= q && q < hire.end) {
        const fee = q === hire.start ? hire.count * (hire.feePerPerson * factors[q]) : 0
        people += (hire.pay * factors[q]) / 4 + fee
        recruitingFees += fee
        securityFte += hire.count
      }
    }
    let toolSpend = 0
    for (const { line, value } of tools) {
      if (line.quarter <= q) toolSpend += toolQuarterCost(value, line, headcount)
    }
    let programSpend = 0
    for (const program of programs) {
      if (programOccurs(program, q)) programSpend += program.amount
    }
    const total = people + toolSpend + programSpend
    const scores = phaseScores(inPlace[q])
    const maturityPhase = achievedPhase(scores)
    quarters.push({
      quarter: q,
      label: quarterLabel(doc.start, q),
      fiscalYear: fiscalYears[q],
      headcount,
      revenueRunRate: runRates[q],
      revenue,
      budgetPercent,
      budget: quarterBudget,
      people,
      recruitingFees,
      tools: toolSpend,
      programs: programSpend,
      total,
      variance: quarterBudget - total,
      utilization: quarterBudget === 0 ? null : total / quarterBudget,
      securityFte,
      ftePer100: headcount === 0 ? null : (securityFte / headcount) * 100,
      itBudget: itRunRates === null ? null : itRunRates[q] / 4,
      orgPhase,
      maturityPhase,
      maturityGap: phaseIndex(orgPhase) - phaseIndex(maturityPhase),
      phaseScores: scores
    })
  }
  return {
    name: doc.name,
    currency: resolvedCurrency(doc),
    start: doc.start,
    fiscalYearStart,
    quarters,
    fiscalYears: fiscalYearTotals(quarters),
    capabilities,
    deadlines: evaluateDeadlines(doc, new Map(capabilities.map((c) => [c.id, c.inPlace])))
  }
}
