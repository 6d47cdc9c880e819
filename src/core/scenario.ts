// The scenario document, format version 1 (docs/model.md), and its validation. Validation returns
// messages that name the JSON path and the reason; a valid document is returned exactly as the
// user wrote it (defaults are applied when computing, never written into the document).
import { z } from 'zod'
import {
  CAPABILITY_BY_ID, DEFAULT_PHASE_THRESHOLDS, PHASE_IDS, ROLE_BY_ID, TOOL_BY_ID,
  type PhaseId, type PhaseThresholds, type ThresholdPhaseId
} from './catalog'
import {
  MAX_HEADCOUNT, MAX_HIRE_COUNT, MAX_LINE_ITEMS, MAX_MONEY, MAX_QUARTERS, MAX_REVENUE, MAX_TEXT
} from './limits'
import { parseJsonText } from './jsonText'
import { QUARTER_PATTERN } from './quarters'
import {
  describeValue, describeZodIssues, formatPath, formatValidationError, type ValidationError
} from './validationMessages'

export const SCENARIO_FORMAT = 'rampart-scenario'
export const SCENARIO_VERSION = 1

const money = z.number().min(0).max(MAX_MONEY)
const percent = z.number().min(0).max(100)
// Whole numbers of any size: a quarter beyond the horizon is reported as such by crossFieldErrors.
const quarterIndex = z.number().min(0).refine(Number.isInteger, {
  error: (issue) => `${String(issue.input)} must be a whole number`
})
const text = z.string().trim().min(1).max(MAX_TEXT)

export const knownId = (lookup: ReadonlyMap<string, unknown>, kind: string) =>
  z.string().refine((id) => lookup.has(id), {
    error: (issue) => `unknown ${kind} ${JSON.stringify(issue.input)} (see \`rampart catalog\`)`
  })

const milestone = z.strictObject({ quarter: quarterIndex, value: z.number().min(0) })

const phasePercents = z.strictObject({
  adhoc: percent.optional(),
  foundation: percent.optional(),
  growth: percent.optional(),
  optimization: percent.optional(),
  worldclass: percent.optional()
})

const budget = z.strictObject({
  mode: z.enum(['byPhase', 'fixed']),
  percent: phasePercents.optional(),
  fixedPercent: percent.optional(),
  minimumAnnual: money.optional()
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
  endQuarter: quarterIndex.optional()
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

const capability = z.strictObject({
  id: knownId(CAPABILITY_BY_ID, 'capability'),
  quarter: quarterIndex
})

const scenarioShape = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  name: text,
  start: z.string().regex(QUARTER_PATTERN, { error: 'must be a quarter such as "2026-Q1"' }),
  quarters: z.number().int().min(1).max(MAX_QUARTERS),
  currency: z.string().refine((code) => CURRENCIES.has(code), {
    error: (issue) => `${JSON.stringify(issue.input)} is not an ISO 4217 currency code such as "USD"`
  }).optional(),
  headcount: z.array(milestone.extend({ value: z.number().min(0).max(MAX_HEADCOUNT) }))
    .min(1, { error: 'needs at least one milestone' }).max(MAX_LINE_ITEMS),
  revenue: z.array(milestone.extend({ value: z.number().min(0).max(MAX_REVENUE) }))
    .min(1, { error: 'needs at least one milestone' }).max(MAX_LINE_ITEMS),
  budget,
  phaseThresholds: thresholds.optional(),
  salaryGrowthPercent: z.number().min(-50).max(100).optional(),
  hires: z.array(hire).max(MAX_LINE_ITEMS).optional(),
  tools: z.array(tool).max(MAX_LINE_ITEMS).optional(),
  programs: z.array(program).max(MAX_LINE_ITEMS).optional(),
  capabilities: z.array(capability).max(MAX_LINE_ITEMS).optional()
})

export type ScenarioDoc = z.infer<typeof scenarioShape>
export type Milestone = ScenarioDoc['headcount'][number]
export type Hire = NonNullable<ScenarioDoc['hires']>[number]
export type ToolLine = NonNullable<ScenarioDoc['tools']>[number]
export type Program = NonNullable<ScenarioDoc['programs']>[number]
export type PlannedCapability = NonNullable<ScenarioDoc['capabilities']>[number]

export { formatPath, formatValidationError, type ValidationError }

export type ValidationResult =
  | { ok: true; scenario: ScenarioDoc }
  | { ok: false; errors: ValidationError[] }

/** Validates a parsed JSON value as a scenario document. */
export function validateScenario(input: unknown): ValidationResult {
  const versionError = checkVersion(input)
  if (versionError) return { ok: false, errors: [versionError] }
  const parsed = scenarioShape.safeParse(input)
  if (!parsed.success) {
    return { ok: false, errors: describeZodIssues(parsed.error.issues, input) }
  }
  const errors = crossFieldErrors(parsed.data)
  if (errors.length > 0) return { ok: false, errors }
  // Return the user's own document (their key order, no defaults filled in).
  return { ok: true, scenario: structuredClone(input) as ScenarioDoc }
}

/** Parses JSON text and validates it; syntax errors are reported like any other. */
export function parseScenarioJson(json: string): ValidationResult {
  const parsed = parseJsonText(json)
  return parsed.ok ? validateScenario(parsed.value) : { ok: false, errors: [parsed.error] }
}

/** A scenario file's text, as every export and the demo write it: indented, ending in a newline. */
export function serializeScenario(document: ScenarioDoc): string {
  return JSON.stringify(document, null, 2) + '\n'
}

function checkVersion(input: unknown): ValidationError | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { path: '(root)', message: `must be a JSON object, received ${describeValue(input)}` }
  }
  const version = (input as Record<string, unknown>).version
  if (typeof version === 'number' && Number.isInteger(version) && version > SCENARIO_VERSION) {
    return { path: 'version', message:
      `${version} is newer than this version of Rampart understands (${SCENARIO_VERSION}); update Rampart to open it` }
  }
  return null
}

// Rules that relate one field to another: the horizon, ranges and uniqueness.
function crossFieldErrors(doc: ScenarioDoc): ValidationError[] {
  const errors: ValidationError[] = []
  const horizon = doc.quarters
  const inHorizon = (path: string, quarter: number) => {
    if (quarter >= horizon) errors.push({ path, message: `${quarter} is outside the ${horizon}-quarter horizon` })
  }
  for (const series of ['headcount', 'revenue'] as const) {
    const seen = new Set<number>()
    doc[series].forEach((m, i) => {
      inHorizon(`${series}[${i}].quarter`, m.quarter)
      if (seen.has(m.quarter)) errors.push({ path: `${series}[${i}].quarter`, message: `quarter ${m.quarter} already has a milestone` })
      seen.add(m.quarter)
    })
  }
  if (doc.budget.mode === 'fixed' && doc.budget.fixedPercent === undefined) {
    errors.push({ path: 'budget.fixedPercent', message: 'is required when budget.mode is "fixed"' })
  }
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
  return errors
}

// ---------------------------------------------------------------------------------------------
// Defaults, applied when computing.

export function resolvedThresholds(doc: ScenarioDoc): PhaseThresholds {
  return { ...DEFAULT_PHASE_THRESHOLDS, ...stripUndefined(doc.phaseThresholds ?? {}) }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

export interface ResolvedBudget {
  mode: 'byPhase' | 'fixed'
  percent: Record<PhaseId, number>
  fixedPercent: number
  minimumAnnual: number
}

export function resolvedBudget(doc: ScenarioDoc, defaults: Record<PhaseId, number>): ResolvedBudget {
  const percent = Object.fromEntries(
    PHASE_IDS.map((id) => [id, doc.budget.percent?.[id] ?? defaults[id]])
  ) as Record<PhaseId, number>
  return {
    mode: doc.budget.mode,
    percent,
    fixedPercent: doc.budget.fixedPercent ?? 0,
    minimumAnnual: doc.budget.minimumAnnual ?? 0
  }
}
