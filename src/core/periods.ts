// The plan period by period (each quarter, or each fiscal year), and how a what-if differs from
// the base in each period. The rows are the projection's own (its quarters and its per-fiscal-year
// totals), never recomputed; a difference is always what-if minus base, so over the base is +.
import { phaseIndex, type PhaseId } from './catalog'
import type { Projection } from './projection'

export type PeriodKind = 'quarters' | 'years'

export interface PeriodFigures {
  /** "2027-Q1" or "FY2028". */
  label: string
  /** The labels of the quarters the period covers inside the horizon. */
  quarters: string[]
  /** A fiscal year with fewer than four quarters inside the horizon. */
  partial: boolean
  budget: number
  people: number
  tools: number
  programs: number
  total: number
  /** Budget less total: negative when spend is over the budget. */
  headroom: number
  /** At the period's last quarter. */
  securityFte: number
  maturityPhase: PhaseId
  orgPhase: PhaseId
}

export function periodFigures(projection: Projection, kind: PeriodKind): PeriodFigures[] {
  return kind === 'years'
    ? projection.fiscalYears.map((y) => ({
      label: y.label, quarters: y.quarters, partial: y.partial,
      budget: y.budget, people: y.people, tools: y.tools, programs: y.programs, total: y.total,
      headroom: y.variance, securityFte: y.securityFte, maturityPhase: y.maturityPhase, orgPhase: y.orgPhase
    }))
    : projection.quarters.map((q) => ({
      label: q.label, quarters: [q.label], partial: false,
      budget: q.budget, people: q.people, tools: q.tools, programs: q.programs, total: q.total,
      headroom: q.variance, securityFte: q.securityFte, maturityPhase: q.maturityPhase, orgPhase: q.orgPhase
    }))
}

export type PeriodMoney = 'budget' | 'people' | 'tools' | 'programs' | 'total' | 'headroom'

/** What-if minus base in one period. */
export interface PeriodDelta {
  /** Null for every line when the two are in different currencies: no exchange rate is assumed. */
  money: Record<PeriodMoney, number> | null
  securityFte: number
  /** Phases ahead (+) or behind (−) the base's. */
  maturityPhases: number
  orgPhases: number
}

export interface ComparedPeriod extends PeriodFigures {
  /** Null when the base has no period covering the same quarters (another horizon or fiscal-year start). */
  delta: PeriodDelta | null
}

/** The what-if's periods, each with its difference from the base's period of the same quarters. */
export function comparePeriods(base: Projection, whatIf: Projection, kind: PeriodKind): ComparedPeriod[] {
  const sameCurrency = base.currency === whatIf.currency
  const baseByLabel = new Map(periodFigures(base, kind).map((row) => [row.label, row]))
  return periodFigures(whatIf, kind).map((row) => {
    const other = baseByLabel.get(row.label)
    if (other === undefined || other.quarters.join() !== row.quarters.join()) return { ...row, delta: null }
    return {
      ...row,
      delta: {
        money: sameCurrency
          ? {
            budget: row.budget - other.budget, people: row.people - other.people, tools: row.tools - other.tools,
            programs: row.programs - other.programs, total: row.total - other.total, headroom: row.headroom - other.headroom
          }
          : null,
        securityFte: row.securityFte - other.securityFte,
        maturityPhases: phaseIndex(row.maturityPhase) - phaseIndex(other.maturityPhase),
        orgPhases: phaseIndex(row.orgPhase) - phaseIndex(other.orgPhase)
      }
    }
  })
}
