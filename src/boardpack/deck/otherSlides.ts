// The slides that appear when there is more to say: the comparison of several scenarios, plan
// against actual when quarters were recorded, and the one-page summary to drop into a board deck.
import type PptxGenJS from 'pptxgenjs'
import { signedMoney, signedPercent } from '../../core'
import type { BoardPackModel, ScenarioReport } from '../model'
import { ACTUALS_PROVENANCE, budgetProvenance, RISK_PROVENANCE } from '../story/provenance'
import { COLORS } from '../styles'
import { actualsChart, comparisonChart, fiscalYearSpendChart } from './deckCharts'
import { addFiscalYearTable, assumptionNotes } from './planSlides'
import {
  addFooter, addNotes, addTable, addTitle, BODY_TOP, CONTENT_WIDTH, FONT, money, plain, SLIDE, type Cell
} from './slideKit'

export function addComparisonSlide(pptx: PptxGenJS, model: BoardPackModel): void {
  const slide = pptx.addSlide()
  const [base, ...others] = model.reports
  addTitle(slide, `Comparison: ${model.reports.length} scenarios`,
    `Against ${plain(base.doc.name, 60)}; all simulated with seed ${model.seed}, so differences come from the scenarios`)
  comparisonChart(pptx, slide, model.reports, { x: SLIDE.margin, y: BODY_TOP, w: CONTENT_WIDTH, h: 3.3 })
  const red = (value: number): Cell => ({ text: signedMoney(value, base.currency), ...(value > 0 ? { color: COLORS.red } : {}) })
  const rows = others.map((report, i): Cell[] => {
    const bridge = model.bridges[i + 1]
    if (!bridge) return [{ text: plain(report.doc.name, 40) }, { text: `in ${report.currency}: no money difference without an exchange rate` }, ...Array<Cell>(5).fill({ text: '' })]
    return [{ text: plain(report.doc.name, 40) }, red(bridge.difference), red(bridge.peopleTiming), red(bridge.peoplePay),
      red(bridge.fees), red(bridge.tools), red(bridge.programs)]
  })
  addTable(slide, [
    { header: 'What-if', width: 3.53 }, { header: 'Total vs first', width: 1.4, align: 'right' },
    { header: 'People: timing', width: 1.5, align: 'right' }, { header: 'People: pay', width: 1.4, align: 'right' },
    { header: 'Recruiting fees', width: 1.4, align: 'right' }, { header: 'Tools', width: 1.55, align: 'right' },
    { header: 'Programs', width: 1.55, align: 'right' }
  ], rows, { x: SLIDE.margin, y: 4.8, fontSize: 13 })
  addFooter(slide, base.doc.name, model.dateLabel, 'differences derived')
  addNotes(slide, [
    'Columns: each scenario\'s total spend per fiscal year; dashed lines: its budget. Only scenarios in the first one\'s currency are charted.',
    'The bridge splits each what-if\'s difference in total spend over its horizon: people timing (person-years in post, priced at ' +
      'the first scenario\'s cost per person-year), people pay (cost per person-year), recruiting fees, tools and programs; the ' +
      'parts add up to the difference. Provenance: derived.',
    ...model.comparison.caveats.map((c) => plain(c, 400)), ...model.reports.map((r) => `${plain(r.doc.name)}: ${money(r.kpis.totalSpend, r.currency)} over ` +
      `${r.kpis.quarters} quarters against a ${money(r.kpis.totalBudget, r.currency)} budget.`),
    budgetProvenance(base.doc)
  ])
}

export function addActualsSlide(pptx: PptxGenJS, model: BoardPackModel, report: ScenarioReport): void {
  const actuals = report.actuals
  if (!actuals) return
  const slide = pptx.addSlide()
  const { currency } = report
  const total = actuals.years.reduce((s, y) => ({ plan: s.plan + y.plan.total, actual: s.actual + y.actual.total }), { plan: 0, actual: 0 })
  const over = total.actual - total.plan
  addTitle(slide, 'Plan against actual', `${plain(report.doc.name, 60)}: ${actuals.quarters.length} recorded quarter` +
    `${actuals.quarters.length === 1 ? '' : 's'}, ${signedMoney(over, currency)} ` +
    `(${signedPercent(total.plan === 0 ? null : over / total.plan)}) ${over > 0 ? 'over' : 'against'} plan to date`)
  actualsChart(pptx, slide, report, { x: SLIDE.margin, y: BODY_TOP, w: 6.6, h: 5.55 })
  addTable(slide, [
    { header: 'Fiscal year to date', width: 1.55 }, { header: 'Plan', width: 0.95, align: 'right' },
    { header: 'Actual', width: 0.95, align: 'right' }, { header: 'Over (+) / under', width: 1.2, align: 'right' },
    { header: '% of plan', width: 0.88, align: 'right' }
  ], actuals.years.map((y): Cell[] => {
    const color = y.overPlan.total > 0 ? { color: COLORS.red, bold: true } : {}
    return [{ text: `${y.label} (${y.quarters.length} qtr${y.quarters.length === 1 ? '' : 's'})` }, { text: money(y.plan.total, currency) },
      { text: money(y.actual.total, currency) }, { text: signedMoney(y.overPlan.total, currency), ...color },
      { text: signedPercent(y.overPlanShare), ...color }]
  }), { x: 7.3, y: BODY_TOP, fontSize: 13 })
  const latest = actuals.quarters[actuals.quarters.length - 1]
  if (latest) {
    slide.addText(`Hires to date ${latest.hiredToDate} of ${latest.plannedHiresToDate} planned; capabilities in place ` +
      `${latest.actualCapabilities} of ${latest.plannedCapabilities} planned (${latest.label}).`, {
      x: 7.3, y: 4.6, w: 5.53, h: 1.0, fontFace: FONT, fontSize: 14, valign: 'top', margin: 0
    })
  }
  addFooter(slide, report.doc.name, model.dateLabel, 'actuals as recorded; differences derived')
  addNotes(slide, [
    'Over plan is positive (red), under plan negative; % of plan is the difference over the plan for the same quarters.',
    ...actuals.quarters.map((q) => `${q.label}: actual ${money(q.actual.total, currency)}, plan ${money(q.plan.total, currency)}, ` +
      `${signedMoney(q.overPlan.total, currency)}.${q.note ? ` Note: ${plain(q.note, 300)}` : ''}`),
    ACTUALS_PROVENANCE, ...assumptionNotes(model, report)
  ])
}

/** One slide that stands on its own in a company board deck: the ask, the years, the decisions. */
export function addOnePageSummary(pptx: PptxGenJS, model: BoardPackModel, report: ScenarioReport): void {
  const slide = pptx.addSlide()
  const { ask } = report
  addTitle(slide, `Security plan on a page: ${plain(report.doc.name, 50)}`,
    `The ask for ${ask.fiscalYear.label}, every fiscal year of the plan, and what the board decides`)
  slide.addText(ask.sentence, {
    x: SLIDE.margin, y: BODY_TOP, w: CONTENT_WIDTH, h: 1.2, fontFace: FONT, fontSize: 15, bold: true, color: COLORS.navy,
    valign: 'top', margin: 0
  })
  addFiscalYearTable(slide, report, { x: SLIDE.margin, y: 2.7 }, true)
  fiscalYearSpendChart(pptx, slide, report, { x: 6.9, y: 2.6, w: 5.93, h: 3.3 }, 'Spend against budget by fiscal year', false)
  const decisions = report.decisions.filter((d) => d.severity !== 'information')
  const risk = report.riskChanges
  slide.addText([
    decisions.length === 0 ? 'Decisions: none needed.' : `Decisions: ${decisions.map((d) => `${plain(d.subject, 80)}: ${d.text}`).join(' ')}`,
    `AI risk: average residual score ${ask.riskBefore.toFixed(1)} → ${ask.riskAfter.toFixed(1)} in ${ask.fiscalYear.label}; ` +
      `highest at the end of the plan: ${[...risk].sort((a, b) => b.planEnd.score - a.planEnd.score)[0]?.name ?? 'none'}.`
  ].join('\n'), {
    x: SLIDE.margin, y: 6.0, w: CONTENT_WIDTH, h: 0.95, fontFace: FONT, fontSize: 13, valign: 'top', margin: 0,
    color: decisions.length > 0 ? COLORS.red : '000000'
  })
  addFooter(slide, report.doc.name, model.dateLabel, 'derived from the scenario; band reference')
  addNotes(slide, [
    'A one-page summary of the plan, to copy into the company\'s board deck.',
    ...assumptionNotes(model, report), budgetProvenance(report.doc), RISK_PROVENANCE
  ])
}
