// Native, editable PowerPoint charts for the deck, from the model's objects. pptxgenjs writes each
// chart with its data in an embedded workbook, so a reader can open and edit it in PowerPoint.
import type PptxGenJS from 'pptxgenjs'
import { BUDGET_BAND, PHASE_IDS, phaseIndex, phaseName } from '../../core'
import { SCENARIO_COLORS, SERIES_COLORS } from '../charts/boardCharts'
import { fiscalYearShortDisplay } from '../fiscalYears'
import type { ScenarioReport } from '../model'
import { currencyAxisFormat } from '../styles'
import { FONT, lineColors, plain, type Slide } from './slideKit'

export interface Place {
  x: number
  y: number
  w: number
  h: number
}

type ChartData = { name: string; labels: string[]; values: number[] }[]

/** Text of axes and legends at 12 pt, titles at 16 pt. */
const TEXT = {
  catAxisLabelFontFace: FONT, catAxisLabelFontSize: 12, valAxisLabelFontFace: FONT, valAxisLabelFontSize: 12,
  legendFontFace: FONT, legendFontSize: 12, titleFontFace: FONT, titleFontSize: 16, titleColor: '1F3864',
  valAxisTitleFontSize: 12, catAxisTitleFontSize: 12
} as const

const LEGEND = { showLegend: true, legendPos: 'b' as const }

/** A chart of several types. pptxgenjs takes the options in the data's place for these, which its
 * typings do not describe. */
function addMultiChart(slide: Slide, charts: PptxGenJS.IChartMulti[], options: PptxGenJS.IChartOpts): void {
  slide.addChart(charts, options as unknown as unknown[])
}
const LINES = { lineDataSymbol: 'none' as const, lineSize: 2.5 }

/** People, tools and programs stacked by fiscal year under the budget, with the blueprint's 2% and
 * 8% of revenue (the band) and the simulated P10 and P90 of total spend. */
export function fiscalYearSpendChart(
  pptx: PptxGenJS, slide: Slide, report: ScenarioReport, place: Place, title: string, withBand = true
): void {
  const years = report.fiscalYears
  const labels = years.map(fiscalYearShortDisplay)
  const series = (name: string, values: number[]) => ({ name, labels, values })
  const spend: ChartData = [
    series('People', years.map((y) => y.people)), series('Tools', years.map((y) => y.tools)),
    series('Programs', years.map((y) => y.programs))
  ]
  const budget: ChartData = [series('Budget', years.map((y) => y.budget))]
  const band: ChartData = !withBand ? [] : [
    series(`${BUDGET_BAND.min}% of revenue (blueprint band)`, years.map((y) => (y.revenue * BUDGET_BAND.min) / 100)),
    series(`${BUDGET_BAND.max}% of revenue (blueprint band)`, years.map((y) => (y.revenue * BUDGET_BAND.max) / 100))
  ]
  const ranges = report.simulation.fiscalYears
  const simulated: ChartData = !withBand ? [] : [
    series('P10 total spend (simulated)', years.map((y) => ranges.find((r) => r.label === y.label)?.p10 ?? 0)),
    series('P90 total spend (simulated)', years.map((y) => ranges.find((r) => r.label === y.label)?.p90 ?? 0))
  ]
  const first = (groups: ChartData[]) => groups.reduce((n, g) => n + g.length, 0)
  const charts: PptxGenJS.IChartMulti[] = [
    { type: pptx.ChartType.bar, data: spend,
      options: { barGrouping: 'stacked', barGapWidthPct: 60, chartColors: [SERIES_COLORS.people, SERIES_COLORS.tools, SERIES_COLORS.programs] } },
    { type: pptx.ChartType.line, data: budget, options: { ...LINES, chartColors: lineColors([SERIES_COLORS.budget], first([spend])) } },
    { type: pptx.ChartType.line, data: band,
      options: { ...LINES, lineSize: 1.5, lineDash: 'dash', chartColors: lineColors(['7F7F7F', '7F7F7F'], first([spend, budget])) } },
  ]
  if (simulated.length > 0) {
    charts.push({ type: pptx.ChartType.line, data: simulated,
      options: { ...LINES, lineSize: 1.5, lineDash: 'sysDot', chartColors: lineColors([SERIES_COLORS.bandEdge, SERIES_COLORS.bandEdge], first([spend, budget, band])) } })
  }
  addMultiChart(slide, charts, {
    ...place, ...TEXT, ...LEGEND, ...(withBand ? {} : { legendPos: 'r' as const }), showTitle: true, title,
    valAxisLabelFormatCode: currencyAxisFormat(report.currency), valAxisMinVal: 0,
    showValAxisTitle: true, valAxisTitle: `${report.currency} per fiscal year`
  })
}

/** Headcount (left axis) against security FTE (right axis), by quarter. */
export function teamChart(pptx: PptxGenJS, slide: Slide, report: ScenarioReport, place: Place): void {
  const quarters = report.projection.quarters
  const labels = quarters.map((q) => q.label)
  addMultiChart(slide, [
    { type: pptx.ChartType.line, data: [{ name: 'Headcount (employees, left)', labels, values: quarters.map((q) => q.headcount) }],
      options: { ...LINES, chartColors: [SERIES_COLORS.headcount] } },
    { type: pptx.ChartType.line, data: [{ name: 'Security FTE (people, right)', labels, values: quarters.map((q) => q.securityFte) }],
      options: { ...LINES, chartColors: lineColors([SERIES_COLORS.fte], 1), secondaryValAxis: true, secondaryCatAxis: true } }
  ], {
    ...place, ...TEXT, ...LEGEND, catAxisLabelRotate: -45,
    valAxes: [
      { showValAxisTitle: true, valAxisTitle: 'Employees', valAxisMinVal: 0, valAxisLabelFormatCode: '#,##0' },
      { showValAxisTitle: true, valAxisTitle: 'Security FTE', valAxisMinVal: 0, valAxisLabelFormatCode: '#,##0', valGridLine: { style: 'none' } }
    ],
    catAxes: [{ catAxisTitle: 'Quarter' }, { catAxisHidden: true }]
  })
}

/** The organisation's phase (from headcount) against the achieved maturity phase, by quarter. A
 * number format names at most two values, so the axis names phases 0, 2 and 4. */
export function maturityChart(pptx: PptxGenJS, slide: Slide, report: ScenarioReport, place: Place): void {
  const quarters = report.projection.quarters
  const labels = quarters.map((q) => q.label)
  const name = (index: number) => `"${phaseName(PHASE_IDS[index])}"`
  slide.addChart(pptx.ChartType.line, [
    { name: 'Org phase (from headcount)', labels, values: quarters.map((q) => phaseIndex(q.orgPhase)) },
    { name: 'Achieved maturity phase', labels, values: quarters.map((q) => phaseIndex(q.maturityPhase)) }
  ], {
    ...place, ...TEXT, ...LEGEND, ...LINES, chartColors: [SERIES_COLORS.org, SERIES_COLORS.achieved], catAxisLabelRotate: -45,
    valAxisMinVal: 0, valAxisMaxVal: PHASE_IDS.length - 1, valAxisMajorUnit: 2,
    valAxisLabelFormatCode: `[=0]${name(0)};[=2]${name(2)};${name(PHASE_IDS.length - 1)}`
  })
}

/** Each AI risk's residual score at the start, at the end of the ask's year and at the end of the
 * plan, as horizontal bars. */
export function riskChart(pptx: PptxGenJS, slide: Slide, report: ScenarioReport, place: Place): void {
  const changes = report.riskChanges
  const labels = changes.map((c) => c.name)
  const quarters = report.projection.quarters
  slide.addChart(pptx.ChartType.bar, [
    { name: `Start (${quarters[0].label})`, labels, values: changes.map((c) => c.start.score) },
    { name: `End of ${report.ask.fiscalYear.label}`, labels, values: changes.map((c) => c.askYearEnd.score) },
    { name: `End of plan (${quarters[quarters.length - 1].label})`, labels, values: changes.map((c) => c.planEnd.score) }
  ], {
    ...place, ...TEXT, ...LEGEND, barDir: 'bar', barGrouping: 'clustered', barGapWidthPct: 40,
    chartColors: ['C00000', 'BF9000', '70AD47'], catAxisOrientation: 'maxMin' as 'minMax',
    valAxisMinVal: 0, valAxisMaxVal: 12, valAxisMajorUnit: 3, valAxisLabelFormatCode: '0',
    showValAxisTitle: true, valAxisTitle: 'Residual risk score (1–12)', showValue: true, dataLabelFormatCode: '0.0',
    dataLabelFontSize: 11
  })
}

/** Total spend of each scenario by fiscal year (columns) under its budget (dashed lines), for the
 * scenarios in the first one's currency. */
export function comparisonChart(pptx: PptxGenJS, slide: Slide, reports: readonly ScenarioReport[], place: Place): void {
  const charted = reports.filter((r) => r.currency === reports[0].currency)
  const labels = [...new Set(charted.flatMap((r) => r.fiscalYears.map((y) => y.label)))].sort()
  const of = (r: ScenarioReport, pick: 'total' | 'budget') =>
    labels.map((label) => r.fiscalYears.find((y) => y.label === label)?.[pick] ?? 0)
  const colors = charted.map((_, i) => SCENARIO_COLORS[i % SCENARIO_COLORS.length])
  addMultiChart(slide, [
    { type: pptx.ChartType.bar, data: charted.map((r) => ({ name: plain(r.doc.name, 40), labels, values: of(r, 'total') })),
      options: { barGrouping: 'clustered', barGapWidthPct: 50, chartColors: colors } },
    { type: pptx.ChartType.line, data: charted.map((r) => ({ name: `Budget: ${plain(r.doc.name, 32)}`, labels, values: of(r, 'budget') })),
      options: { ...LINES, lineSize: 2, lineDash: 'dash', chartColors: lineColors(colors, charted.length) } }
  ], {
    ...place, ...TEXT, ...LEGEND, valAxisLabelFormatCode: currencyAxisFormat(reports[0].currency), valAxisMinVal: 0,
    showValAxisTitle: true, valAxisTitle: `${reports[0].currency} per fiscal year`
  })
}

/** Actual against planned total spend in each recorded quarter. */
export function actualsChart(pptx: PptxGenJS, slide: Slide, report: ScenarioReport, place: Place): void {
  const quarters = report.actuals?.quarters ?? []
  const labels = quarters.map((q) => q.label)
  slide.addChart(pptx.ChartType.bar, [
    { name: 'Plan', labels, values: quarters.map((q) => q.plan.total) },
    { name: 'Actual', labels, values: quarters.map((q) => q.actual.total) }
  ], {
    ...place, ...TEXT, ...LEGEND, barGrouping: 'clustered', barGapWidthPct: 60, chartColors: ['9DC3E6', '1F3864'],
    valAxisLabelFormatCode: currencyAxisFormat(report.currency), valAxisMinVal: 0,
    showValAxisTitle: true, valAxisTitle: `${report.currency} per quarter`
  })
}
