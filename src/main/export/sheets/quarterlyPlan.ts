// Quarterly Plan: a row per quarter. Budget, total, variance and utilization are live formulas
// over the cells they come from (cached with the engine's values), so finance can change an input
// and see the effect; overrun rows are highlighted by conditional formatting.
import type { Worksheet } from 'exceljs'
import { phaseName, type QuarterResult } from '../../../core'
import {
  columnLetter, freeze, setUpPrinting, writeTable, writeTitle, type ColumnSpec, type WrittenTable
} from '../layout'
import type { SheetContext } from '../sheetContext'
import { argb, COLORS, font, solid, THIN_BORDER } from '../styles'

const PLAN_HEADER_ROW = 4
/** The minimum annual budget, an input of the Budget formula, sits above the Budget column. */
const MINIMUM_BUDGET_ROW = 3

export interface PlanColumns {
  quarter: string
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

export interface PlanLayout {
  table: WrittenTable
  headers: PlanColumns
  /** Absolute address of the minimum annual budget input, e.g. `$F$3`. */
  minimumBudgetCell: string
}

export function writeQuarterlyPlanSheet(ws: Worksheet, ctx: SheetContext): PlanLayout {
  const { report, formats, currency, model } = ctx
  const h = planColumns(currency)
  const rows = report.projection.quarters
  const uncertainty = report.simulation.quarters
  const minimumAnnual = report.doc.budget.minimumAnnual ?? 0

  // Column letters are known from the column order, so formulas can name their inputs.
  const order = Object.values(h)
  const at = (header: string) => columnLetter(order.indexOf(header) + 1)
  const minimumBudgetCell = `$${at(h.budget)}$${MINIMUM_BUDGET_ROW}`
  const sum = (pick: (q: QuarterResult) => number) => rows.reduce((s, q) => s + pick(q), 0)
  const totalBudget = sum((q) => q.budget)
  const totalSpend = sum((q) => q.total)
  const money = formats.money

  const columns: ColumnSpec<QuarterResult>[] = [
    { header: h.quarter, value: (q) => q.label },
    { header: h.headcount, numFmt: formats.integer, value: (q) => q.headcount },
    { header: h.orgPhase, value: (q) => phaseName(q.orgPhase) },
    { header: h.revenue, numFmt: money, value: (q) => q.revenue,
      total: { formula: (range) => `SUM(${range})`, result: sum((q) => q.revenue) } },
    { header: h.budgetPercent, numFmt: formats.percent1, value: (q) => q.budgetPercent / 100 },
    { header: h.budget, numFmt: money,
      value: (q, r) => ({ formula: `MAX(${at(h.revenue)}${r}*${at(h.budgetPercent)}${r},${minimumBudgetCell}/4)`, result: q.budget }),
      total: { formula: (range) => `SUM(${range})`, result: totalBudget } },
    { header: h.people, numFmt: money, value: (q) => q.people,
      total: { formula: (range) => `SUM(${range})`, result: sum((q) => q.people) } },
    { header: h.tools, numFmt: money, value: (q) => q.tools,
      total: { formula: (range) => `SUM(${range})`, result: sum((q) => q.tools) } },
    { header: h.programs, numFmt: money, value: (q) => q.programs,
      total: { formula: (range) => `SUM(${range})`, result: sum((q) => q.programs) } },
    { header: h.total, numFmt: money,
      value: (q, r) => ({ formula: `SUM(${at(h.people)}${r}:${at(h.programs)}${r})`, result: q.total }),
      total: { formula: (range) => `SUM(${range})`, result: totalSpend } },
    { header: h.variance, numFmt: money,
      value: (q, r) => ({ formula: `${at(h.budget)}${r}-${at(h.total)}${r}`, result: q.variance }),
      total: { formula: (range) => `SUM(${range})`, result: sum((q) => q.variance) } },
    { header: h.utilization, numFmt: formats.percent0,
      value: (q, r) => ({ formula: `IF(${at(h.budget)}${r}=0,"",${at(h.total)}${r}/${at(h.budget)}${r})`, result: q.utilization ?? '' }),
      total: {
        formula: (_range, t) => `IF(${at(h.budget)}${t}=0,"",${at(h.total)}${t}/${at(h.budget)}${t})`,
        result: totalBudget === 0 ? '' : totalSpend / totalBudget
      } },
    { header: h.securityFte, numFmt: formats.integer, value: (q) => q.securityFte },
    { header: h.ftePer100, numFmt: formats.decimal2, value: (q) => q.ftePer100 },
    { header: h.maturityPhase, value: (q) => phaseName(q.maturityPhase) },
    { header: h.maturityGap, numFmt: formats.integer, value: (q) => q.maturityGap },
    { header: h.p10, numFmt: money, value: (q) => uncertainty[q.quarter].p10 },
    { header: h.p50, numFmt: money, value: (q) => uncertainty[q.quarter].p50 },
    { header: h.p90, numFmt: money, value: (q) => uncertainty[q.quarter].p90 },
    { header: h.p90Range, numFmt: money,
      value: (q, r) => ({ formula: `${at(h.p90)}${r}-${at(h.p10)}${r}`, result: uncertainty[q.quarter].p90 - uncertainty[q.quarter].p10 }) },
    { header: h.overrun, numFmt: formats.percent0, value: (q) => uncertainty[q.quarter].overrunProbability }
  ]

  // Column A (the quarter) prints on every page, so the title and the input's label keep out of it.
  writeTitle(ws, `Quarterly plan: ${report.doc.name}`,
    `Amounts in ${currency} per quarter. Budget, Total, Variance, Utilization and the P10–P90 range are live formulas; ` +
    `rows over budget are shaded red. P10/P50/P90 and P(overrun) come from ${model.samples.toLocaleString('en-US')} ` +
    `simulated samples (seed ${model.seed}).`, 2)
  // Right-aligned next to the input, the label runs left over the empty cells before it.
  const label = ws.getCell(MINIMUM_BUDGET_ROW, order.indexOf(h.budget))
  label.value = `Minimum annual budget (${currency}/year), an input of the Budget formula:`
  label.font = font({ bold: true })
  label.alignment = { horizontal: 'right' }
  const input = ws.getCell(minimumBudgetCell.replace(/\$/g, ''))
  input.value = minimumAnnual
  input.numFmt = money
  input.fill = solid(COLORS.inputFill)
  input.border = THIN_BORDER

  const table = writeTable(ws, {
    name: 'QuarterlyPlan', headerRow: PLAN_HEADER_ROW, columns, rows, totalsLabel: 'Horizon'
  })
  ws.addConditionalFormatting({
    ref: `A${table.firstDataRow}:${columnLetter(order.length)}${table.lastDataRow}`,
    rules: [{
      type: 'expression', priority: 1,
      formulae: [`$${at(h.variance)}${table.firstDataRow}<0`],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: argb(COLORS.overrunFill) }, font: { color: argb(COLORS.overrunText) } }
    }]
  })
  freeze(ws, table.firstDataRow, 2)
  // Twenty-odd columns fitted to one page width print at about half size: two pages across,
  // each with the header row and the quarter, print at a size people can read.
  setUpPrinting(ws, { scenarioName: report.doc.name, dateLabel: model.dateLabel,
    repeatRows: { from: PLAN_HEADER_ROW, to: PLAN_HEADER_ROW }, twoPagesWide: { repeatColumns: 1 } })
  return { table, headers: h, minimumBudgetCell }
}
