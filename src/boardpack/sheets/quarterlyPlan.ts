// Quarterly Plan: a row per quarter. Budget %, budget, people, tools, total, variance, utilization
// and security FTE are live formulas over the cells they come from (Assumptions, Hiring, Tools and
// this sheet), cached with the engine's values, so finance can change an input and see the effect.
// What no formula can follow (interpolated growth, programs, maturity, the simulation) is a grey
// value. Overrun rows are highlighted by conditional formatting.
import type { Worksheet } from 'exceljs'
import { peopleRates, phaseName, type QuarterResult } from '../../core'
import {
  columnLetter, freeze, lastColumnOfFirstPage, pagesAcross, setUpPrinting, STANDARD_LEGEND, wrapAcross, writeLegend, writeTable, writeTitle, type ColumnSpec,
  type LegendPart, type WrittenTable
} from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { SHEET_NAMES } from '../sheetNames'
import { argb, COLORS } from '../styles'
import { bandCoverage } from '../story/provenance'
import { budgetInputLabel } from './assumptions'
import type { AssumptionLinks, HiringLinks, PlanReferences, ToolLinks } from './links'

const PLAN_HEADER_ROW = 4
const LEGEND_ROW = 3

export interface PlanColumns {
  quarter: string
  planYear: string
  headcount: string
  orgPhase: string
  revenue: string
  budgetPercent: string
  budget: string
  people: string
  tools: string
  programs: string
  total: string
  variance: string
  utilization: string
  securityFte: string
  ftePer100: string
  maturityPhase: string
  maturityGap: string
  p10: string
  p50: string
  p90: string
  p90Range: string
  overrun: string
}

function planColumns(currency: string): PlanColumns {
  const perQuarter = `${currency}/quarter`
  return {
    quarter: 'Quarter',
    planYear: 'Plan year (#)',
    headcount: 'Headcount (employees)',
    orgPhase: 'Org phase',
    revenue: `Revenue (${perQuarter})`,
    budgetPercent: 'Budget (% of revenue)',
    budget: `Budget (${perQuarter})`,
    people: `People (${perQuarter})`,
    tools: `Tools (${perQuarter})`,
    programs: `Programs (${perQuarter})`,
    total: `Total (${perQuarter})`,
    variance: `Variance (${perQuarter})`,
    utilization: 'Utilization (% of budget)',
    securityFte: 'Security FTE (people)',
    ftePer100: 'FTE per 100 employees',
    maturityPhase: 'Achieved maturity phase',
    maturityGap: 'Maturity gap (phases)',
    p10: `P10 total (${perQuarter})`,
    p50: `P50 total (${perQuarter})`,
    p90: `P90 total (${perQuarter})`,
    p90Range: `P10–P90 range (${perQuarter})`,
    overrun: 'P(overrun) (% chance)'
  }
}

export function planReferences(ctx: SheetContext): PlanReferences {
  const h = planColumns(ctx.currency)
  const order = Object.values(h)
  const first = PLAN_HEADER_ROW + 1
  const last = PLAN_HEADER_ROW + ctx.report.projection.quarters.length
  const sheet = `'${SHEET_NAMES.plan}'!`
  const letter = (header: string) => columnLetter(order.indexOf(header) + 1)
  const range = (header: string) => `${sheet}$${letter(header)}$${first}:$${letter(header)}$${last}`
  return {
    quarters: range(h.quarter), planYears: range(h.planYear), headcounts: range(h.headcount),
    lastHeadcount: `${sheet}$${letter(h.headcount)}$${last}`
  }
}

/** What the plan's formulas read on the other sheets; null links where a sheet has no rows. */
export interface PlanInputs {
  assumptions: AssumptionLinks
  hiring: HiringLinks | null
  tools: ToolLinks | null
}

export interface PlanLayout {
  table: WrittenTable
  headers: PlanColumns
}

export function writeQuarterlyPlanSheet(ws: Worksheet, ctx: SheetContext, inputs: PlanInputs): PlanLayout {
  const { report, formats, currency, model } = ctx
  const h = planColumns(currency)
  const rows = report.projection.quarters
  const uncertainty = report.simulation.quarters
  const { assumptions, hiring, tools } = inputs

  // Column letters are known from the column order, so formulas can name their inputs.
  const order = Object.values(h)
  const at = (header: string) => columnLetter(order.indexOf(header) + 1)
  const cell = (header: string, r: number) => `${at(header)}${r}`
  const sum = (pick: (q: QuarterResult) => number) => rows.reduce((s, q) => s + pick(q), 0)
  const { totalBudget, totalSpend } = report.kpis
  const money = formats.money
  const sumTotal = (pick: (q: QuarterResult) => number) => ({ formula: (range: string) => `SUM(${range})`, result: sum(pick) })

  // The % of the quarter's org phase, looked up on Assumptions by its label ("Budget in Growth").
  const budgetPercent = (r: number) => assumptions.budgetByPhase
    ? `VLOOKUP("${budgetInputLabel('')}"&${cell(h.orgPhase, r)},${assumptions.budgetByPhase},2,FALSE)`
    : assumptions.cell('fixedPercent')
  // A hire counts from its start quarter to before the quarter it leaves; quarter labels
  // (2027-Q1) sort as text, so they compare directly.
  const onTeam = (links: HiringLinks, r: number) =>
    `(${links.starts}<=${cell(h.quarter, r)})*((${links.leaves}="")+(${links.leaves}>${cell(h.quarter, r)}))`
  const salaryGrowth = assumptions.cell('salaryGrowth')
  // The live formulas model the by-phase and fixed budgets and pay without overhead or fees; a
  // glide or approved-amount budget, and loaded pay, are written as the engine's values instead.
  const percentFormula = report.doc.budget.mode === 'byPhase' || report.doc.budget.mode === 'fixed'
  const budgetFormula = report.doc.budget.mode !== 'amounts'
  const rates = peopleRates(report.doc)
  const peopleFormula = hiring !== null && rates.loadFactor === 1 && rates.feeRate === 0

  const columns: ColumnSpec<QuarterResult>[] = [
    { header: h.quarter, value: (q) => q.label },
    { header: h.planYear, numFmt: '0', align: 'center', kind: 'value', value: (q) => Math.floor(q.quarter / 4) + 1 },
    { header: h.headcount, numFmt: formats.integer, kind: 'value', value: (q) => q.headcount },
    { header: h.orgPhase, kind: 'value', value: (q) => phaseName(q.orgPhase) },
    { header: h.revenue, numFmt: money, kind: 'value', value: (q) => q.revenue, total: sumTotal((q) => q.revenue) },
    { header: h.budgetPercent, numFmt: formats.percent1, kind: percentFormula ? 'formula' : 'value',
      value: (q, r) => percentFormula ? { formula: budgetPercent(r), result: q.budgetPercent / 100 } : q.budgetPercent / 100 },
    { header: h.budget, numFmt: money, kind: budgetFormula ? 'formula' : 'value',
      value: (q, r) => budgetFormula
        ? { formula: `MAX(${cell(h.revenue, r)}*${cell(h.budgetPercent, r)},${assumptions.cell('minimumAnnual')}/4)`, result: q.budget }
        : q.budget,
      total: sumTotal((q) => q.budget) },
    { header: h.people, numFmt: money, kind: peopleFormula ? 'formula' : 'value',
      value: (q, r) => peopleFormula && hiring
        ? { formula: `SUMPRODUCT(${hiring.annualCosts}*${onTeam(hiring, r)})/4*(1+${salaryGrowth})^(${cell(h.planYear, r)}-1)`, result: q.people }
        : q.people,
      total: sumTotal((q) => q.people) },
    { header: h.tools, numFmt: money, kind: tools ? 'formula' : 'value',
      value: (q, r) => tools
        ? { formula: `SUMPRODUCT((${tools.starts}<=${cell(h.quarter, r)})*(${tools.pointValues}+${tools.perEmployee}*${cell(h.headcount, r)}))/4`, result: q.tools }
        : q.tools,
      total: sumTotal((q) => q.tools) },
    { header: h.programs, numFmt: money, kind: 'value', value: (q) => q.programs, total: sumTotal((q) => q.programs) },
    { header: h.total, numFmt: money, kind: 'formula',
      value: (q, r) => ({ formula: `SUM(${cell(h.people, r)}:${cell(h.programs, r)})`, result: q.total }),
      total: { formula: (range) => `SUM(${range})`, result: totalSpend } },
    { header: h.variance, numFmt: money, kind: 'formula',
      value: (q, r) => ({ formula: `${cell(h.budget, r)}-${cell(h.total, r)}`, result: q.variance }),
      total: sumTotal((q) => q.variance) },
    { header: h.utilization, numFmt: formats.percent0, kind: 'formula',
      value: (q, r) => ({ formula: `IF(${cell(h.budget, r)}=0,"",${cell(h.total, r)}/${cell(h.budget, r)})`, result: q.utilization ?? '' }),
      total: {
        formula: (_range, t) => `IF(${cell(h.budget, t)}=0,"",${cell(h.total, t)}/${cell(h.budget, t)})`,
        result: totalBudget === 0 ? '' : totalSpend / totalBudget
      } },
    { header: h.securityFte, numFmt: formats.integer, kind: hiring ? 'formula' : 'value',
      value: (q, r) => hiring ? { formula: `SUMPRODUCT(${hiring.counts}*${onTeam(hiring, r)})`, result: q.securityFte } : q.securityFte },
    { header: h.ftePer100, numFmt: formats.decimal2, kind: 'formula',
      value: (q, r) => ({
        formula: `IF(${cell(h.headcount, r)}=0,"",${cell(h.securityFte, r)}/${cell(h.headcount, r)}*100)`, result: q.ftePer100 ?? ''
      }) },
    { header: h.maturityPhase, kind: 'value', value: (q) => phaseName(q.maturityPhase) },
    { header: h.maturityGap, numFmt: formats.integer, kind: 'value', value: (q) => q.maturityGap },
    { header: h.p10, numFmt: money, kind: 'value', value: (q) => uncertainty[q.quarter].p10 },
    { header: h.p50, numFmt: money, kind: 'value', value: (q) => uncertainty[q.quarter].p50 },
    { header: h.p90, numFmt: money, kind: 'value', value: (q) => uncertainty[q.quarter].p90 },
    { header: h.p90Range, numFmt: money, kind: 'formula',
      value: (q, r) => ({ formula: `${cell(h.p90, r)}-${cell(h.p10, r)}`, result: uncertainty[q.quarter].p90 - uncertainty[q.quarter].p10 }) },
    { header: h.overrun, numFmt: formats.percent0, kind: 'value', value: (q) => uncertainty[q.quarter].overrunProbability }
  ]

  // Column A (the quarter) prints on every page, so the title keeps out of it.
  const subtitle = `Amounts in ${currency} per quarter; rows over budget are shaded red. P10/P50/P90 and P(overrun): ` +
    `${bandCoverage(report.simulation.sources, model.samples, model.seed)}.`
  writeTitle(ws, `Quarterly plan: ${report.doc.name}`, subtitle, 2)
  const legend: LegendPart[] = [
    ['Inputs (blue) are on Assumptions, Hiring and Tools: edit them there', COLORS.input], ...STANDARD_LEGEND.slice(1)
  ]
  writeLegend(ws, LEGEND_ROW, 2, legend)

  const table = writeTable(ws, {
    name: 'QuarterlyPlan', headerRow: PLAN_HEADER_ROW, columns, rows, totalsLabel: 'Horizon'
  })
  // Twenty-odd columns fitted to one page width print at about half size: split across pages,
  // each with the header row and the quarter, they print at a size people can read.
  const pages = pagesAcross(ws, model.paper, 'landscape', order.length, 1)
  // The subtitle and legend wrap within the columns of the first printed page rather than run on
  // to the second, where they would print cut in two.
  const lastColumn = Math.max(2, lastColumnOfFirstPage(ws, order.length, pages))
  wrapAcross(ws, 2, 2, lastColumn, subtitle.length)
  wrapAcross(ws, LEGEND_ROW, 2, lastColumn, legend.reduce((n, [text]) => n + text.length + 3, 0), 0.85)
  ws.addConditionalFormatting({
    ref: `A${table.firstDataRow}:${columnLetter(order.length)}${table.lastDataRow}`,
    rules: [{
      type: 'expression', priority: 1,
      formulae: [`$${at(h.variance)}${table.firstDataRow}<0`],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: argb(COLORS.overrunFill) }, font: { color: argb(COLORS.overrunText) } }
    }]
  })
  freeze(ws, table.firstDataRow, 2)
  setUpPrinting(ws, { ...pageBasics(ctx), orientation: 'landscape',
    repeatRows: { from: PLAN_HEADER_ROW, to: PLAN_HEADER_ROW }, pagesWide: { pages, repeatColumns: 1 } })
  return { table, headers: h }
}
