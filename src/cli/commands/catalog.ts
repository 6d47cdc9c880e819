import {
  BENCHMARKS, CAPABILITIES, catalogDocument, DEADLINE_TEMPLATES, DEFAULT_BUDGET_PERCENT_SOURCE, PHASES, quarterOfDate,
  RISKS, ROLES, TIMELINE, TOOLS, type Benchmark
} from '../../core/catalog'
import { formatMoney } from '../../core/format'
import { parseArgs } from '../args'
import type { Command } from '../command'
import { printJson } from '../io'
import { renderTable } from '../table'

export const catalogCommand: Command = {
  name: 'catalog',
  usage: 'catalog [--json]',
  summary: 'the shipped reference data: phases, roles, tools and services, capabilities, risks, benchmarks, deadline templates',
  run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'] })
    if (args.flags.has('json')) {
      printJson(io, catalogDocument())
      return
    }
    io.out(`Phases (default budget: % of revenue, ${DEFAULT_BUDGET_PERCENT_SOURCE} from the blueprint's 2–4% and 6–8% bands)\n` +
      renderTable(['id', 'name', 'from employees', 'budget %'],
        PHASES.map((p) => [p.id, p.name, String(p.minEmployees), `${p.defaultBudgetPercent}%`])))
    io.out('\nRoles (annual base pay, USD; overhead and recruiting fees are scenario settings)\n' +
      renderTable(['id', 'name', 'base pay', 'source'], ROLES.map((r) => [r.id, r.name, formatMoney(r.annualCost), r.source])))
    io.out('\nTools and services (annual, USD)\n' +
      renderTable(['id', 'kind', 'name', 'low', 'high', 'per employee', 'source', 'delivers'],
        TOOLS.map((t) => [t.id, t.kind, t.name, formatMoney(t.low), formatMoney(t.high), formatMoney(t.perEmployee), t.source,
          t.delivers.join(', ') || '-'])))
    io.out('\nCapabilities\n' + renderTable(['id', 'phase', 'domain', 'source', 'prerequisites'],
      CAPABILITIES.map((c) => [c.id, c.phase, c.domain, c.source, c.prerequisites.join(', ') || '-'])))
    io.out('\nAI risks\n' + renderTable(['id', 'likelihood', 'impact', 'priority'],
      RISKS.map((r) => [r.id, r.likelihood, r.impact, r.priority])))
    io.out('\nPeer benchmarks (cross-industry; the 2–8% band above is the blueprint\'s target for AI companies)\n' +
      renderTable(['benchmark', 'value', 'year', 'source'],
        BENCHMARKS.map((b) => [b.label, benchmarkValue(b), String(b.year), b.source])))
    io.out('\nDeadline templates (the capabilities each needs are our reading of it: derived)\n' +
      renderTable(['id', 'name', 'due', 'hard', 'capabilities'],
        DEADLINE_TEMPLATES.map((t) => [t.id, t.name, t.date === null ? 'you pick the quarter' : `${t.date} (${quarterOfDate(t.date)})`,
          t.hard ? 'yes' : 'no', t.capabilities.join(', ')])))
    io.out('\nTimeline\n' + renderTable(['stage', 'months'],
      TIMELINE.map((t) => [t.stage, `${t.fromMonth}–${t.toMonth}`])))
  }
}

function benchmarkValue(b: Benchmark): string {
  const number = (value: number) => (b.unit === 'USD' ? formatMoney(value) : String(Number(value.toFixed(2))))
  const amount = b.high === undefined ? number(b.value) : `${number(b.value)}–${number(b.high)}`
  if (b.unit === 'USD') return amount
  return b.unit === '%' ? `${amount}%` : `${amount} ${b.unit}`
}
