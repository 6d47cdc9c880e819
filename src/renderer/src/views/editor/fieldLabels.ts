// Field paths as people read them: `hires[1].annualCost` -> "Hire 2 · annual cost". The path
// itself stays the link to the field; this is only what the link says. Also which fields hold
// money, so a message about one writes its bound as money.
import { PHASES } from '../../../../core/catalog'
import { parsePath } from '../../session/paths'
import { slipPositionText } from './uncertainty/hiringSlip'

const TOP_LEVEL: Record<string, string> = {
  name: 'Scenario name',
  start: 'First quarter',
  quarters: 'Quarters',
  currency: 'Currency',
  salaryGrowthPercent: 'Annual salary growth',
  hires: 'Hiring plan',
  tools: 'Tools',
  programs: 'Programs',
  capabilities: 'Capabilities',
  headcount: 'Headcount milestones',
  revenue: 'Revenue milestones',
  budget: 'Budget',
  phaseThresholds: 'Phase thresholds',
  fiscalYearStart: 'Fiscal year start',
  deadlines: 'Deadlines',
  itBudget: 'IT budget milestones'
}

/** The check-in form's fields (main names them under `actual.`). */
const CHECK_IN: Record<string, string> = {
  quarter: 'Quarter', people: 'People spend', tools: 'Tools spend', programs: 'Programs spend',
  hires: 'Hires this quarter', capabilities: 'Capabilities in place', note: 'Note'
}

const PEOPLE_COSTS: Record<string, string> = { overheadPercent: 'Overhead on base pay', recruitingFeePercent: 'Recruiting fee' }

/** What each list's rows are called, and the names of their fields. */
const LISTS: Record<string, { row: string; fields: Record<string, string> }> = {
  hires: {
    row: 'Hire',
    fields: { role: 'role', count: 'count', quarter: 'start quarter', endQuarter: 'leaving quarter', annualCost: 'annual cost' }
  },
  tools: {
    row: 'Tool',
    fields: { tool: 'tool', quarter: 'from quarter', low: 'low', high: 'high', point: 'chosen point', perEmployee: 'per employee' }
  },
  programs: { row: 'Program', fields: { name: 'name', quarter: 'first quarter', amount: 'amount', recurrence: 'recurrence' } },
  capabilities: { row: 'Capability', fields: { id: 'capability', quarter: 'quarter in place' } },
  headcount: { row: 'Headcount milestone', fields: { quarter: 'quarter', value: 'employees' } },
  revenue: { row: 'Revenue milestone', fields: { quarter: 'quarter', value: 'annual run-rate' } },
  itBudget: { row: 'IT budget milestone', fields: { quarter: 'quarter', value: 'annual IT budget' } },
  deadlines: { row: 'Deadline', fields: { name: 'name', quarter: 'quarter', capabilities: 'capabilities', hard: 'hard' } }
}

const BUDGET_FIELDS: Record<string, string> = {
  mode: 'mode', fixedPercent: 'fixed percent', minimumAnnual: 'annual minimum', percent: 'percent by phase'
}

/** The Uncertainty tab's fields, as the tab names them. */
const UNCERTAINTY_FIELDS: Record<string, string> = {
  salaryPercent: 'pay spread', revenuePercent: 'revenue growth spread', attritionPercent: 'people leaving a year',
  hiringSlip: 'time to fill a role'
}

const PHASE_NAMES: Record<string, string> = Object.fromEntries(PHASES.map((p) => [p.id, p.name]))

export function fieldLabel(path: string): string {
  let keys: (string | number)[]
  try {
    keys = parsePath(path)
  } catch {
    return path
  }
  const [head, second, third, fourth] = keys
  if (typeof head !== 'string') return path
  const list = LISTS[head]
  if (list && typeof second === 'number') {
    const row = `${list.row} ${second + 1}`
    if (third === undefined) return row
    return typeof third === 'string' && list.fields[third] && fourth === undefined ? `${row} · ${list.fields[third]}` : path
  }
  if (head === 'budget' && second === 'amounts' && typeof third === 'number') {
    return fourth === undefined || fourth === 'amount' ? `Budget · approved amount ${third + 1}` : path
  }
  if (head === 'budget' && typeof second === 'string') {
    if (second === 'percent' && typeof third === 'string') return `Budget · ${PHASE_NAMES[third] ?? third} percent`
    return BUDGET_FIELDS[second] && third === undefined ? `Budget · ${BUDGET_FIELDS[second]}` : path
  }
  if (head === 'actual' && typeof second === 'string' && third === undefined) return CHECK_IN[second] ?? path
  if (head === 'peopleCosts' && typeof second === 'string' && third === undefined) return PEOPLE_COSTS[second] ?? path
  if (head === 'phaseThresholds' && typeof second === 'string' && third === undefined) {
    return `Phase threshold · ${PHASE_NAMES[second] ?? second}`
  }
  if (head === 'uncertainty' && typeof second === 'string' && UNCERTAINTY_FIELDS[second]) {
    if (third === undefined) return `Uncertainty · ${UNCERTAINTY_FIELDS[second]}`
    return second === 'hiringSlip' && typeof third === 'number' && fourth === undefined ? `Uncertainty · chance a start is ${slipPositionText(third)}` : path
  }
  if (head === 'uncertainty' && second === undefined) return 'Uncertainty'
  return second === undefined ? TOP_LEVEL[head] ?? path : path
}

/** Money fields, by the path's last name (and the milestone series whose values are money). */
const MONEY_FIELDS = new Set(['annualCost', 'low', 'high', 'perEmployee', 'amount', 'minimumAnnual'])
/** A check-in's amounts (in a scenario `tools` and `programs` are lists). */
const CHECK_IN_MONEY = new Set(['people', 'tools', 'programs'])

/** Whether the field at `path` holds an amount of money (`hires[0].annualCost`, `revenue[2].value`, `actual.people`). */
export function isMoneyField(path: string): boolean {
  let keys: (string | number)[]
  try {
    keys = parsePath(path)
  } catch {
    return false
  }
  const last = keys[keys.length - 1]
  if (last === 'value') return keys[0] === 'revenue' || keys[0] === 'itBudget'
  if (keys[0] === 'actual') return keys.length === 2 && CHECK_IN_MONEY.has(String(last))
  return typeof last === 'string' && MONEY_FIELDS.has(last)
}
