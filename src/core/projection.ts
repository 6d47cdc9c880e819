// The deterministic quarterly projection (docs/model.md).
import {
  DEFAULT_BUDGET_PERCENT, PHASE_IDS, phaseIndex,
  type PhaseId, type PhaseThresholds
} from './catalog'
import { achievedPhase, capabilitiesInPlace, phaseScores } from './maturity'
import { quarterLabel } from './quarters'
import { resolvedBudget, resolvedThresholds, type Hire, type Milestone, type Program, type ScenarioDoc, type ToolLine } from './scenario'

export interface QuarterResult {
  /** 0-based quarter of the plan. */
  quarter: number
  label: string
  headcount: number
  /** Annual revenue run-rate. */
  revenueRunRate: number
  /** Revenue in this quarter (run-rate / 4). */
  revenue: number
  budgetPercent: number
  budget: number
  people: number
  tools: number
  programs: number
  total: number
  variance: number
  /** total / budget, or null when the budget is zero. */
  utilization: number | null
  securityFte: number
  /** Security FTE per 100 employees, or null with no employees. */
  ftePer100: number | null
  orgPhase: PhaseId
  maturityPhase: PhaseId
  maturityGap: number
  phaseScores: Record<PhaseId, number>
}

export interface Projection {
  name: string
  currency: string
  start: string
  quarters: QuarterResult[]
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
export function orgPhaseFor(headcount: number, thresholds: PhaseThresholds): PhaseId {
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

export function salaryFactor(salaryGrowthPercent: number, q: number): number {
  return Math.pow(1 + salaryGrowthPercent / 100, Math.floor(q / 4))
}

export function hireActive(hire: Hire, q: number): boolean {
  return hire.quarter <= q && (hire.endQuarter === undefined || q < hire.endQuarter)
}

/** What one hire line costs in quarter q: zero outside its active quarters. */
export function hireQuarterCost(hire: Hire, q: number, salaryGrowthPercent: number): number {
  return hireActive(hire, q) ? (hire.count * hire.annualCost * salaryFactor(salaryGrowthPercent, q)) / 4 : 0
}

export function projectScenario(doc: ScenarioDoc): Projection {
  const n = doc.quarters
  const headcounts = interpolateMilestones(doc.headcount, n).map(roundHalfAwayFromZero)
  const runRates = interpolateMilestones(doc.revenue, n)
  const thresholds = resolvedThresholds(doc)
  const budget = resolvedBudget(doc, DEFAULT_BUDGET_PERCENT)
  const growth = doc.salaryGrowthPercent ?? 0
  const inPlace = capabilitiesInPlace(doc.capabilities ?? [], n)
  const hires = doc.hires ?? []
  const tools = (doc.tools ?? []).map((line) => ({ line, value: toolPointValue(line) }))
  const programs = doc.programs ?? []

  const quarters: QuarterResult[] = []
  for (let q = 0; q < n; q++) {
    const headcount = headcounts[q]
    const revenue = runRates[q] / 4
    const orgPhase = orgPhaseFor(headcount, thresholds)
    const budgetPercent = budget.mode === 'fixed' ? budget.fixedPercent : budget.percent[orgPhase]
    const quarterBudget = Math.max((revenue * budgetPercent) / 100, budget.minimumAnnual / 4)

    let people = 0
    let securityFte = 0
    for (const hire of hires) {
      if (hireActive(hire, q)) {
        people += hireQuarterCost(hire, q, growth)
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
      headcount,
      revenueRunRate: runRates[q],
      revenue,
      budgetPercent,
      budget: quarterBudget,
      people,
      tools: toolSpend,
      programs: programSpend,
      total,
      variance: quarterBudget - total,
      utilization: quarterBudget === 0 ? null : total / quarterBudget,
      securityFte,
      ftePer100: headcount === 0 ? null : (securityFte / headcount) * 100,
      orgPhase,
      maturityPhase,
      maturityGap: phaseIndex(orgPhase) - phaseIndex(maturityPhase),
      phaseScores: scores
    })
  }
  return { name: doc.name, currency: doc.currency ?? 'USD', start: doc.start, quarters }
}
