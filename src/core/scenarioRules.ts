// Validation rules that relate one field of a scenario to another (the horizon, ranges, uniqueness,
// the lines a capability needs, the fiscal years an approved budget covers), and the fields a
// version 1 document may not carry. The shape of each field is checked first, in scenario.ts.
import type { ThresholdPhaseId } from './catalog'
import { MAX_PLAN_YEAR, PROBABILITY_SUM_TOLERANCE } from './limits'
import { absoluteQuarter, fiscalYearLabel, fiscalYearsByQuarter } from './quarters'
import { NEED_PATTERN, type ScenarioDoc } from './scenarioSchema'
import { resolvedFiscalYearStart, resolvedThresholds } from './scenarioDefaults'
import type { ValidationError } from './validationMessages'

type AnyVersion = Omit<ScenarioDoc, 'version'> & { version: number }

/** Version 2 fields found in a version 1 document: each is an error, as version 1 never had it. */
export function versionOneErrors(doc: AnyVersion): ValidationError[] {
  const errors: ValidationError[] = []
  const needsVersionTwo = (path: string) =>
    errors.push({ path, message: 'needs "version": 2 (this document says version 1)' })
  for (const field of ['fiscalYearStart', 'peopleCosts', 'deadlines', 'itBudget', 'uncertainty'] as const) {
    if (doc[field] !== undefined) needsVersionTwo(field)
  }
  if (doc.budget.mode === 'glide' || doc.budget.mode === 'amounts') needsVersionTwo('budget.mode')
  if (doc.budget.amounts !== undefined) needsVersionTwo('budget.amounts')
  doc.hires?.forEach((h, i) => { if (h.existing !== undefined) needsVersionTwo(`hires[${i}].existing`) })
  doc.capabilities?.forEach((c, i) => { if (c.needs !== undefined) needsVersionTwo(`capabilities[${i}].needs`) })
  return errors
}

export function crossFieldErrors(doc: ScenarioDoc): ValidationError[] {
  const errors: ValidationError[] = []
  const horizon = doc.quarters
  const quartersLeft = absoluteQuarter(`${MAX_PLAN_YEAR}-Q4`) - absoluteQuarter(doc.start) + 1
  if (horizon > quartersLeft) {
    errors.push({ path: 'quarters', message: `${horizon} quarters from ${doc.start} would end after ${MAX_PLAN_YEAR}-Q4, ` +
      `the last quarter Rampart plans; plan at most ${quartersLeft} quarters or start earlier` })
  }
  const inHorizon = (path: string, quarter: number) => {
    if (quarter >= horizon) errors.push({ path, message: `${quarter} is outside the ${horizon}-quarter horizon` })
  }
  const seriesErrors = (name: string, series: readonly { quarter: number }[]) => {
    const seen = new Set<number>()
    series.forEach((m, i) => {
      inHorizon(`${name}[${i}].quarter`, m.quarter)
      if (seen.has(m.quarter)) errors.push({ path: `${name}[${i}].quarter`, message: `quarter ${m.quarter} already has a milestone` })
      seen.add(m.quarter)
    })
  }
  seriesErrors('headcount', doc.headcount)
  seriesErrors('revenue', doc.revenue)
  if (doc.itBudget) seriesErrors('itBudget', doc.itBudget)
  errors.push(...budgetErrors(doc))
  if (doc.phaseThresholds) {
    const resolved = resolvedThresholds(doc)
    const order: ThresholdPhaseId[] = ['foundation', 'growth', 'optimization', 'worldclass']
    for (let i = 1; i < order.length; i++) {
      const [prev, next] = [order[i - 1], order[i]]
      if (resolved[next] <= resolved[prev]) {
        // Name a threshold the user wrote, not a default they never saw.
        const path = doc.phaseThresholds[next] !== undefined ? next : prev
        errors.push({ path: `phaseThresholds.${path}`, message:
          `${resolved[next]} (${next}) must be above the ${prev} threshold (${resolved[prev]})` })
      }
    }
  }
  doc.hires?.forEach((h, i) => {
    inHorizon(`hires[${i}].quarter`, h.quarter)
    if (h.endQuarter !== undefined) {
      if (h.endQuarter <= h.quarter) errors.push({ path: `hires[${i}].endQuarter`, message: `${h.endQuarter} must be after the start quarter (${h.quarter})` })
      else if (h.endQuarter > horizon) errors.push({ path: `hires[${i}].endQuarter`, message: `${h.endQuarter} is outside the ${horizon}-quarter horizon` })
    }
  })
  doc.tools?.forEach((t, i) => {
    inHorizon(`tools[${i}].quarter`, t.quarter)
    if (t.low > t.high) errors.push({ path: `tools[${i}].low`, message: `${t.low} is above high (${t.high})` })
    else if (typeof t.point === 'number' && (t.point < t.low || t.point > t.high)) {
      errors.push({ path: `tools[${i}].point`, message: `${t.point} is outside the range ${t.low}–${t.high}` })
    }
  })
  doc.programs?.forEach((p, i) => inHorizon(`programs[${i}].quarter`, p.quarter))
  const planned = new Map<string, number>()
  doc.capabilities?.forEach((c, i) => {
    inHorizon(`capabilities[${i}].quarter`, c.quarter)
    const first = planned.get(c.id)
    if (first !== undefined) errors.push({ path: `capabilities[${i}].id`, message: `"${c.id}" is already planned at capabilities[${first}]` })
    else planned.set(c.id, i)
  })
  errors.push(...needsErrors(doc), ...deadlineErrors(doc, inHorizon), ...uncertaintyErrors(doc))
  return errors
}

function budgetErrors(doc: ScenarioDoc): ValidationError[] {
  const errors: ValidationError[] = []
  const { budget } = doc
  if (budget.mode === 'fixed' && budget.fixedPercent === undefined) {
    errors.push({ path: 'budget.fixedPercent', message: 'is required when budget.mode is "fixed"' })
  }
  if (budget.mode !== 'amounts') {
    if (budget.amounts !== undefined) {
      errors.push({ path: 'budget.amounts', message: `is only used when budget.mode is "amounts" (it is "${budget.mode}")` })
    }
    return errors
  }
  // Approved amounts are the budget: a percent or a floor beside them would contradict them.
  for (const field of ['percent', 'fixedPercent', 'minimumAnnual'] as const) {
    if (budget[field] !== undefined) {
      errors.push({ path: `budget.${field}`, message: 'cannot be combined with budget.amounts, which are the budget in "amounts" mode' })
    }
  }
  if (budget.amounts === undefined) {
    errors.push({ path: 'budget.amounts', message: 'is required when budget.mode is "amounts"' })
    return errors
  }
  const years = [...new Set(fiscalYearsByQuarter(doc.start, doc.quarters, resolvedFiscalYearStart(doc)))]
  const range = years.length === 1
    ? fiscalYearLabel(years[0])
    : `${fiscalYearLabel(years[0])}–${fiscalYearLabel(years[years.length - 1])}`
  const seen = new Map<number, number>()
  budget.amounts.forEach((a, i) => {
    const path = `budget.amounts[${i}].fiscalYear`
    const first = seen.get(a.fiscalYear)
    if (first !== undefined) {
      errors.push({ path, message: `${fiscalYearLabel(a.fiscalYear)} already has an amount at budget.amounts[${first}]` })
    } else if (!years.includes(a.fiscalYear)) {
      errors.push({ path, message: `${fiscalYearLabel(a.fiscalYear)} is outside the plan, which covers ${range}` })
    }
    if (first === undefined) seen.set(a.fiscalYear, i)
  })
  for (const year of years) {
    if (!seen.has(year)) errors.push({ path: 'budget.amounts', message: `no amount for ${fiscalYearLabel(year)}` })
  }
  return errors
}

/** Each need names a line the plan has, at most once per capability. */
function needsErrors(doc: ScenarioDoc): ValidationError[] {
  const errors: ValidationError[] = []
  const lines = {
    tool: new Set((doc.tools ?? []).map((t) => t.tool)),
    role: new Set((doc.hires ?? []).map((h) => h.role))
  }
  doc.capabilities?.forEach((c, i) => {
    const seen = new Map<string, number>()
    c.needs?.forEach((need, j) => {
      const first = seen.get(need)
      if (first !== undefined) {
        errors.push({ path: `capabilities[${i}].needs[${j}]`, message: `"${need}" is already listed at needs[${first}]` })
        return
      }
      seen.set(need, j)
      const [, kind, id] = NEED_PATTERN.exec(need) as RegExpExecArray
      if (kind === 'tool' && !lines.tool.has(id)) {
        errors.push({ path: `capabilities[${i}].needs`, message: `no tool line for "${id}"` })
      } else if (kind === 'role' && !lines.role.has(id)) {
        errors.push({ path: `capabilities[${i}].needs`, message: `no hire line for "${id}"` })
      }
    })
  })
  return errors
}

function deadlineErrors(doc: ScenarioDoc, inHorizon: (path: string, quarter: number) => void): ValidationError[] {
  const errors: ValidationError[] = []
  const names = new Map<string, number>()
  doc.deadlines?.forEach((d, i) => {
    inHorizon(`deadlines[${i}].quarter`, d.quarter)
    const name = d.name.trim()
    const first = names.get(name)
    if (first !== undefined) errors.push({ path: `deadlines[${i}].name`, message: `"${name}" is already used by deadlines[${first}]` })
    else names.set(name, i)
    const listed = new Map<string, number>()
    d.capabilities.forEach((id, j) => {
      const earlier = listed.get(id)
      if (earlier !== undefined) errors.push({ path: `deadlines[${i}].capabilities[${j}]`, message: `"${id}" is already listed at capabilities[${earlier}]` })
      else listed.set(id, j)
    })
  })
  return errors
}

function uncertaintyErrors(doc: ScenarioDoc): ValidationError[] {
  const slip = doc.uncertainty?.hiringSlip
  if (slip === undefined) return []
  const sum = slip.reduce((a, b) => a + b, 0)
  if (Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE) return []
  // Twelve significant digits show 0.1 + 0.2 as 0.3, as the user wrote it.
  return [{ path: 'uncertainty.hiringSlip', message: `the probabilities sum to ${Number(sum.toPrecision(12))}, not 1` }]
}
