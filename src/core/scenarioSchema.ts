// The scenario document's shape, format versions 1 and 2 (docs/model.md): the schema each field is
// checked against and the types the engine computes with. Rules that relate fields to each other
// are in scenarioRules.ts; validation as a whole is scenario.ts.
import { z } from './zod'
import { CAPABILITY_BY_ID, ROLE_BY_ID, TOOL_BY_ID } from './catalog'
import { controlCharacterProblem } from './controlCharacters'
import {
  MAX_ATTRITION_PERCENT, MAX_HEADCOUNT, MAX_HIRE_COUNT, MAX_LINE_ITEMS, MAX_MONEY, MAX_OVERHEAD_PERCENT, MAX_PLAN_YEAR,
  MAX_QUARTERS, MAX_RECRUITING_FEE_PERCENT, MAX_REVENUE, MAX_REVENUE_SPREAD_PERCENT, MAX_SALARY_SPREAD_PERCENT,
  MAX_SLIP_QUARTERS, MAX_TEXT, MIN_PLAN_YEAR
} from './limits'
import { isPlannableQuarter, QUARTER_PATTERN } from './quarters'
import { describeValue } from './validationMessages'

export const SCENARIO_FORMAT = 'rampart-scenario'
/** The version this Rampart writes; it reads every version from 1 up to this one. */
export const SCENARIO_VERSION = 2

const money = z.number().min(0).max(MAX_MONEY)
const percent = z.number().min(0).max(100)
const percentUpTo = (max: number) => z.number().min(0).max(max)
// Whole numbers of any size: a quarter beyond the horizon is reported as such by crossFieldErrors.
const quarterIndex = z.number().min(0).refine(Number.isInteger, {
  error: (issue) => `${String(issue.input)} must be a whole number`
})
// One line of printable text: checked before trimming, so a trailing newline is refused too.
const text = z.string().refine((value) => controlCharacterProblem(value) === null, {
  error: (issue) => `${controlCharacterProblem(String(issue.input))}; a name is one line of printable text`
}).trim().min(1).max(MAX_TEXT)

export const knownId = (lookup: ReadonlyMap<string, unknown>, kind: string) =>
  z.string().refine((id) => lookup.has(id), {
    error: (issue) => `unknown ${kind} ${JSON.stringify(issue.input)} (see \`rampart catalog\`)`
  })

const milestone = z.strictObject({ quarter: quarterIndex, value: z.number().min(0) })
const milestones = (max: number) =>
  z.array(milestone.extend({ value: z.number().min(0).max(max) }))
    .min(1, { error: 'needs at least one milestone' }).max(MAX_LINE_ITEMS)

const phasePercents = z.strictObject({
  adhoc: percent.optional(),
  foundation: percent.optional(),
  growth: percent.optional(),
  optimization: percent.optional(),
  worldclass: percent.optional()
})

export const BUDGET_MODES = ['byPhase', 'fixed', 'glide', 'amounts'] as const
export type BudgetMode = (typeof BUDGET_MODES)[number]

const budgetAmount = z.strictObject({
  // A plan's last fiscal year may end in the year after its last calendar year.
  fiscalYear: z.number().int().min(MIN_PLAN_YEAR).max(MAX_PLAN_YEAR + 1),
  amount: money
})

const budget = z.strictObject({
  mode: z.enum(BUDGET_MODES),
  percent: phasePercents.optional(),
  fixedPercent: percent.optional(),
  minimumAnnual: money.optional(),
  amounts: z.array(budgetAmount).max(MAX_LINE_ITEMS).optional()
})

// Each threshold is optional, like each budget percent: a missing one takes the reference value.
const threshold = z.number().int().min(1).max(MAX_HEADCOUNT).optional()
const thresholds = z.strictObject({
  foundation: threshold, growth: threshold, optimization: threshold, worldclass: threshold
})

/** Currency codes this runtime can format; a typo such as "USX" is refused, not shown as "USX 5". */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'))

const hire = z.strictObject({
  role: knownId(ROLE_BY_ID, 'role'),
  count: z.number().int().min(1).max(MAX_HIRE_COUNT),
  quarter: quarterIndex,
  annualCost: money,
  endQuarter: quarterIndex.optional(),
  existing: z.boolean().optional()
})

const tool = z.strictObject({
  tool: knownId(TOOL_BY_ID, 'tool'),
  quarter: quarterIndex,
  low: money,
  high: money,
  point: z.union([z.enum(['low', 'mid', 'high']), money]).optional(),
  perEmployee: money.optional()
})

const program = z.strictObject({
  name: text,
  quarter: quarterIndex,
  amount: money,
  recurrence: z.enum(['once', 'quarterly', 'annual'])
})

/** `tool:ID` (a tool or a service) or `role:ID`. */
export const NEED_PATTERN = /^(tool|role):(.+)$/s

const need = z.string().superRefine((value, context) => {
  const match = NEED_PATTERN.exec(value)
  if (!match) {
    context.addIssue({ code: 'custom', message: `${describeValue(value)} must be "tool:ID" or "role:ID"` })
    return
  }
  const [, kind, id] = match
  if (!(kind === 'tool' ? TOOL_BY_ID : ROLE_BY_ID).has(id)) {
    context.addIssue({ code: 'custom', message: `unknown ${kind} ${JSON.stringify(id)} (see \`rampart catalog\`)` })
  }
})

const capability = z.strictObject({
  id: knownId(CAPABILITY_BY_ID, 'capability'),
  quarter: quarterIndex,
  needs: z.array(need).max(MAX_LINE_ITEMS).optional()
})

const deadline = z.strictObject({
  name: text,
  quarter: quarterIndex,
  capabilities: z.array(knownId(CAPABILITY_BY_ID, 'capability'))
    .min(1, { error: 'needs at least one capability' }).max(MAX_LINE_ITEMS),
  hard: z.boolean().optional()
})

const uncertainty = z.strictObject({
  salaryPercent: percentUpTo(MAX_SALARY_SPREAD_PERCENT).optional(),
  revenuePercent: percentUpTo(MAX_REVENUE_SPREAD_PERCENT).optional(),
  hiringSlip: z.array(z.number().min(0).max(1))
    .min(1, { error: 'needs at least one probability (the chance of starting on time)' })
    .max(MAX_SLIP_QUARTERS).optional(),
  attritionPercent: percentUpTo(MAX_ATTRITION_PERCENT).optional()
})

const peopleCosts = z.strictObject({
  overheadPercent: percentUpTo(MAX_OVERHEAD_PERCENT).optional(),
  recruitingFeePercent: percentUpTo(MAX_RECRUITING_FEE_PERCENT).optional()
})

export const scenarioShape = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal([1, SCENARIO_VERSION]),
  name: text,
  start: z.string().regex(QUARTER_PATTERN, { error: 'must be a quarter such as "2026-Q1"' }).refine(
    (label) => !QUARTER_PATTERN.test(label) || isPlannableQuarter(label),
    { error: (issue) => `${JSON.stringify(issue.input)} is outside the years Rampart plans (${MIN_PLAN_YEAR}–${MAX_PLAN_YEAR})` }
  ),
  quarters: z.number().int().min(1).max(MAX_QUARTERS),
  currency: z.string().refine((code) => CURRENCIES.has(code), {
    error: (issue) => `${JSON.stringify(issue.input)} is not an ISO 4217 currency code such as "USD"`
  }).optional(),
  fiscalYearStart: z.number().int().min(1).max(4).optional(),
  headcount: milestones(MAX_HEADCOUNT),
  revenue: milestones(MAX_REVENUE),
  budget,
  phaseThresholds: thresholds.optional(),
  salaryGrowthPercent: z.number().min(-50).max(100).optional(),
  peopleCosts: peopleCosts.optional(),
  hires: z.array(hire).max(MAX_LINE_ITEMS).optional(),
  tools: z.array(tool).max(MAX_LINE_ITEMS).optional(),
  programs: z.array(program).max(MAX_LINE_ITEMS).optional(),
  capabilities: z.array(capability).max(MAX_LINE_ITEMS).optional(),
  deadlines: z.array(deadline).max(MAX_LINE_ITEMS).optional(),
  itBudget: milestones(MAX_MONEY * 10).optional(),
  uncertainty: uncertainty.optional()
})

export type ScenarioShape = z.infer<typeof scenarioShape>
/** A valid scenario as the engine sees it: always the current version (older ones are migrated). */
export type ScenarioDoc = Omit<ScenarioShape, 'version'> & { version: typeof SCENARIO_VERSION }
export type Milestone = ScenarioDoc['headcount'][number]
export type Hire = NonNullable<ScenarioDoc['hires']>[number]
export type ToolLine = NonNullable<ScenarioDoc['tools']>[number]
export type Program = NonNullable<ScenarioDoc['programs']>[number]
export type PlannedCapability = NonNullable<ScenarioDoc['capabilities']>[number]
export type Deadline = NonNullable<ScenarioDoc['deadlines']>[number]
export type Uncertainty = NonNullable<ScenarioDoc['uncertainty']>
export type PeopleCosts = NonNullable<ScenarioDoc['peopleCosts']>
export type BudgetAmount = NonNullable<ScenarioDoc['budget']['amounts']>[number]
