// Sensitivity analysis (docs/model.md): which inputs swing total spend over the horizon the most.
// Each driver is moved to a low and a high setting with everything else held at the plan; the
// drivers are ranked by the swing between the two totals (a tornado chart).
import { ROLE_BY_ID, TOOL_BY_ID } from './catalog'
import { formatMoneyCompact } from './format'
import { projectScenario } from './projection'
import type { ScenarioDoc } from './scenario'

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
  lowTotal: number
  highTotal: number
  swing: number
  /** JSON path of the input that drives it, for linking to the editor. */
  field: string
}

export interface SensitivityResult {
  baseTotal: number
  drivers: SensitivityDriver[]
}

export function horizonTotal(doc: ScenarioDoc): number {
  return projectScenario(doc).quarters.reduce((sum, q) => sum + q.total, 0)
}

/** `baseTotal` may be passed by a caller that has already projected the plan. */
export function sensitivity(doc: ScenarioDoc, baseTotal = horizonTotal(doc)): SensitivityResult {
  const currency = doc.currency ?? 'USD'
  const money = (v: number) => formatMoneyCompact(v, currency)
  const drivers: SensitivityDriver[] = []
  const add = (
    id: string, label: string, field: string,
    low: { setting: string; doc: ScenarioDoc }, high: { setting: string; doc: ScenarioDoc }
  ) => {
    const lowTotal = horizonTotal(low.doc)
    const highTotal = horizonTotal(high.doc)
    drivers.push({ id, label, field, lowSetting: low.setting, highSetting: high.setting,
      lowTotal, highTotal, swing: Math.abs(highTotal - lowTotal) })
  }

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
  return { baseTotal, drivers }
}
