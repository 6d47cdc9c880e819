// Sensitivity analysis (docs/model.md): which inputs swing the horizon's variance (budget − total)
// the most. Each driver is moved to a low and a high setting with everything else held at the
// plan; the drivers are ranked by the swing between the two (a tornado chart, which plots each
// setting's change in headroom). Every driver but revenue moves spend and leaves the budget at the
// plan's, so its swing is its swing in total spend; revenue growth moves a percent-of-revenue
// budget and leaves spend alone. A spend driver moves only its own lines, and a line's spend
// depends on no other line, so its totals come from those lines' costs (lineCosts.ts) rather than
// from projecting the whole plan again per setting: the largest plan's thousands of drivers take
// milliseconds, not minutes.
import { ROLE_BY_ID, TOOL_BY_ID } from './catalog'
import { formatMoneyCompact } from './format'
import { HireCosts, programPayments, toolQuarters } from './lineCosts'
import { interpolateMilestones, projectScenario, roundHalfAwayFromZero, toolPointValue } from './projection'
import { REVENUE_SWING, RevenueBudget } from './revenueSpread'
import type { Hire, ScenarioDoc } from './scenario'
import { resolvedUncertainty } from './scenarioDefaults'

/** How far salaries and program quotes are moved; illustrative numbers carry this uncertainty. */
const SALARY_SWING = 0.2
const PROGRAM_SWING = 0.25
const HEADCOUNT_SWING = 0.2
const SALARY_GROWTH_SWING_POINTS = 2

export interface SensitivityDriver {
  id: string
  label: string
  /** What the low and high settings are, in words. */
  lowSetting: string
  highSetting: string
  /** Total spend over the horizon at each setting (the plan's for revenue). */
  lowTotal: number
  highTotal: number
  /** Budget over the horizon at each setting (the plan's for every driver but revenue). */
  lowBudget: number
  highBudget: number
  /**
   * How far each setting moves the horizon's headroom (budget − total) from the plan's: what the
   * tornado plots. Spend drivers move it by minus their change in total spend; revenue by its
   * change in the budget.
   */
  lowHeadroomChange: number
  highHeadroomChange: number
  /** How far the horizon's variance (budget − total) moves between the two settings. */
  swing: number
  /** JSON path of the input that drives it, for linking to the editor. */
  field: string
}

export interface SensitivityResult {
  baseTotal: number
  baseBudget: number
  drivers: SensitivityDriver[]
}

export function horizonTotal(doc: ScenarioDoc): number {
  return projectScenario(doc).quarters.reduce((sum, q) => sum + q.total, 0)
}

/**
 * `knownTotal` (the horizon's total spend) may be passed by a caller that has already projected
 * the plan. The plan is projected once, for its budget; each spend driver's totals are the base
 * total plus the change in the lines it moves (lineCosts.ts), since a line's spend depends on no
 * other line.
 */
export function sensitivity(doc: ScenarioDoc, knownTotal?: number): SensitivityResult {
  const currency = doc.currency ?? 'USD'
  const money = (v: number) => formatMoneyCompact(v, currency)
  const n = doc.quarters
  const projection = projectScenario(doc)
  const baseTotal = knownTotal ?? projection.quarters.reduce((sum, q) => sum + q.total, 0)
  const baseBudget = projection.quarters.reduce((sum, q) => sum + q.budget, 0)
  const drivers: SensitivityDriver[] = []
  const push = (
    id: string, label: string, field: string, settings: [string, string],
    [lowTotal, highTotal]: [number, number], [lowBudget, highBudget]: [number, number]
  ) => {
    drivers.push({ id, label, field, lowSetting: settings[0], highSetting: settings[1],
      lowTotal, highTotal, lowBudget, highBudget,
      lowHeadroomChange: (lowBudget - baseBudget) - (lowTotal - baseTotal),
      highHeadroomChange: (highBudget - baseBudget) - (highTotal - baseTotal),
      // With the budget held (every driver but revenue) this is exactly |highTotal − lowTotal|.
      swing: Math.abs((highTotal - lowTotal) - (highBudget - lowBudget)) })
  }
  /** A spend driver, from the change in total spend at each setting. */
  const add = (
    id: string, label: string, field: string,
    low: { setting: string; change: number }, high: { setting: string; change: number }
  ) => push(id, label, field, [low.setting, high.setting],
    [baseTotal + low.change, baseTotal + high.change], [baseBudget, baseBudget])

  ;(doc.tools ?? []).forEach((line, i) => {
    const name = TOOL_BY_ID.get(line.tool)?.name ?? line.tool
    // Only the annual value moves; the per-employee part is paid at every setting alike.
    const at = (value: number) => ((value - toolPointValue(line)) * toolQuarters(line, n)) / 4
    add(`tools[${i}]`, `${name} cost range`, `tools[${i}]`,
      { setting: money(line.low), change: at(line.low) }, { setting: money(line.high), change: at(line.high) })
  })

  const hires = doc.hires ?? []
  const hireCosts = new HireCosts(doc)
  const lineCosts = hires.map((h) => hireCosts.cost(h))
  /** The change in total spend when every hire line is replaced by `moved(line)` (null: dropped). */
  const hiresMoved = (moved: (hire: Hire) => Hire | null, costs = hireCosts) => hires.reduce((sum, h, i) => {
    const line = moved(h)
    return sum + (line === null ? 0 : costs.cost(line)) - lineCosts[i]
  }, 0)

  const roles = [...new Set(hires.map((h) => h.role))]
  for (const role of roles) {
    // Pay and fees are both in proportion to the annual cost.
    const roleCost = hires.reduce((sum, h, i) => sum + (h.role === role ? lineCosts[i] : 0), 0)
    const index = hires.findIndex((h) => h.role === role)
    add(`salary:${role}`, `${ROLE_BY_ID.get(role)?.name ?? role} pay`, `hires[${index}].annualCost`,
      { setting: `-${SALARY_SWING * 100}%`, change: -SALARY_SWING * roleCost },
      { setting: `+${SALARY_SWING * 100}%`, change: SALARY_SWING * roleCost })
  }

  if (hires.length > 0) {
    const growth = doc.salaryGrowthPercent ?? 0
    const withGrowth = (g: number) => ({ setting: `${g}%/yr`, change: hiresMoved((h) => h, new HireCosts(doc, g)) })
    add('salaryGrowth', 'Annual salary growth', 'salaryGrowthPercent',
      withGrowth(growth - SALARY_GROWTH_SWING_POINTS), withGrowth(growth + SALARY_GROWTH_SWING_POINTS))
    const last = n - 1
    const shifted = (delta: number) => hiresMoved((h) => {
      const quarter = Math.min(last, Math.max(0, h.quarter + delta))
      const endQuarter = h.endQuarter === undefined ? undefined : Math.max(quarter + 1, Math.min(n, h.endQuarter + delta))
      return { ...h, quarter, endQuarter }
    })
    add('hiringTiming', 'Hiring timing', 'hires',
      { setting: 'one quarter later', change: shifted(1) }, { setting: 'one quarter earlier', change: shifted(-1) })
  }

  if (hires.some((h) => !h.existing)) {
    add('hiringSlip', 'Every planned hire one quarter late', 'uncertainty.hiringSlip',
      { setting: 'as planned', change: 0 }, { setting: 'one quarter late', change: hiresMoved((h) => plannedHireLate(h, n)) })
  }

  const revenue = new RevenueBudget(doc, projection)
  if (revenue.followsRevenue) {
    const spread = resolvedUncertainty(doc).revenuePercent / 100 || REVENUE_SWING
    const percent = `${Number((spread * 100).toPrecision(12))}%`
    push('revenue', 'Revenue growth', 'uncertainty.revenuePercent', [`-${percent}`, `+${percent}`],
      [baseTotal, baseTotal], [revenue.horizonBudget(1 - spread), revenue.horizonBudget(1 + spread)])
  }

  ;(doc.programs ?? []).forEach((program, i) => {
    const paid = program.amount * programPayments(program, n)
    add(`programs[${i}]`, `${program.name} quote`, `programs[${i}].amount`,
      { setting: `-${PROGRAM_SWING * 100}%`, change: -PROGRAM_SWING * paid },
      { setting: `+${PROGRAM_SWING * 100}%`, change: PROGRAM_SWING * paid })
  })

  const perEmployee = (doc.tools ?? []).filter((t) => (t.perEmployee ?? 0) > 0)
  if (perEmployee.length > 0) {
    // Headcount moves only the per-employee part of tool costs. The budget is held at the plan's
    // (as for every spend driver), although a larger company would be in a later org phase.
    const headcounts = (milestones: ScenarioDoc['headcount']) => interpolateMilestones(milestones, n).map(roundHalfAwayFromZero)
    const planned = headcounts(doc.headcount)
    const scaled = (factor: number) => {
      // People added from quarter q to the horizon's end, summed from the end (whole numbers: exact).
      const moved = headcounts(doc.headcount.map((m) => ({ ...m, value: m.value * factor })))
      const addedFrom = new Float64Array(n + 1)
      for (let q = n - 1; q >= 0; q--) addedFrom[q] = addedFrom[q + 1] + moved[q] - planned[q]
      return perEmployee.reduce((sum, t) => sum + ((t.perEmployee ?? 0) * addedFrom[Math.min(Math.max(t.quarter, 0), n)]) / 4, 0)
    }
    add('headcount', 'Company headcount (per-employee tools)', 'headcount',
      { setting: `-${HEADCOUNT_SWING * 100}%`, change: scaled(1 - HEADCOUNT_SWING) },
      { setting: `+${HEADCOUNT_SWING * 100}%`, change: scaled(1 + HEADCOUNT_SWING) })
  }

  drivers.sort((a, b) => b.swing - a.swing || a.id.localeCompare(b.id))
  return { baseTotal, baseBudget, drivers }
}

/**
 * A hire not already in post starting one quarter late, as a slip in the simulation does: its end
 * does not move, and a line that would start at its end or the horizon never starts (null).
 */
function plannedHireLate(hire: Hire, quarters: number): Hire | null {
  if (hire.existing) return hire
  const quarter = hire.quarter + 1
  return quarter < (hire.endQuarter ?? quarters) ? { ...hire, quarter } : null
}
