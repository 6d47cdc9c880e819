// Quarterly actuals: what was really spent, hired and put in place in one quarter of a plan, and
// how that compares with the plan (issue 3). Money is in the scenario's currency units here; the
// database stores it as integer cents, so amounts may carry at most two decimal places.
// Actuals belong to the scenario, not to one revision of it: a plan shortened after actuals were
// recorded keeps them (stored, exported and imported as they are); they are simply not compared
// with the plan while their quarter lies beyond its horizon, and show again if it is lengthened.
import { z } from './zod'
import { ACTUAL_CATEGORIES, lineCentsByCategory, lineKeyErrors } from './actualLines'
import { CAPABILITY_BY_ID, phaseIndex, type PhaseId } from './catalog'
import { achievedPhase, capabilitiesInPlace, phaseScores } from './maturity'
import { projectScenario } from './projection'
import { MAX_HIRE_COUNT, MAX_LINE_ITEMS, MAX_MONEY, MAX_NOTE, MAX_QUARTERS, MAX_TEXT } from './limits'
import { knownId, type ScenarioDoc } from './scenario'
import { describeZodIssues, type ValidationError } from './validationMessages'

const money = z.number().min(0).max(MAX_MONEY).refine(hasAtMostTwoDecimals, {
  error: (issue) => `${String(issue.input)} has more than two decimal places`
})

const quarterActualShape = z.strictObject({
  quarter: z.number().int().min(0).max(MAX_QUARTERS - 1),
  people: money,
  tools: money,
  programs: money,
  hires: z.number().int().min(0).max(MAX_HIRE_COUNT),
  capabilities: z.array(knownId(CAPABILITY_BY_ID, 'capability')).max(MAX_LINE_ITEMS),
  note: z.string().max(MAX_NOTE),
  // Optional detail per role, tool and program (src/core/actualLines.ts); left out when there is none.
  lines: z.array(z.strictObject({
    category: z.enum(ACTUAL_CATEGORIES),
    line: z.string().min(1).max(MAX_TEXT),
    amount: money
  })).max(MAX_LINE_ITEMS).optional()
})

export type QuarterActual = z.infer<typeof quarterActualShape>

export type ActualValidationResult =
  | { ok: true; actual: QuarterActual }
  | { ok: false; errors: ValidationError[] }

/**
 * Validates one quarter's actuals for a plan of `horizon` quarters. Actuals read back from a file
 * pass MAX_QUARTERS: they may lie beyond a plan that was shortened after they were recorded.
 */
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
  const lines = actual.lines ?? []
  errors.push(...lineKeyErrors(lines))
  const itemised = lineCentsByCategory(lines)
  for (const category of ACTUAL_CATEGORIES) {
    if (itemised[category] > toCents(actual[category])) {
      errors.push({ path: category, message: `${actual[category]} is less than the ${fromCents(itemised[category])} its lines add up to; ` +
        'the lines of a category may not add up to more than its total' })
    }
  }
  if (errors.length > 0) return { ok: false, errors }
  // No lines is the same as an empty list: stored, listed and exported without the field.
  const { lines: _lines, ...withoutLines } = actual
  return { ok: true, actual: lines.length > 0 ? actual : withoutLines }
}

export function toCents(amount: number): number {
  return Math.round(amount * 100)
}

export function fromCents(cents: number): number {
  return cents / 100
}

/**
 * True when `amount` is the number a two-decimal figure such as 1234567890.12 parses to. Compared
 * through its two-decimal text, not with a fixed tolerance on amount * 100: at a billion and up
 * the spacing between doubles is larger than any such tolerance.
 */
function hasAtMostTwoDecimals(amount: number): boolean {
  return Number(amount.toFixed(2)) === amount
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
  /** Security FTE the plan has in post this quarter: falls when a hire line reaches its endQuarter. */
  plannedFteInPost: number
  /** People the plan hires in this quarter (hire lines starting in it). */
  plannedHiresThisQuarter: number
  /** People the plan hires in this and every earlier quarter: what hiredToDate is measured against. */
  plannedHiresToDate: number
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

/**
 * Per quarter of the plan `doc` (a valid scenario): plan against recorded actuals. Actuals for
 * quarters beyond the plan's horizon are left out (see the note at the top of this file).
 */
export function planVersusActual(doc: ScenarioDoc, actuals: readonly QuarterActual[]): QuarterPlanVersusActual[] {
  const byQuarter = new Map(actuals.map((a) => [a.quarter, a]))
  const plannedHiresAt = new Map<number, number>()
  for (const hire of doc.hires ?? []) plannedHiresAt.set(hire.quarter, (plannedHiresAt.get(hire.quarter) ?? 0) + hire.count)
  let hiredToDate = 0
  let plannedHiresToDate = 0
  return projectScenario(doc).quarters.map((plan) => {
    const recorded = byQuarter.get(plan.quarter)
    const planned: SpendByCategory = {
      people: plan.people, tools: plan.tools, programs: plan.programs, total: plan.total
    }
    const plannedHiresThisQuarter = plannedHiresAt.get(plan.quarter) ?? 0
    plannedHiresToDate += plannedHiresThisQuarter
    hiredToDate += recorded?.hires ?? 0
    const row: QuarterPlanVersusActual = {
      quarter: plan.quarter,
      label: plan.label,
      budget: plan.budget,
      planned,
      actual: null,
      varianceToPlan: null,
      varianceToBudget: null,
      plannedFteInPost: plan.securityFte,
      plannedHiresThisQuarter,
      plannedHiresToDate,
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
