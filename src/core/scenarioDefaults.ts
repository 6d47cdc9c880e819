// A scenario's optional fields resolved to the values the engine computes with. Defaults are
// applied here, when computing, and never written into the user's document.
import { DEFAULT_PHASE_THRESHOLDS, PHASE_IDS, type PhaseId, type PhaseThresholds } from './catalog'
import type { BudgetMode, ScenarioDoc } from './scenarioSchema'

export function resolvedThresholds(doc: ScenarioDoc): PhaseThresholds {
  return { ...DEFAULT_PHASE_THRESHOLDS, ...stripUndefined(doc.phaseThresholds ?? {}) }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

export interface ResolvedBudget {
  mode: BudgetMode
  percent: Record<PhaseId, number>
  fixedPercent: number
  minimumAnnual: number
  /** With mode `amounts`: the approved budget of each fiscal year. */
  amounts: ReadonlyMap<number, number>
}

export function resolvedBudget(doc: ScenarioDoc, defaults: Record<PhaseId, number>): ResolvedBudget {
  const percent = Object.fromEntries(
    PHASE_IDS.map((id) => [id, doc.budget.percent?.[id] ?? defaults[id]])
  ) as Record<PhaseId, number>
  return {
    mode: doc.budget.mode,
    percent,
    fixedPercent: doc.budget.fixedPercent ?? 0,
    // Validation refuses a minimum beside approved amounts, so it never floors them.
    minimumAnnual: doc.budget.minimumAnnual ?? 0,
    amounts: new Map((doc.budget.amounts ?? []).map((a) => [a.fiscalYear, a.amount]))
  }
}

/** The currency money is in: US dollars unless the scenario says. */
export function resolvedCurrency(doc: Pick<ScenarioDoc, 'currency'>): string {
  return doc.currency ?? 'USD'
}

/** Calendar quarter (1–4) that opens the fiscal year. */
export function resolvedFiscalYearStart(doc: ScenarioDoc): number {
  return doc.fiscalYearStart ?? 1
}

export interface ResolvedPeopleCosts {
  overheadPercent: number
  recruitingFeePercent: number
}

export function resolvedPeopleCosts(doc: ScenarioDoc): ResolvedPeopleCosts {
  return {
    overheadPercent: doc.peopleCosts?.overheadPercent ?? 0,
    recruitingFeePercent: doc.peopleCosts?.recruitingFeePercent ?? 0
  }
}

export interface ResolvedUncertainty {
  salaryPercent: number
  revenuePercent: number
  /** Probability that a planned start slips by 0, 1, 2, … quarters. */
  hiringSlip: readonly number[]
  attritionPercent: number
}

export function resolvedUncertainty(doc: ScenarioDoc): ResolvedUncertainty {
  const u = doc.uncertainty
  return {
    salaryPercent: u?.salaryPercent ?? 0,
    revenuePercent: u?.revenuePercent ?? 0,
    hiringSlip: u?.hiringSlip ?? [1],
    attritionPercent: u?.attritionPercent ?? 0
  }
}
