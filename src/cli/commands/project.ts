import { phaseName } from '../../core/catalog'
import { formatMoney, formatRatioAsPercent } from '../../core/format'
import { projectScenario } from '../../core/projection'
import { parseArgs } from '../args'
import type { Command } from '../command'
import { UserError } from '../io'
import { loadScenarioFile } from '../scenarioFile'
import { renderTable } from '../table'

export const projectCommand: Command = {
  name: 'project',
  usage: 'project FILE [--json]',
  summary: 'the quarterly projection: budget, spend by category, FTE, org and maturity phase',
  run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'] })
    const [file, ...extra] = args.positional
    if (!file || extra.length > 0) throw new UserError('usage: rampart project FILE [--json]')
    const projection = projectScenario(loadScenarioFile(file))
    if (args.flags.has('json')) {
      const quarters = projection.quarters.map((q) => ({
        label: q.label, headcount: q.headcount, revenue: q.revenue, revenueRunRate: q.revenueRunRate,
        budgetPercent: q.budgetPercent, budget: q.budget, people: q.people, tools: q.tools,
        programs: q.programs, total: q.total, variance: q.variance, utilization: q.utilization,
        securityFte: q.securityFte, ftePer100: q.ftePer100, orgPhase: q.orgPhase,
        maturityPhase: q.maturityPhase, maturityGap: q.maturityGap, phaseScores: q.phaseScores
      }))
      io.out(JSON.stringify({ name: projection.name, currency: projection.currency, quarters }, null, 2) + '\n')
      return
    }
    const c = projection.currency
    io.out(`${projection.name}: quarterly projection (${c}, amounts per quarter)\n`)
    io.out(renderTable(
      ['quarter', 'headcount', 'revenue', 'budget %', 'budget', 'people', 'tools', 'programs',
        'total', 'variance', 'used', 'sec FTE', 'org phase', 'maturity', 'gap'],
      projection.quarters.map((q) => [
        q.label, String(q.headcount), formatMoney(q.revenue, c), `${q.budgetPercent}%`,
        formatMoney(q.budget, c), formatMoney(q.people, c), formatMoney(q.tools, c),
        formatMoney(q.programs, c), formatMoney(q.total, c), formatMoney(q.variance, c),
        formatRatioAsPercent(q.utilization, 0), String(q.securityFte), phaseName(q.orgPhase),
        phaseName(q.maturityPhase), String(q.maturityGap)
      ])
    ))
  }
}
