// Quarterly actuals: what was really spent, hired and put in place in one quarter of a plan, and
// how that compares with the plan (issue 3). Money is in the scenario's currency units here; the
// database stores it as integer cents, so amounts may carry at most two decimal places.
import { z } from 'zod'
import { CAPABILITY_BY_ID, phaseIndex, type PhaseId } from './catalog'
import { achievedPhase, capabilitiesInPlace, phaseScores } from './maturity'
import type { Projection } from './projection'
import { MAX_HIRE_COUNT, MAX_LINE_ITEMS, MAX_MONEY, MAX_QUARTERS } from './scenario'
import { describeZodIssues, type ValidationError } from './validationMessages'

export const MAX_NOTE = 2000

const money = z.number().min(0).max(MAX_MONEY).refine(hasAtMostTwoDecimals, {
  error: (issue) => `${String(issue.input)} has more than two decimal places`
})

const quarterActualShape = z.strictObject({
  quarter: z.number().int().min(0).max(MAX_QUARTERS - 1),
  people: money,
  tools: money,
  programs: money,
  hires: z.number().int().min(0).max(MAX_HIRE_COUNT),
  capabilities: z.array(z.string().refine((id) => CAPABILITY_BY_ID.has(id), {
    error: (issue) => `unknown capability ${JSON.stringify(issue.input)} (see \`rampart catalog\`)`
  })).max(MAX_LINE_ITEMS),
  note: z.string().max(MAX_NOTE)
})

export type QuarterActual = z.infer<typeof quarterActualShape>

export type ActualValidationResult =
  | { ok: true; actual: QuarterActual }
  | { ok: false; errors: ValidationError[] }

/** Validates one quarter's actuals for a plan of `horizon` quarters. */
export function validateQuarterActual(input: unknown, horizon: number): ActualValidationResult {
  const parsed = quarterActualShape.safeParse(input)
  if (!parsed.success) {
    return { ok: false, errors: describeZodIssues(parsed.error.issues, input) }
  }
  const actual = parsed.data
  const errors: ValidationError[] = []
  if (actual.quarter >= horizon) {
    errors.push({ path: 'quarter', message: `${actual.quarter} is outside the ${horizon}-quarter horizon` })
  }
  const firstIndex = new Map<string, number>()
  actual.capabilities.forEach((id, i) => {
    const first = firstIndex.get(id)
    if (first !== undefined) errors.push({ path: `capabilities[${i}]`, message: `"${id}" is already listed at capabilities[${first}]` })
    else firstIndex.set(id, i)
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, actual }
}

export function toCents(amount: number): number {
  return Math.round(amount * 100)
}

export function fromCents(cents: number): number {
  return cents / 100
}

function hasAtMostTwoDecimals(amount: number): boolean {
  const cents = amount * 100
  return Math.abs(cents - Math.round(cents)) < 1e-6
}

// ---------------------------------------------------------------------------------------------
// Plan versus actual

export interface SpendByCategory {
  people: number
  tools: number
  programs: number
  total: number
}

export interface QuarterPlanVersusActual {
  quarter: number
  label: string
  budget: number
  planned: SpendByCategory
  /** Null when no actuals were recorded for the quarter. */
  actual: SpendByCategory | null
  /** Planned minus actual, per category: positive means less was spent than planned. */
  varianceToPlan: SpendByCategory | null
  /** Budget minus actual total: positive means under budget. */
  varianceToBudget: number | null
  /** Security FTE the plan has in this quarter. */
  plannedFte: number
  /** Hires recorded in this quarter's actuals. */
  hiresThisQuarter: number | null
  /** Hires recorded in the actuals of this and every earlier quarter. */
  hiredToDate: number
  plannedMaturityPhase: PhaseId
  /** The phase the capabilities actually in place reach (same 0.8 rule as the plan). */
  achievedMaturityPhase: PhaseId | null
  /** index(planned) - index(achieved): positive means maturity lags the plan. */
  maturityShortfall: number | null
  note: string | null
}

/** Per quarter of the projection: plan against recorded actuals. */
export function planVersusActual(
  projection: Projection, actuals: readonly QuarterActual[]
): QuarterPlanVersusActual[] {
  const byQuarter = new Map(actuals.map((a) => [a.quarter, a]))
  let hiredToDate = 0
  return projection.quarters.map((plan) => {
    const recorded = byQuarter.get(plan.quarter)
    const planned: SpendByCategory = {
      people: plan.people, tools: plan.tools, programs: plan.programs, total: plan.total
    }
    hiredToDate += recorded?.hires ?? 0
    const row: QuarterPlanVersusActual = {
      quarter: plan.quarter,
      label: plan.label,
      budget: plan.budget,
      planned,
      actual: null,
      varianceToPlan: null,
      varianceToBudget: null,
      plannedFte: plan.securityFte,
      hiresThisQuarter: null,
      hiredToDate,
      plannedMaturityPhase: plan.maturityPhase,
      achievedMaturityPhase: null,
      maturityShortfall: null,
      note: null
    }
    if (!recorded) return row
    const actual: SpendByCategory = {
      people: recorded.people,
      tools: recorded.tools,
      programs: recorded.programs,
      total: recorded.people + recorded.tools + recorded.programs
    }
    const achieved = achievedPhaseOf(recorded.capabilities)
    return {
      ...row,
      actual,
      varianceToPlan: {
        people: planned.people - actual.people,
        tools: planned.tools - actual.tools,
        programs: planned.programs - actual.programs,
        total: planned.total - actual.total
      },
      varianceToBudget: plan.budget - actual.total,
      hiresThisQuarter: recorded.hires,
      achievedMaturityPhase: achieved,
      maturityShortfall: phaseIndex(plan.maturityPhase) - phaseIndex(achieved),
      note: recorded.note
    }
  })
}

function achievedPhaseOf(capabilityIds: readonly string[]): PhaseId {
  // The capabilities listed are the ones in place in that quarter: count them as of quarter 0.
  const [inPlace] = capabilitiesInPlace(capabilityIds.map((id) => ({ id, quarter: 0 })), 1)
  return achievedPhase(phaseScores(inPlace))
}
