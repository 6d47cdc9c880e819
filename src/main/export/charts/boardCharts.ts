// The board pack's charts, as specs over the cells the sheets wrote: budget envelope against
// stacked spend with the P10-P90 band, headcount against security FTE, org phase against
// achieved maturity phase, and the comparison of quarterly totals.
import { phaseIndex } from '../../../core'
import type { ScenarioReport } from '../model'
import { SHEET_NAMES } from '../sheetNames'
import { currencyThousandsFormat } from '../styles'
import type { PlanLayout } from '../sheets/quarterlyPlan'
import { MATURITY_COLUMNS, type MaturityLayout } from '../sheets/maturity'
import type { ChartSpec } from './chartTypes'

export const CHART_TITLES = {
  budget: 'Budget envelope against planned spend (P10–P90 band)',
  headcount: 'Headcount against security FTE',
  maturity: 'Organisation phase against achieved maturity phase',
  comparison: 'Quarterly total spend by scenario'
} as const

export const SERIES_COLORS = {
  people: '1F3864', tools: '2E75B6', programs: '9DC3E6', budget: 'C00000', band: '7F7F7F',
  headcount: '2E75B6', fte: 'BF9000', org: '1F3864', achieved: '70AD47'
} as const

/** Line colours for up to six compared scenarios (and a cycle beyond). */
export const SCENARIO_COLORS = ['1F3864', 'C00000', '70AD47', 'BF9000', '7030A0', '2E75B6'] as const

export function budgetChart(layout: PlanLayout, report: ScenarioReport): ChartSpec {
  const { table, headers: h } = layout
  const rows = report.projection.quarters
  const sims = report.simulation.quarters
  const range = (header: string) => ({ sheet: SHEET_NAMES.plan, ref: table.dataRange(header) })
  return {
    title: CHART_TITLES.budget,
    categories: range(h.quarter),
    categoryLabels: rows.map((q) => q.label),
    series: [
      { name: 'People', kind: 'column', axis: 'primary', values: range(h.people), cache: rows.map((q) => q.people), color: SERIES_COLORS.people },
      { name: 'Tools', kind: 'column', axis: 'primary', values: range(h.tools), cache: rows.map((q) => q.tools), color: SERIES_COLORS.tools },
      { name: 'Programs', kind: 'column', axis: 'primary', values: range(h.programs), cache: rows.map((q) => q.programs), color: SERIES_COLORS.programs },
      { name: 'Budget envelope', kind: 'line', axis: 'primary', values: range(h.budget), cache: rows.map((q) => q.budget), color: SERIES_COLORS.budget },
      { name: 'P10 total spend', kind: 'line', axis: 'primary', values: range(h.p10), cache: sims.map((q) => q.p10), color: SERIES_COLORS.band, dashed: true },
      { name: 'P90 total spend', kind: 'line', axis: 'primary', values: range(h.p90), cache: sims.map((q) => q.p90), color: SERIES_COLORS.band, dashed: true }
    ],
    primaryAxis: { title: `${report.currency} per quarter`, numFmt: currencyThousandsFormat(report.currency), min: 0 }
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
      { name: 'Achieved maturity phase', kind: 'line', axis: 'primary', values: range(MATURITY_COLUMNS.achievedIndex), cache: rows.map((q) => phaseIndex(q.maturityPhase)), color: SERIES_COLORS.achieved }
    ],
    categoryTitle: 'Phase index: 0 Ad Hoc · 1 Foundation · 2 Growth · 3 Optimization · 4 World-Class',
    primaryAxis: { title: 'Phase (0–4)', numFmt: '0', min: 0, max: 4, majorUnit: 1 }
  }
}
