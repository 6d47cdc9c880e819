// What a hire line costs (docs/model.md): base pay loaded with overhead (benefits, payroll tax,
// equity), grown by the salary factor, plus a one-time recruiting fee for each person hired. The
// salary factor steps every four quarters from the plan's start, not at the fiscal-year start.
import type { Hire, ScenarioDoc } from './scenario'
import { resolvedPeopleCosts } from './scenarioDefaults'

export interface PeopleRates {
  salaryGrowthPercent: number
  /** 1 + overheadPercent / 100: loaded annual cost = annualCost × this. */
  loadFactor: number
  /** recruitingFeePercent / 100: the fee per person hired = annualCost × this × salary factor. */
  feeRate: number
}

export function peopleRates(doc: ScenarioDoc): PeopleRates {
  const { overheadPercent, recruitingFeePercent } = resolvedPeopleCosts(doc)
  return {
    salaryGrowthPercent: doc.salaryGrowthPercent ?? 0,
    loadFactor: 1 + overheadPercent / 100,
    feeRate: recruitingFeePercent / 100
  }
}

export function salaryFactor(salaryGrowthPercent: number, q: number): number {
  return Math.pow(1 + salaryGrowthPercent / 100, Math.floor(q / 4))
}

export function hireActive(hire: Hire, q: number): boolean {
  return hire.quarter <= q && (hire.endQuarter === undefined || q < hire.endQuarter)
}

/** The recruiting fee for one person of a hire line starting in quarter q; none for people already in post. */
function recruitingFee(hire: Hire, q: number, rates: PeopleRates): number {
  return hire.existing ? 0 : hire.annualCost * rates.feeRate * salaryFactor(rates.salaryGrowthPercent, q)
}

/** A hire line's pay in quarter q: count × loaded pay × salary factor / 4 while active. */
function hirePayQuarterCost(hire: Hire, q: number, rates: PeopleRates): number {
  if (!hireActive(hire, q)) return 0
  // Multiplied in this order so that with no overhead the pay is, bit for bit, version 1's.
  return (hire.count * hire.annualCost * rates.loadFactor * salaryFactor(rates.salaryGrowthPercent, q)) / 4
}

/** A hire line's recruiting fees in quarter q: all of them in its start quarter, none otherwise. */
function hireFeeQuarterCost(hire: Hire, q: number, rates: PeopleRates): number {
  return q === hire.quarter ? hire.count * recruitingFee(hire, q, rates) : 0
}

/** What one hire line costs in quarter q: pay while active, and its fees in its start quarter. */
export function hireQuarterCost(hire: Hire, q: number, rates: PeopleRates): number {
  return hirePayQuarterCost(hire, q, rates) + hireFeeQuarterCost(hire, q, rates)
}
