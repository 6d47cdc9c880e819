import { phaseName } from '../../core/catalog'
import { formatMoney, formatRatioAsPercent } from '../../core/format'
import { projectionKpis } from '../../core/compare'
import { projectScenario, type Projection, type QuarterResult } from '../../core/projection'
import { parseArgs } from '../args'
import type { Command } from '../command'
import { InputError } from '../../core/inputError'
import { loadScenarioFile } from '../scenarioFile'
import { renderTable } from '../table'
import { printWarnings } from '../warnings'
import { findPitfalls } from '../../core/pitfalls'

export const projectCommand: Command = {
  name: 'project',
  usage: 'project FILE [--json]',
  summary: 'the quarterly projection: budget, spend by category, FTE, org and maturity phase',
  run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'] })
    const [file, ...extra] = args.positional
    if (!file || extra.length > 0) throw InputError.whole('usage: rampart project FILE [--json]')
    const doc = loadScenarioFile(file)
    const projection = projectScenario(doc)
    const warnings = findPitfalls(doc, projection)
    if (args.flags.has('json')) {
      const quarters = projection.quarters.map((q) => ({
        label: q.label, headcount: q.headcount, revenue: q.revenue, revenueRunRate: q.revenueRunRate,
        budgetPercent: q.budgetPercent, budget: q.budget, people: q.people, tools: q.tools,
        programs: q.programs, total: q.total, variance: q.variance, utilization: q.utilization,
        securityFte: q.securityFte, ftePer100: q.ftePer100, orgPhase: q.orgPhase,
        maturityPhase: q.maturityPhase, maturityGap: q.maturityGap, phaseScores: q.phaseScores
      }))
      io.out(JSON.stringify({ name: projection.name, currency: projection.currency, quarters, warnings }, null, 2) + '\n')
      return
    }
    const c = projection.currency
    io.out(`${projection.name}: quarterly projection (${c}, amounts per quarter)\n`)
    io.out(renderTable(
      ['quarter', 'headcount', 'revenue', 'budget %', 'budget', 'people', 'tools', 'programs',
        'total', 'variance', 'used', 'sec FTE', 'org phase', 'maturity', 'gap'],
      [
        ...projection.quarters.map((q) => [
          q.label, q.headcount.toLocaleString('en-US'), formatMoney(q.revenue, c), `${q.budgetPercent}%`,
          formatMoney(q.budget, c), formatMoney(q.people, c), formatMoney(q.tools, c),
          formatMoney(q.programs, c), formatMoney(q.total, c), formatMoney(q.variance, c),
          formatRatioAsPercent(q.utilization, 0), String(q.securityFte), phaseName(q.orgPhase),
          phaseName(q.maturityPhase), String(q.maturityGap)
        ]),
        horizonRow(projection)
      ]
    ))
    io.out('Amounts are rounded to whole units for display, so a row may not add up to the unit.\n')
    printWarnings(warnings, io)
  }
}

/** The whole plan: sums of the money columns, and spend against budget over the horizon. */
function horizonRow(projection: Projection): string[] {
  const c = projection.currency
  const sum = (pick: (q: QuarterResult) => number) => projection.quarters.reduce((s, q) => s + pick(q), 0)
  const { totalBudget: budget, totalSpend: total, totalRevenue } = projectionKpis(projection)
  return ['Horizon', '', formatMoney(totalRevenue, c), '', formatMoney(budget, c),
    formatMoney(sum((q) => q.people), c), formatMoney(sum((q) => q.tools), c),
    formatMoney(sum((q) => q.programs), c), formatMoney(total, c), formatMoney(budget - total, c),
    formatRatioAsPercent(budget === 0 ? null : total / budget, 0), '', '', '', '']
}
