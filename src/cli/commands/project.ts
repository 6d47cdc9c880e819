import { BUDGET_BAND, peerFigures, phaseName } from '../../core/catalog'
import { FISCAL_YEAR_BENCHMARK_ROWS, benchmarkValueText, peerFigureText } from '../../core/fiscalYearBenchmarks'
import { projectionKpis } from '../../core/compare'
import type { FiscalYearResult } from '../../core/fiscalYears'
import { fiscalYearDisplay, formatMoney, formatRatioAsPercent } from '../../core/format'
import { cashTimingNotes, findPitfalls } from '../../core/pitfalls'
import { projectScenario, type Projection, type QuarterResult } from '../../core/projection'
import { fiscalYearLabel, quarterLabel, quarterRangeLabel } from '../../core/quarters'
import { parseArgs } from '../args'
import type { Command } from '../command'
import { InputError } from '../../core/inputError'
import { loadScenarioFile } from '../scenarioFile'
import { printJson } from '../io'
import { renderTable } from '../table'
import { printWarnings } from '../warnings'

export const projectCommand: Command = {
  name: 'project',
  usage: 'project FILE [--quarters] [--json]',
  summary: 'the projection by fiscal year (--quarters: by quarter): budget, spend by category, FTE, org and maturity phase, deadlines',
  run(argv, io) {
    const args = parseArgs(argv, { flags: ['json', 'quarters'] })
    const [file, ...extra] = args.positional
    if (!file || extra.length > 0) throw InputError.whole(`usage: rampart ${projectCommand.usage}`)
    const doc = loadScenarioFile(file)
    const projection = projectScenario(doc)
    const warnings = findPitfalls(doc, projection)
    const notes = cashTimingNotes(projection)
    if (args.flags.has('json')) {
      printJson(io, projectionJson(projection, warnings, notes))
      return
    }
    io.out(args.flags.has('quarters') ? quarterTable(projection) : fiscalYearReport(projection))
    io.out('Amounts are rounded to whole units for display, so a row may not add up to the unit.\n')
    printWarnings(warnings, io)
    printWarnings(notes, io)
  }
}

/** `project --json`: the quarters and the fiscal years, both (docs/model.md). */
function projectionJson(projection: Projection, warnings: unknown[], notes: unknown[]) {
  const label = (q: number | null) => (q === null ? null : quarterLabel(projection.start, q))
  return {
    name: projection.name,
    currency: projection.currency,
    fiscalYearStart: projection.fiscalYearStart,
    quarters: projection.quarters.map((q) => ({
      label: q.label, fiscalYear: fiscalYearLabel(q.fiscalYear), headcount: q.headcount, revenue: q.revenue,
      revenueRunRate: q.revenueRunRate, budgetPercent: q.budgetPercent, budget: q.budget, people: q.people,
      recruitingFees: q.recruitingFees, tools: q.tools, programs: q.programs, total: q.total, variance: q.variance,
      utilization: q.utilization, securityFte: q.securityFte, ftePer100: q.ftePer100, itBudget: q.itBudget,
      orgPhase: q.orgPhase, maturityPhase: q.maturityPhase, maturityGap: q.maturityGap, phaseScores: q.phaseScores
    })),
    fiscalYears: projection.fiscalYears.map((y) => ({
      label: y.label, partial: y.partial, quarters: y.quarters, revenue: y.revenue, budget: y.budget, people: y.people,
      tools: y.tools, programs: y.programs, total: y.total, variance: y.variance, utilization: y.utilization,
      headcount: y.headcount, securityFte: y.securityFte, orgPhase: y.orgPhase, maturityPhase: y.maturityPhase,
      quartersOverBudget: y.quartersOverBudget, itBudget: y.itBudget, benchmarks: y.benchmarks
    })),
    capabilities: projection.capabilities.map((c) => ({ id: c.id, planned: label(c.planned), inPlace: label(c.inPlace) })),
    deadlines: projection.deadlines.map((d) => ({ name: d.name, quarter: d.label, hard: d.hard, met: d.met, missing: d.missing })),
    warnings,
    notes
  }
}

function fiscalYearReport(projection: Projection): string {
  const c = projection.currency
  const money = (value: number) => formatMoney(value, c)
  const { totalBudget: budget, totalSpend: total, totalRevenue } = projectionKpis(projection)
  const sum = (pick: (y: FiscalYearResult) => number) => projection.fiscalYears.reduce((s, y) => s + pick(y), 0)
  const years = renderTable(
    ['fiscal year', 'quarters', 'revenue', 'budget', 'people', 'tools', 'programs', 'total', 'variance', 'used',
      'headcount', 'sec FTE', 'org phase', 'maturity'],
    [
      ...projection.fiscalYears.map((y) => [
        fiscalYearDisplay(y), quarterRangeLabel(projection.start, y.fromQuarter, y.toQuarter),
        money(y.revenue), money(y.budget), money(y.people), money(y.tools), money(y.programs), money(y.total),
        money(y.variance), formatRatioAsPercent(y.utilization, 0), y.headcount.toLocaleString('en-US'),
        String(y.securityFte), phaseName(y.orgPhase), phaseName(y.maturityPhase)
      ]),
      ['Horizon', '', money(totalRevenue), money(budget), money(sum((y) => y.people)), money(sum((y) => y.tools)),
        money(sum((y) => y.programs)), money(total), money(budget - total),
        formatRatioAsPercent(budget === 0 ? null : total / budget, 0), '', '', '', '']
    ]
  )
  const fiscalStart = projection.fiscalYearStart === 1 ? 'calendar years' : `fiscal years opening in calendar Q${projection.fiscalYearStart}`
  return `${projection.name}: projection by fiscal year (${c}; ${fiscalStart}; --quarters for each quarter)\n${years}` +
    `\nBenchmarks by fiscal year, beside the cited peer figures\n${benchmarkTable(projection)}` +
    deadlineTable(projection)
}

function benchmarkTable(projection: Projection): string {
  const years = projection.fiscalYears
  const table = renderTable(['metric', ...years.map(fiscalYearDisplay)],
    FISCAL_YEAR_BENCHMARK_ROWS.map((row) => [
      row.label, ...years.map((y) => benchmarkValueText(row, y.benchmarks, projection.currency))
    ]))
  const peers = FISCAL_YEAR_BENCHMARK_ROWS.flatMap(({ label, metric }) =>
    peerFigures(metric).map((b) => `  ${label}: ${peerFigureText(b)}\n`))
  return `${table}Peer figures (reference; the blueprint's target for AI companies is ${BUDGET_BAND.min}–${BUDGET_BAND.max}% of revenue):\n${peers.join('')}`
}

function deadlineTable(projection: Projection): string {
  if (projection.deadlines.length === 0) return ''
  return '\nDeadlines\n' + renderTable(['deadline', 'quarter', 'hard', 'status'],
    projection.deadlines.map((d) => [d.name, d.label, d.hard ? 'yes' : 'no', d.met ? 'met' : `missed: ${d.missing.join(', ')}`]))
}

function quarterTable(projection: Projection): string {
  const c = projection.currency
  return `${projection.name}: quarterly projection (${c}, amounts per quarter)\n` + renderTable(
    ['quarter', 'FY', 'headcount', 'revenue', 'budget %', 'budget', 'people', 'tools', 'programs',
      'total', 'variance', 'used', 'sec FTE', 'org phase', 'maturity', 'gap'],
    [
      ...projection.quarters.map((q) => [
        q.label, fiscalYearLabel(q.fiscalYear), q.headcount.toLocaleString('en-US'), formatMoney(q.revenue, c),
        `${Number(q.budgetPercent.toFixed(2))}%`, formatMoney(q.budget, c), formatMoney(q.people, c), formatMoney(q.tools, c),
        formatMoney(q.programs, c), formatMoney(q.total, c), formatMoney(q.variance, c),
        formatRatioAsPercent(q.utilization, 0), String(q.securityFte), phaseName(q.orgPhase),
        phaseName(q.maturityPhase), String(q.maturityGap)
      ]),
      horizonRow(projection)
    ]
  )
}

/** The whole plan: sums of the money columns, and spend against budget over the horizon. */
function horizonRow(projection: Projection): string[] {
  const c = projection.currency
  const sum = (pick: (q: QuarterResult) => number) => projection.quarters.reduce((s, q) => s + pick(q), 0)
  const { totalBudget: budget, totalSpend: total, totalRevenue } = projectionKpis(projection)
  return ['Horizon', '', '', formatMoney(totalRevenue, c), '', formatMoney(budget, c),
    formatMoney(sum((q) => q.people), c), formatMoney(sum((q) => q.tools), c),
    formatMoney(sum((q) => q.programs), c), formatMoney(total, c), formatMoney(budget - total, c),
    formatRatioAsPercent(budget === 0 ? null : total / budget, 0), '', '', '', '']
}
