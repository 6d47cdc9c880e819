// Field paths as people read them: `hires[1].annualCost` -> "Hire 2 · annual cost". The path
// itself stays the link to the field; this is only what the link says.
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
  phaseThresholds: 'Phase thresholds'
}

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
  revenue: { row: 'Revenue milestone', fields: { quarter: 'quarter', value: 'annual run-rate' } }
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
  if (head === 'budget' && typeof second === 'string') {
    if (second === 'percent' && typeof third === 'string') return `Budget · ${PHASE_NAMES[third] ?? third} percent`
    return BUDGET_FIELDS[second] && third === undefined ? `Budget · ${BUDGET_FIELDS[second]}` : path
  }
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
