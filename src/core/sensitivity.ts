// Sensitivity analysis (docs/model.md): which inputs swing the horizon's variance (budget − total)
// the most. Each driver is moved to a low and a high setting with everything else held at the
// plan; the drivers are ranked by the swing between the two (a tornado chart). Every driver but
// revenue moves spend and leaves the budget at the plan's, so its swing is its swing in total
// spend; revenue growth moves a percent-of-revenue budget and leaves spend alone.
import { ROLE_BY_ID, TOOL_BY_ID } from './catalog'
import { formatMoneyCompact } from './format'
import { projectScenario } from './projection'
import { REVENUE_SWING, RevenueBudget } from './revenueSpread'
import type { ScenarioDoc } from './scenario'
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

/** `baseTotal` may be passed by a caller that has already projected the plan. */
export function sensitivity(doc: ScenarioDoc, baseTotal = horizonTotal(doc)): SensitivityResult {
  const currency = doc.currency ?? 'USD'
  const money = (v: number) => formatMoneyCompact(v, currency)
  const projection = projectScenario(doc)
  const baseBudget = projection.quarters.reduce((sum, q) => sum + q.budget, 0)
  const drivers: SensitivityDriver[] = []
  const push = (
    id: string, label: string, field: string, settings: [string, string],
    [lowTotal, highTotal]: [number, number], [lowBudget, highBudget]: [number, number]
  ) => {
    drivers.push({ id, label, field, lowSetting: settings[0], highSetting: settings[1],
      lowTotal, highTotal, lowBudget, highBudget,
      // With the budget held (every driver but revenue) this is exactly |highTotal − lowTotal|.
      swing: Math.abs((highTotal - lowTotal) - (highBudget - lowBudget)) })
  }
  const add = (
    id: string, label: string, field: string,
    low: { setting: string; doc: ScenarioDoc }, high: { setting: string; doc: ScenarioDoc }
  ) => push(id, label, field, [low.setting, high.setting],
    [horizonTotal(low.doc), horizonTotal(high.doc)], [baseBudget, baseBudget])

  ;(doc.tools ?? []).forEach((line, i) => {
    const name = TOOL_BY_ID.get(line.tool)?.name ?? line.tool
    const at = (point: 'low' | 'high') => ({
      ...doc, tools: doc.tools!.map((t, j) => (j === i ? { ...t, point } : t))
    })
    add(`tools[${i}]`, `${name} cost range`, `tools[${i}]`,
      { setting: money(line.low), doc: at('low') }, { setting: money(line.high), doc: at('high') })
  })

  const roles = [...new Set((doc.hires ?? []).map((h) => h.role))]
  for (const role of roles) {
    const scaled = (factor: number): ScenarioDoc => ({
      ...doc, hires: doc.hires!.map((h) => (h.role === role ? { ...h, annualCost: h.annualCost * factor } : h))
    })
    const index = doc.hires!.findIndex((h) => h.role === role)
    add(`salary:${role}`, `${ROLE_BY_ID.get(role)?.name ?? role} pay`, `hires[${index}].annualCost`,
      { setting: `-${SALARY_SWING * 100}%`, doc: scaled(1 - SALARY_SWING) },
      { setting: `+${SALARY_SWING * 100}%`, doc: scaled(1 + SALARY_SWING) })
  }

  if ((doc.hires ?? []).length > 0) {
    const growth = doc.salaryGrowthPercent ?? 0
    const withGrowth = (g: number): ScenarioDoc => ({ ...doc, salaryGrowthPercent: g })
    add('salaryGrowth', 'Annual salary growth', 'salaryGrowthPercent',
      { setting: `${growth - SALARY_GROWTH_SWING_POINTS}%/yr`, doc: withGrowth(growth - SALARY_GROWTH_SWING_POINTS) },
      { setting: `${growth + SALARY_GROWTH_SWING_POINTS}%/yr`, doc: withGrowth(growth + SALARY_GROWTH_SWING_POINTS) })
    const last = doc.quarters - 1
    const shifted = (delta: number): ScenarioDoc => ({
      ...doc,
      hires: doc.hires!.map((h) => {
        const quarter = Math.min(last, Math.max(0, h.quarter + delta))
        const endQuarter = h.endQuarter === undefined ? undefined : Math.max(quarter + 1, Math.min(doc.quarters, h.endQuarter + delta))
        return endQuarter === undefined ? { ...h, quarter } : { ...h, quarter, endQuarter }
      })
    })
    add('hiringTiming', 'Hiring timing', 'hires',
      { setting: 'one quarter later', doc: shifted(1) }, { setting: 'one quarter earlier', doc: shifted(-1) })
  }

  if ((doc.hires ?? []).some((h) => !h.existing)) {
    add('hiringSlip', 'Every planned hire one quarter late', 'uncertainty.hiringSlip',
      { setting: 'as planned', doc }, { setting: 'one quarter late', doc: everyPlannedHireLate(doc) })
  }

  const revenue = new RevenueBudget(doc, projection)
  if (revenue.followsRevenue) {
    const spread = resolvedUncertainty(doc).revenuePercent / 100 || REVENUE_SWING
    const percent = `${Number((spread * 100).toPrecision(12))}%`
    push('revenue', 'Revenue growth', 'uncertainty.revenuePercent', [`-${percent}`, `+${percent}`],
      [baseTotal, baseTotal], [revenue.horizonBudget(1 - spread), revenue.horizonBudget(1 + spread)])
  }

  ;(doc.programs ?? []).forEach((program, i) => {
    const scaled = (factor: number): ScenarioDoc => ({
      ...doc, programs: doc.programs!.map((p, j) => (j === i ? { ...p, amount: p.amount * factor } : p))
    })
    add(`programs[${i}]`, `${program.name} quote`, `programs[${i}].amount`,
      { setting: `-${PROGRAM_SWING * 100}%`, doc: scaled(1 - PROGRAM_SWING) },
      { setting: `+${PROGRAM_SWING * 100}%`, doc: scaled(1 + PROGRAM_SWING) })
  })

  if ((doc.tools ?? []).some((t) => (t.perEmployee ?? 0) > 0)) {
    const scaled = (factor: number): ScenarioDoc => ({
      ...doc, headcount: doc.headcount.map((m) => ({ ...m, value: m.value * factor }))
    })
    add('headcount', 'Company headcount (per-employee tools)', 'headcount',
      { setting: `-${HEADCOUNT_SWING * 100}%`, doc: scaled(1 - HEADCOUNT_SWING) },
      { setting: `+${HEADCOUNT_SWING * 100}%`, doc: scaled(1 + HEADCOUNT_SWING) })
  }

  drivers.sort((a, b) => b.swing - a.swing || a.id.localeCompare(b.id))
  return { baseTotal, baseBudget, drivers }
}

/**
 * Every hire not already in post starting one quarter late, as a slip in the simulation does: its
 * end does not move, and a line that would start at its end or the horizon never starts.
 */
function everyPlannedHireLate(doc: ScenarioDoc): ScenarioDoc {
  return {
    ...doc,
    hires: (doc.hires ?? []).flatMap((h) => {
      if (h.existing) return [h]
      const quarter = h.quarter + 1
      return quarter < (h.endQuarter ?? doc.quarters) ? [{ ...h, quarter }] : []
    })
  }
}
