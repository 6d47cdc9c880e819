import { BENCHMARKS, CAPABILITIES, catalogDocument, PHASES, RISKS, ROLES, TIMELINE, TOOLS } from '../../core/catalog'
import { formatMoney } from '../../core/format'
import { parseArgs } from '../args'
import type { Command } from '../command'
import { renderTable } from '../table'

export const catalogCommand: Command = {
  name: 'catalog',
  usage: 'catalog [--json]',
  summary: 'the shipped reference data: phases, roles, tools, capabilities, risks, benchmarks',
  run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'] })
    if (args.flags.has('json')) {
      io.out(JSON.stringify(catalogDocument(), null, 2) + '\n')
      return
    }
    io.out('Phases (budget: % of revenue by default)\n' + renderTable(['id', 'name', 'from employees', 'budget %'],
      PHASES.map((p) => [p.id, p.name, String(p.minEmployees), `${p.defaultBudgetPercent}%`])))
    io.out('\nRoles (annual cost, USD)\n' + renderTable(['id', 'name', 'annual cost', 'source'],
      ROLES.map((r) => [r.id, r.name, formatMoney(r.annualCost), r.source])))
    io.out('\nTools (annual, USD)\n' + renderTable(['id', 'name', 'low', 'high', 'per employee', 'source'],
      TOOLS.map((t) => [t.id, t.name, formatMoney(t.low), formatMoney(t.high), formatMoney(t.perEmployee), t.source])))
    io.out('\nCapabilities\n' + renderTable(['id', 'phase', 'domain', 'prerequisites'],
      CAPABILITIES.map((c) => [c.id, c.phase, c.domain, c.prerequisites.join(', ') || '-'])))
    io.out('\nAI risks\n' + renderTable(['id', 'likelihood', 'impact', 'priority'],
      RISKS.map((r) => [r.id, r.likelihood, r.impact, r.priority])))
    io.out('\nPeer benchmarks (cross-industry; the 2–8% band above is the blueprint\'s target for AI companies)\n' +
      renderTable(['benchmark', 'value', 'year', 'source'],
        BENCHMARKS.map((b) => [b.label, b.unit === 'USD' ? formatMoney(b.value) : `${b.value}${b.unit === '%' ? '%' : ` ${b.unit}`}`, String(b.year), b.source])))
    io.out('\nTimeline\n' + renderTable(['stage', 'months'],
      TIMELINE.map((t) => [t.stage, `${t.fromMonth}–${t.toMonth}`])))
  }
}
