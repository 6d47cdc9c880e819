// The board pack's charts, as specs over the cells the sheets wrote: budget envelope against
// stacked spend with the P10-P90 band, headcount against security FTE, org phase against
// achieved maturity phase, and the comparison of quarterly totals.
import { PHASE_IDS, phaseIndex, phaseName } from '../../core'
import type { ScenarioReport } from '../model'
import { SHEET_NAMES } from '../sheetNames'
import { currencyAxisFormat } from '../styles'
import type { PlanLayout } from '../sheets/quarterlyPlan'
import { columnLetter } from '../layout'
import { fiscalYearShortDisplay } from '../fiscalYears'
import { MATURITY_COLUMNS, type MaturityLayout } from '../sheets/maturity'
import type { CellRange, ChartSeries, ChartSpec, FiscalYearTable } from './chartTypes'

export const CHART_TITLES = {
  fiscalYears: 'Spend against budget by fiscal year',
  budget: 'Budget envelope against planned spend (P10–P90 band)',
  headcount: 'Headcount against security FTE',
  maturity: 'Organisation phase against achieved maturity phase',
  comparison: 'Quarterly total spend by scenario',
  drivers: 'What drives total spend: change against the plan at each input\'s low and high setting'
} as const

export const SERIES_COLORS = {
  people: '1F3864', tools: '2E75B6', programs: '9DC3E6', budget: 'C00000', band: 'F4B183', bandEdge: 'C55A11',
  headcount: '2E75B6', fte: 'BF9000', org: '1F3864', achieved: '70AD47'
} as const

/** Line colours for up to six compared scenarios (and a cycle beyond). */
export const SCENARIO_COLORS = ['1F3864', 'C00000', '70AD47', 'BF9000', '7030A0', '2E75B6'] as const

type SpendKey = 'people' | 'tools' | 'programs' | 'budget'

/** People, tools and programs stacked as columns under the budget's line, as both spend charts
 * draw them: by quarter from the Quarterly Plan, by fiscal year from the Summary. */
function spendUnderBudget(
  rows: readonly Record<SpendKey, number>[], range: (key: SpendKey) => CellRange, budgetName: string
): ChartSeries[] {
  const series = (key: SpendKey, name: string, kind: ChartSeries['kind']): ChartSeries =>
    ({ name, kind, axis: 'primary', values: range(key), cache: rows.map((r) => r[key]), color: SERIES_COLORS[key] })
  return [series('people', 'People', 'column'), series('tools', 'Tools', 'column'), series('programs', 'Programs', 'column'),
    series('budget', budgetName, 'line')]
}

export function budgetChart(layout: PlanLayout, report: ScenarioReport): ChartSpec {
  const { table, headers: h } = layout
  const rows = report.projection.quarters
  const sims = report.simulation.quarters
  const range = (header: string) => ({ sheet: SHEET_NAMES.plan, ref: table.dataRange(header) })
  return {
    title: CHART_TITLES.budget,
    categories: range(h.quarter),
    categoryLabels: rows.map((q) => q.label),
    // The band first: legends count entries in drawing order, and the band is drawn first (behind).
    series: [
      { name: 'P10 total spend', kind: 'area', axis: 'primary', values: range(h.p10), cache: sims.map((q) => q.p10), color: null, hideInLegend: true },
      { name: 'P10–P90 range of total spend', kind: 'area', axis: 'primary', values: range(h.p90Range), cache: sims.map((q) => q.p90 - q.p10), color: SERIES_COLORS.band, opacity: 0.5, outline: SERIES_COLORS.bandEdge },
      ...spendUnderBudget(rows, (key) => range(h[key]), 'Budget envelope')
    ],
    primaryAxis: { title: `${report.currency} per quarter`, numFmt: currencyAxisFormat(report.currency), min: 0 }
  }
}

/** People, tools and programs stacked per fiscal year under the year's budget, from the
 * Summary's fiscal-year table. */
export function fiscalYearChart(table: FiscalYearTable, report: ScenarioReport): ChartSpec {
  const years = report.fiscalYears
  const column = (col: number) => {
    const letter = columnLetter(col)
    return { sheet: SHEET_NAMES.summary, ref: `$${letter}$${table.firstRow}:$${letter}$${table.lastRow}` }
  }
  return {
    title: CHART_TITLES.fiscalYears,
    categories: column(table.labelColumn),
    categoryLabels: years.map(fiscalYearShortDisplay),
    series: spendUnderBudget(years, (key) => column(table.columns[key]), 'Budget'),
    primaryAxis: { title: `${report.currency} per fiscal year`, numFmt: currencyAxisFormat(report.currency), min: 0 }
  }
}

export function headcountChart(layout: PlanLayout, report: ScenarioReport): ChartSpec {
  const { table, headers: h } = layout
  const rows = report.projection.quarters
  const range = (header: string) => ({ sheet: SHEET_NAMES.plan, ref: table.dataRange(header) })
  return {
    title: CHART_TITLES.headcount,
    categories: range(h.quarter),
    categoryLabels: rows.map((q) => q.label),
    series: [
      { name: 'Headcount (employees, left)', kind: 'line', axis: 'primary', values: range(h.headcount), cache: rows.map((q) => q.headcount), color: SERIES_COLORS.headcount },
      { name: 'Security FTE (people, right)', kind: 'line', axis: 'secondary', values: range(h.securityFte), cache: rows.map((q) => q.securityFte), color: SERIES_COLORS.fte }
    ],
    primaryAxis: { title: 'Employees', numFmt: '#,##0', min: 0 },
    secondaryAxis: { title: 'Security FTE', numFmt: '#,##0', min: 0 }
  }
}

export function maturityChart(layout: MaturityLayout, report: ScenarioReport): ChartSpec {
  const rows = report.projection.quarters
  const range = (header: string) => ({ sheet: SHEET_NAMES.maturity, ref: layout.table.dataRange(header) })
  return {
    title: CHART_TITLES.maturity,
    categories: range(MATURITY_COLUMNS.quarter),
    categoryLabels: rows.map((q) => q.label),
    series: [
      { name: 'Org phase (from headcount)', kind: 'line', axis: 'primary', values: range(MATURITY_COLUMNS.orgIndex), cache: rows.map((q) => phaseIndex(q.orgPhase)), color: SERIES_COLORS.org },
      { name: 'Achieved maturity phase', kind: 'line', axis: 'secondary', values: range(MATURITY_COLUMNS.achievedIndex), cache: rows.map((q) => phaseIndex(q.maturityPhase)), color: SERIES_COLORS.achieved }
    ],
    ...phaseAxes()
  }
}

/**
 * A value axis labelled with phase names. An Excel number format holds at most two conditions,
 * so one axis cannot name five phases: the primary axis names phases 0, 2 and 4 (ticks every 2)
 * and a secondary axis with the same scale, laid over it on the left, names 1 and 3. Together
 * they read as one axis.
 */
function phaseAxes(): Pick<ChartSpec, 'primaryAxis' | 'secondaryAxis'> {
  const name = (index: number) => `"${phaseName(PHASE_IDS[index])}"`
  const last = PHASE_IDS.length - 1
  return {
    primaryAxis: {
      title: 'Phase', numFmt: `[=0]${name(0)};[=2]${name(2)};${name(last)}`,
      min: 0, max: last, majorUnit: 2, minorUnit: 1
    },
    secondaryAxis: {
      title: 'Phase', numFmt: `[=1]${name(1)};[=3]${name(3)};""`,
      min: 0, max: last, majorUnit: 1, overlayPrimary: true
    }
  }
}
