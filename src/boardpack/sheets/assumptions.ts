// Assumptions: every input of the plan with its provenance: `reference` (the blueprint or a cited
// benchmark), `derived` (Rampart's own reading of a reference), `illustrative` (a placeholder to
// replace with a quote) or `scenario input`. The budget inputs and salary growth are live: the
// Quarterly Plan's and Hiring's formulas read them here.
import type { Worksheet } from 'exceljs'
import {
  ACHIEVED_SCORE, BENCHMARKS, formatMoney, BLUEPRINT_SOURCE, BUDGET_BAND, CAPABILITY_BY_ID, DEFAULT_BUDGET_PERCENT,
  DEFAULT_BUDGET_PERCENT_SOURCE, DEFAULT_PHASE_THRESHOLDS, ILLUSTRATIVE_SOURCE, MITIGATION_EFFECT, PHASE_IDS, phaseName, quarterLabel,
  resolvedThresholds, ROLE_BY_ID, TOOL_BY_ID, toolPointValue, type Provenance, type ThresholdPhaseId
} from '../../core'
import { programPriceIsIllustrative, revenueIsIllustrative } from '../../core/illustrativeDefaults'
import { resolvedFiscalYearStart, resolvedPeopleCosts, resolvedUncertainty } from '../../core/scenarioDefaults'
import { uncertaintySourcesText } from '../../core/uncertaintyText'
import { columnLetter, freeze, setUpPrinting, writeLegend, writeTable, writeTitle, type ColumnSpec } from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { catalogPayOf, catalogRangeOf } from '../story/catalogUse'
import { BUDGET_MODE_LABELS } from '../story/provenance'
import { SHEET_NAMES } from '../sheetNames'
import { COLORS } from '../styles'
import type { AssumptionLinks, LinkedInput } from './links'

type Origin = Provenance | 'scenario input' | 'model setting'

interface Assumption {
  /** Set on the inputs other sheets' formulas read. */
  link?: LinkedInput
  section: string
  input: string
  value: number | string
  unit: string
  numFmt?: string
  provenance: Origin
  source: string
}

const SCENARIO_SOURCE = 'Scenario file'
const MODEL_SOURCE = 'Rampart model (docs/model.md)'
/** Where a catalog figure of each provenance comes from. */
const CATALOG_SOURCES: Readonly<Record<Provenance, string>> = {
  reference: BLUEPRINT_SOURCE,
  derived: `Rampart's reading of the ${BLUEPRINT_SOURCE}`,
  illustrative: ILLUSTRATIVE_SOURCE
}
const DEFAULT_PLAN_SOURCE = `${ILLUSTRATIVE_SOURCE} (the default plan's figure)`

function assumptionRows(ctx: SheetContext): Assumption[] {
  const { report, formats, currency, model } = ctx
  const { doc } = report
  const rows: Assumption[] = []
  const add = (row: Omit<Assumption, 'provenance' | 'source'> & Partial<Pick<Assumption, 'provenance' | 'source'>>) =>
    rows.push({ provenance: 'scenario input', source: SCENARIO_SOURCE, ...row })
  const label = (q: number) => quarterLabel(doc.start, q)
  const catalogOrInput = (matches: boolean, source: Provenance): Pick<Assumption, 'provenance' | 'source'> =>
    matches
      ? { provenance: source, source: CATALOG_SOURCES[source] }
      : { provenance: 'scenario input', source: SCENARIO_SOURCE }
  const defaultPlanFigure = (illustrative: boolean): Partial<Pick<Assumption, 'provenance' | 'source'>> =>
    illustrative ? { provenance: 'illustrative', source: DEFAULT_PLAN_SOURCE } : {}

  add({ section: 'Scenario', input: 'Name', value: doc.name, unit: '' })
  add({ section: 'Scenario', input: 'Start quarter', value: doc.start, unit: '' })
  add({ section: 'Scenario', input: 'Horizon', value: doc.quarters, unit: 'quarters', numFmt: formats.integer })
  add({ section: 'Scenario', input: 'Currency', value: currency, unit: 'ISO 4217' })

  for (const m of doc.headcount) {
    add({ section: 'Growth', input: `Headcount milestone, ${label(m.quarter)}`, value: m.value, unit: 'employees', numFmt: formats.integer })
  }
  const revenue = defaultPlanFigure(revenueIsIllustrative(doc))
  for (const m of doc.revenue) {
    add({ section: 'Growth', input: `Revenue run-rate milestone, ${label(m.quarter)}`, value: m.value, unit: `${currency}/year`, numFmt: formats.money,
      ...revenue })
  }

  add({ section: 'Scenario', input: 'Fiscal year opens in calendar quarter', value: resolvedFiscalYearStart(doc), unit: 'Q1–Q4',
    numFmt: formats.integer })

  add({ section: 'Budget', input: 'Budget mode', value: BUDGET_MODE_LABELS[doc.budget.mode], unit: '' })
  if (doc.budget.mode === 'amounts') {
    for (const amount of doc.budget.amounts ?? []) {
      add({ section: 'Budget', input: `Approved budget, FY${amount.fiscalYear}`, value: amount.amount, unit: `${currency}/year`,
        numFmt: formats.money })
    }
  } else if (doc.budget.mode === 'fixed') {
    add({ link: 'fixedPercent', section: 'Budget', input: 'Fixed budget', value: (doc.budget.fixedPercent ?? 0) / 100,
      unit: '% of revenue', numFmt: formats.percent1 })
  } else {
    for (const id of PHASE_IDS) {
      const percent = doc.budget.percent?.[id] ?? DEFAULT_BUDGET_PERCENT[id]
      add({ link: `budgetPercent:${id}`, section: 'Budget', input: budgetInputLabel(phaseName(id)), value: percent / 100, unit: '% of revenue', numFmt: formats.percent1,
        ...catalogOrInput(percent === DEFAULT_BUDGET_PERCENT[id], DEFAULT_BUDGET_PERCENT_SOURCE) })
    }
  }
  if (doc.budget.mode !== 'amounts') add({ link: 'minimumAnnual', section: 'Budget', input: 'Minimum annual budget', value: doc.budget.minimumAnnual ?? 0, unit: `${currency}/year`, numFmt: formats.money })
  add({ section: 'Budget', input: 'Target band for AI companies',
    value: `${BUDGET_BAND.min}–${BUDGET_BAND.max}%`, unit: '% of revenue', provenance: 'reference', source: BLUEPRINT_SOURCE })

  for (const id of Object.keys(DEFAULT_PHASE_THRESHOLDS) as ThresholdPhaseId[]) {
    const value = resolvedThresholds(doc)[id]
    add({ section: 'Phases', input: `${phaseName(id)} from`, value, unit: 'employees', numFmt: formats.integer,
      ...catalogOrInput(value === DEFAULT_PHASE_THRESHOLDS[id], 'reference') })
  }
  add({ section: 'Phases', input: 'A phase is achieved at', value: ACHIEVED_SCORE, unit: 'of its capabilities in place',
    numFmt: formats.percent0, provenance: 'model setting', source: MODEL_SOURCE })

  add({ link: 'salaryGrowth', section: 'People', input: 'Salary growth', value: (doc.salaryGrowthPercent ?? 0) / 100, unit: '% a year', numFmt: formats.percent1 })
  const { overheadPercent, recruitingFeePercent } = resolvedPeopleCosts(doc)
  add({ section: 'People', input: 'Overhead on pay (benefits, payroll tax, equity)', value: overheadPercent / 100, unit: '% of pay',
    numFmt: formats.percent1 })
  add({ section: 'People', input: 'Recruiting fee per person hired', value: recruitingFeePercent / 100, unit: '% of annual pay',
    numFmt: formats.percent1 })
  for (const hire of doc.hires ?? []) {
    const role = ROLE_BY_ID.get(hire.role)
    add({ section: 'People', input: `${role?.name ?? hire.role} ×${hire.count} ${hire.existing ? 'in post' : 'from'} ${label(hire.quarter)}` +
      (hire.endQuarter === undefined ? '' : ` to ${label(hire.endQuarter)}`),
      value: hire.annualCost, unit: `${currency}/year per person`, numFmt: formats.money,
      ...withPayBenchmark(catalogOrInput(catalogPayOf(hire) !== undefined, role?.source ?? 'illustrative'), role?.payBenchmark) })
  }

  for (const line of doc.tools ?? []) {
    const tool = TOOL_BY_ID.get(line.tool)
    const name = `${tool?.name ?? line.tool} from ${label(line.quarter)}`
    const range = catalogOrInput(catalogRangeOf(line) !== undefined, tool?.source ?? 'illustrative')
    add({ section: 'Tools', input: `${name}: low`, value: line.low, unit: `${currency}/year`, numFmt: formats.money, ...range })
    add({ section: 'Tools', input: `${name}: high`, value: line.high, unit: `${currency}/year`, numFmt: formats.money, ...range })
    add({ section: 'Tools', input: `${name}: chosen point (${typeof line.point === 'number' ? 'custom' : line.point ?? 'mid'})`,
      value: toolPointValue(line), unit: `${currency}/year`, numFmt: formats.money })
    const perEmployee = line.perEmployee ?? 0
    add({ section: 'Tools', input: `${name}: per employee`, value: perEmployee, unit: `${currency}/employee/year`, numFmt: formats.money,
      ...catalogOrInput(tool !== undefined && tool.perEmployee === perEmployee, tool?.source ?? 'illustrative') })
  }

  for (const program of doc.programs ?? []) {
    add({ section: 'Programs', input: `${program.name} (${program.recurrence} from ${label(program.quarter)})`,
      value: program.amount, unit: `${currency} per occurrence`, numFmt: formats.money, ...defaultPlanFigure(programPriceIsIllustrative(program)) })
  }
  for (const planned of doc.capabilities ?? []) {
    add({ section: 'Capabilities', input: CAPABILITY_BY_ID.get(planned.id)?.name ?? planned.id,
      value: label(planned.quarter), unit: planned.needs?.length ? `planned from; needs ${planned.needs.join(', ')}` : 'in place from' })
  }
  for (const deadline of doc.deadlines ?? []) {
    add({ section: 'Deadlines', input: `${deadline.name}${deadline.hard ? ' (hard)' : ''}: ${deadline.capabilities.length} capabilities`,
      value: label(deadline.quarter), unit: 'due by' })
  }
  for (const m of doc.itBudget ?? []) {
    add({ section: 'Growth', input: `IT budget run-rate milestone, ${label(m.quarter)}`, value: m.value, unit: `${currency}/year`,
      numFmt: formats.money })
  }

  const spread = resolvedUncertainty(doc)
  add({ section: 'Uncertainty', input: 'Pay: spread of each hire line\'s cost', value: spread.salaryPercent / 100, unit: '± % of pay',
    numFmt: formats.percent0 })
  add({ section: 'Uncertainty', input: 'Revenue: spread of its growth', value: spread.revenuePercent / 100, unit: '± % of growth',
    numFmt: formats.percent0 })
  add({ section: 'Uncertainty', input: 'Hiring: chance a start slips 0, 1, 2… quarters',
    value: spread.hiringSlip.map((p) => `${Math.round(p * 100)}%`).join(' / '), unit: 'per quarter of slip' })
  add({ section: 'Uncertainty', input: 'Attrition', value: spread.attritionPercent / 100, unit: '% of staff a year', numFmt: formats.percent0 })
  add({ section: 'Uncertainty', input: 'The simulated P10–P90 band covers', value: uncertaintySourcesText(report.simulation.sources), unit: '',
    provenance: 'model setting', source: MODEL_SOURCE })
  add({ section: 'Uncertainty', input: 'Simulated samples', value: model.samples, unit: 'samples', numFmt: formats.integer,
    provenance: 'model setting', source: MODEL_SOURCE })
  add({ section: 'Uncertainty', input: 'Random seed (same for every scenario)', value: model.seed, unit: '', numFmt: '0',
    provenance: 'model setting', source: MODEL_SOURCE })
  add({ section: 'Risks', input: 'Risk reduction with every mitigation in place', value: MITIGATION_EFFECT, unit: 'of the inherent score',
    numFmt: formats.percent0, provenance: 'model setting', source: MODEL_SOURCE })

  for (const b of BENCHMARKS) {
    add({ section: 'Peer benchmarks', input: b.label, value: b.unit === '%' ? b.value / 100 : b.value,
      unit: b.unit === '%' ? '%' : b.unit, numFmt: b.unit === '%' ? formats.percent2 : b.unit === 'USD' ? '"$"#,##0' : '#,##0.0',
      provenance: b.provenance, source: `${b.source}, ${b.year}` })
  }
  return rows
}

/** A catalog role's base pay cites the survey figure it sits beside (total pay, so above base pay). */
function withPayBenchmark(origin: Pick<Assumption, 'provenance' | 'source'>, benchmarkId: string | undefined): Pick<Assumption, 'provenance' | 'source'> {
  const benchmark = BENCHMARKS.find((b) => b.id === benchmarkId)
  if (!benchmark) return origin
  return { ...origin, source: `${origin.source}; compare ${benchmark.label}: ${formatMoney(benchmark.value)} ` +
    `(${benchmark.source}, ${benchmark.year})` }
}

/** "Budget in Growth": the label the Quarterly Plan's budget % looks up by org phase. */
export function budgetInputLabel(phase: string): string {
  return `Budget in ${phase}`
}

const VALUE_COLUMN = 3

export function writeAssumptionsSheet(ws: Worksheet, ctx: SheetContext): AssumptionLinks {
  const { report } = ctx
  const columns: ColumnSpec<Assumption>[] = [
    { header: 'Section', value: (a) => a.section },
    { header: 'Input', wrapAt: 34, value: (a) => a.input },
    { header: 'Value', wrapAt: 16, rowNumFmt: (a) => a.numFmt, align: 'right', value: (a) => a.value,
      kind: (a) => (a.link ? 'input' : undefined) },
    { header: 'Unit', wrapAt: 14, value: (a) => a.unit },
    { header: 'Provenance', value: (a) => a.provenance },
    { header: 'Source', wrapAt: 30, value: (a) => a.source }
  ]
  writeTitle(ws, `Assumptions: ${report.doc.name}`,
    'Provenance: "reference" is from the AI-security maturity blueprint or a cited benchmark; "derived" is Rampart\'s own ' +
    'reading of a reference; "illustrative" is a placeholder to replace with a quote; "scenario input" is set in this scenario; ' +
    '"model setting" is how Rampart computes.')
  writeLegend(ws, 3, 1, [
    ['Inputs (blue): edit these, and the Quarterly Plan, Hiring and Summary recalculate', COLORS.input],
    ['Other values record the scenario as planned in Rampart: change them there and export again (hires and tools are inputs on their own sheets)', COLORS.grey]
  ])
  const headerRow = 4
  const rows = assumptionRows(ctx)
  const table = writeTable(ws, { name: 'AssumptionList', headerRow, columns, rows })
  freeze(ws, table.firstDataRow, 3)
  setUpPrinting(ws, { ...pageBasics(ctx),
    repeatRows: { from: headerRow, to: headerRow } })

  const rowOf = (input: LinkedInput) => table.firstDataRow + rows.findIndex((a) => a.link === input)
  const at = (column: number, row: number) => `${SHEET_NAMES.assumptions}!$${columnLetter(column)}$${row}`
  const budgetRows = rows.flatMap((a, i) => (a.link?.startsWith('budgetPercent:') ? [table.firstDataRow + i] : []))
  return {
    cell(input) {
      const row = rowOf(input)
      if (row < table.firstDataRow) throw new Error(`no ${input} input on ${SHEET_NAMES.assumptions}`)
      return at(VALUE_COLUMN, row)
    },
    budgetByPhase: budgetRows.length === 0 ? null
      : `${at(VALUE_COLUMN - 1, budgetRows[0])}:${at(VALUE_COLUMN, budgetRows[budgetRows.length - 1]).split('!')[1]}`
  }
}
