// The slides about the plan itself: the ask with its fiscal-year table, spend against budget by
// fiscal year, team growth, the maturity path, and AI risk before and after.
import type PptxGenJS from 'pptxgenjs'
import { BUDGET_BAND, phaseName, quarterRangeLabel, signedMoney } from '../../core'
import { phaseDateText } from '../../core/uncertaintyText'
import { fiscalYearShortDisplay } from '../fiscalYears'
import type { BoardPackModel, ScenarioReport } from '../model'
import {
  bandCoverage, BUDGET_MODE_LABELS, budgetProvenance, PHASE_DATE_PROVENANCE, planProvenance, RISK_PROVENANCE, SIMULATION_PROVENANCE
} from '../story/provenance'
import { COLORS } from '../styles'
import { capabilityNames, planStatusText } from '../story/deadlines'
import { fiscalYearSpendChart, maturityChart, riskChart, teamChart } from './deckCharts'
import {
  addFooter, addNotes, addTable, addTitle, BODY_TOP, CONTENT_WIDTH, FONT, money, percent, plain, SLIDE,
  type Cell, type Slide
} from './slideKit'

const DERIVED = 'numbers derived from the scenario (see notes)'

/** What every slide's notes say about the scenario's inputs. */
export function assumptionNotes(model: BoardPackModel, report: ScenarioReport): string[] {
  const { doc } = report
  return [
    `Scenario: ${plain(doc.name)}, ${quarterRangeLabel(doc.start, 0, doc.quarters - 1)} (${doc.quarters} quarters), amounts in ${report.currency}.`,
    `Assumptions: ${doc.hires?.length ?? 0} hire lines, ${doc.tools?.length ?? 0} tool lines, ${doc.programs?.length ?? 0} programs, ` +
      `${doc.capabilities?.length ?? 0} capabilities planned; salary growth ${doc.salaryGrowthPercent ?? 0}% a year; budget ` +
      `${doc.budget.mode === 'fixed' ? `a fixed ${doc.budget.fixedPercent ?? 0}% of revenue` : BUDGET_MODE_LABELS[doc.budget.mode]}` +
      `${(doc.budget.minimumAnnual ?? 0) > 0 ? `, at least ${money(doc.budget.minimumAnnual ?? 0, report.currency)} a year` : ''}.`,
    planProvenance(doc),
    `Uncertainty: ${SIMULATION_PROVENANCE}, ${model.samples.toLocaleString('en-US')} samples, seed ${model.seed}.`
  ]
}

export function addAskSlide(pptx: PptxGenJS, model: BoardPackModel, report: ScenarioReport): void {
  const slide = pptx.addSlide()
  const { ask } = report
  addTitle(slide, `The ask: ${ask.fiscalYear.label}`, `${plain(report.doc.name)} · security budget, hiring and maturity by fiscal year`)
  slide.addText(ask.sentence, {
    x: SLIDE.margin, y: BODY_TOP, w: CONTENT_WIDTH, h: 1.45, fontFace: FONT, fontSize: 17, bold: true, color: COLORS.navy,
    valign: 'top', margin: 0
  })
  addFiscalYearTable(slide, report, { x: SLIDE.margin, y: 2.85 })
  const decisions = report.decisions.filter((d) => d.severity !== 'information')
  slide.addText(decisions.length === 0
    ? 'Decisions needed: none. Every fiscal year stays within its budget and no deadline is at risk.'
    : `Decisions needed: ${decisions.map((d) => `${plain(d.subject, 80)}: ${d.text}`).join(' ')}`, {
    x: SLIDE.margin, y: 6.05, w: CONTENT_WIDTH, h: 0.9, fontFace: FONT, fontSize: 14, color: decisions.length > 0 ? COLORS.red : '000000',
    valign: 'top', margin: 0
  })
  addFooter(slide, report.doc.name, model.dateLabel, DERIVED)
  addNotes(slide, [
    'The ask: the first full fiscal year of the plan, what it costs and buys, with every fiscal year below it. ' +
      'Over budget is + (red). A fiscal year is named by the calendar year it ends in.',
    ...report.decisions.map((d) => `${d.severity}: ${plain(d.subject, 80)}: ${d.text}`),
    ...assumptionNotes(model, report), budgetProvenance(report.doc)
  ])
}

/** Budget, spend by category, over or under budget, % of revenue, year-end team and maturity. */
export function addFiscalYearTable(
  slide: Slide, report: ScenarioReport, at: { x: number; y: number }, compact = false
): void {
  const { currency } = report
  const columns = compact
    ? [{ header: 'Fiscal year', width: 1.6 }, { header: 'Total', width: 1.1, align: 'right' as const },
      { header: 'Budget', width: 1.1, align: 'right' as const }, { header: 'Over (+) / under', width: 1.4, align: 'right' as const },
      { header: 'Security FTE', width: 1.0, align: 'right' as const }]
    : [{ header: 'Fiscal year', width: 1.5 }, { header: 'Budget', width: 1.0, align: 'right' as const },
      { header: 'People', width: 1.0, align: 'right' as const }, { header: 'Tools', width: 0.95, align: 'right' as const },
      { header: 'Programs', width: 1.15, align: 'right' as const }, { header: 'Total', width: 1.0, align: 'right' as const },
      { header: 'Over (+) / under budget', width: 1.3, align: 'right' as const },
      { header: '% of revenue', width: 0.95, align: 'right' as const }, { header: 'Headcount', width: 1.25, align: 'right' as const },
      { header: 'Security FTE', width: 0.95, align: 'right' as const }, { header: 'Maturity reached', width: 1.28 }]
  const rows = report.fiscalYears.map((y): Cell[] => {
    const over = y.total - y.budget
    const overCell: Cell = { text: signedMoney(over, currency), ...(over > 0 ? { color: COLORS.red, bold: true } : {}) }
    const highlight = y.label === report.ask.fiscalYear.label ? { fill: COLORS.tile } : {}
    const cells: Cell[] = compact
      ? [{ text: fiscalYearShortDisplay(y) }, { text: money(y.total, currency) }, { text: money(y.budget, currency) }, overCell,
        { text: String(y.securityFte) }]
      : [{ text: fiscalYearShortDisplay(y) }, { text: money(y.budget, currency) }, { text: money(y.people, currency) },
        { text: money(y.tools, currency) }, { text: money(y.programs, currency) }, { text: money(y.total, currency), bold: true },
        overCell, { text: percent(y.revenue === 0 ? null : y.total / y.revenue, 1) }, { text: y.headcount.toLocaleString('en-US') },
        { text: String(y.securityFte) }, { text: phaseName(y.maturityPhase) }]
    return cells.map((c) => ({ ...highlight, ...c }))
  })
  addTable(slide, columns, rows, { x: at.x, y: at.y, fontSize: compact ? 12 : 13 })
}

export function addSpendSlide(pptx: PptxGenJS, model: BoardPackModel, report: ScenarioReport): void {
  const slide = pptx.addSlide()
  const over = report.fiscalYears.filter((y) => y.total > y.budget).map((y) => y.label)
  addTitle(slide, 'Spend against budget by fiscal year',
    over.length === 0 ? 'Every fiscal year stays within its budget' : `Over budget in ${over.join(', ')}`)
  fiscalYearSpendChart(pptx, slide, report, { x: SLIDE.margin, y: BODY_TOP, w: CONTENT_WIDTH, h: 5.55 },
    `${plain(report.doc.name, 60)}: people, tools and programs under the budget`)
  addFooter(slide, report.doc.name, model.dateLabel, `budget and spend derived; ${BUDGET_BAND.min}–${BUDGET_BAND.max}% band reference`)
  addNotes(slide, [
    `Columns: spend by category per fiscal year. Red line: the budget. Dashed grey lines: ${BUDGET_BAND.min}% and ${BUDGET_BAND.max}% ` +
      'of the year\'s revenue, the AI-security maturity blueprint\'s band from early-stage to mature companies (reference).',
    `Dotted lines: the P10 and P90 of total spend per fiscal year, ${SIMULATION_PROVENANCE}: ` +
      `${bandCoverage(report.simulation.sources, model.samples, model.seed)}.`,
    ...report.fiscalYears.map((y, i) => `${fiscalYearShortDisplay(y)}: spend ${money(y.total, report.currency)} against a ` +
      `${money(y.budget, report.currency)} budget (${percent(y.utilization)}); simulated P10–P90 ` +
      `${money(report.simulation.fiscalYears[i].p10, report.currency)}–${money(report.simulation.fiscalYears[i].p90, report.currency)}, ` +
      `P(over budget) ${percent(report.simulation.fiscalYears[i].overrunProbability)}.`),
    ...assumptionNotes(model, report), budgetProvenance(report.doc)
  ])
}

export function addTeamSlide(pptx: PptxGenJS, model: BoardPackModel, report: ScenarioReport): void {
  const slide = pptx.addSlide()
  const quarters = report.projection.quarters
  const first = quarters[0]
  const last = quarters[quarters.length - 1]
  addTitle(slide, 'Team growth: headcount against security FTE',
    `From ${first.headcount.toLocaleString('en-US')} employees and ${first.securityFte} security FTE in ${first.label} ` +
    `to ${last.headcount.toLocaleString('en-US')} and ${last.securityFte} in ${last.label}`)
  teamChart(pptx, slide, report, { x: SLIDE.margin, y: BODY_TOP, w: CONTENT_WIDTH, h: 5.55 })
  addFooter(slide, report.doc.name, model.dateLabel, 'headcount a scenario input; FTE derived from the hiring plan')
  addNotes(slide, [
    'Headcount is the scenario\'s growth plan (interpolated between its milestones); security FTE counts the hires in post.',
    `Security FTE per 100 employees at the end: ${last.ftePer100 === null ? 'n/a' : last.ftePer100.toFixed(2)} ` +
      '(practitioner guidance runs from about 1 per 100 employees at low risk to 1 per 29 at critical risk).',
    ...assumptionNotes(model, report)
  ])
}

export function addMaturitySlide(pptx: PptxGenJS, model: BoardPackModel, report: ScenarioReport): void {
  const slide = pptx.addSlide()
  const last = report.projection.quarters[report.projection.quarters.length - 1]
  addTitle(slide, 'The maturity path', `Security maturity reaches ${phaseName(last.maturityPhase)} by ${last.label}; ` +
    `the organisation is then in ${phaseName(last.orgPhase)}`)
  maturityChart(pptx, slide, report, { x: SLIDE.margin, y: BODY_TOP, w: 6.6, h: 5.55 })
  const ranged = report.phaseDates.some((p) => p.range !== null)
  addTable(slide, [
    { header: 'Phase', width: 1.25 }, { header: 'Organisation enters', width: 1.45 }, { header: 'Maturity reaches', width: 1.3 },
    ...(ranged ? [{ header: 'P50 – P90', width: 1.43 }] : [])
  ], report.phaseDates.map((p) => [
    phaseName(p.phase), p.orgReaches ?? 'not in plan', p.maturityReaches ?? 'not in plan',
    ...(ranged ? [p.range ? `${p.range.p50 ?? 'later'} – ${p.range.p90 ?? 'later'}` : ''] : [])
  ]), { x: 7.4, y: BODY_TOP, fontSize: 13 })
  const deadlines = report.deadlines
  slide.addText(deadlines.length === 0
    ? 'Deadlines: none set in this scenario.'
    : `Deadlines: ${deadlines.map((d) => `${plain(d.name, 60)} (${d.label}${d.hard ? ', hard' : ''}): ` +
      `${d.met ? 'met' : `at risk, missing ${capabilityNames(d.missing)}`}, ${percent(d.metProbability)} chance`).join('; ')}`, {
    x: 7.4, y: 4.2, w: 5.43, h: 2.6, fontFace: FONT, fontSize: 13, valign: 'top', margin: 0,
    color: deadlines.some((d) => !d.met) ? COLORS.red : '000000'
  })
  addFooter(slide, report.doc.name, model.dateLabel, 'phase dates derived')
  addNotes(slide, [
    'Org phase follows headcount through the phase thresholds; the achieved phase is the highest phase with it and every earlier ' +
      'phase at least 80% in place. A gap means the organisation has outgrown its security.',
    ...report.phaseDates.flatMap((p) => (p.range ? [`${phaseName(p.phase)}: simulated ${phaseDateText(p.range)}.`] : [])),
    ...report.deadlines.map((d) => `${plain(d.name, 120)}, due ${d.label}: ${planStatusText(d)} in the plan; met in ` +
      `${percent(d.metProbability)} of simulated outcomes.`),
    PHASE_DATE_PROVENANCE, `Simulated dates and chances: ${SIMULATION_PROVENANCE}.`, ...assumptionNotes(model, report)
  ])
}

export function addRiskSlide(pptx: PptxGenJS, model: BoardPackModel, report: ScenarioReport): void {
  const slide = pptx.addSlide()
  const { ask } = report
  addTitle(slide, 'AI risk before and after', ask.biggestRiskCut
    ? `${ask.fiscalYear.label} cuts the average residual score from ${ask.riskBefore.toFixed(1)} to ${ask.riskAfter.toFixed(1)}; ` +
      `most of all ${ask.biggestRiskCut.name}`
    : `Average residual score ${ask.riskAfter.toFixed(1)} at the end of ${ask.fiscalYear.label}`)
  riskChart(pptx, slide, report, { x: SLIDE.margin, y: BODY_TOP, w: CONTENT_WIDTH, h: 5.55 })
  addFooter(slide, report.doc.name, model.dateLabel, 'likelihood and impact reference; residual scores derived')
  addNotes(slide, [
    'Score = likelihood (1–3) × impact (1–4) from the AI risk register. Each mitigating capability in place cuts the score; ' +
      'with all of them a risk keeps a quarter of its inherent score.',
    ...report.riskChanges.map((c) => `${c.name}: inherent ${c.inherent.score.toFixed(1)}, start ${c.start.score.toFixed(1)}, ` +
      `end of ${ask.fiscalYear.label} ${c.askYearEnd.score.toFixed(1)}, end of plan ${c.planEnd.score.toFixed(1)}.`),
    RISK_PROVENANCE, ...assumptionNotes(model, report)
  ])
}
