import { phaseName } from '../../core/catalog'
import { fiscalYearDisplay, formatMoney, formatRatioAsPercent } from '../../core/format'
import { InputError } from '../../core/inputError'
import { simulateScenario } from '../../core/simulation'
import { phaseDateText, uncertaintySourcesText } from '../../core/uncertaintyText'
import { parseArgs, simulationOptions } from '../args'
import type { Command } from '../command'
import { loadScenarioFile } from '../scenarioFile'
import { simulationJson } from '../simulationJson'
import { printJson } from '../io'
import { progressFor } from '../progress'
import { renderTable } from '../table'

export const simulateCommand: Command = {
  name: 'simulate',
  usage: 'simulate FILE [--samples N] [--seed S] [--json] [--progress]',
  summary: 'Monte Carlo over the whole plan: P10/P50/P90 of spend and FTE and P(over budget) per quarter and ' +
    'fiscal year, phase dates, P(deadline met)',
  run(argv, io) {
    const args = parseArgs(argv, { flags: ['json', 'progress'], options: ['samples', 'seed'] })
    const [file, ...extra] = args.positional
    if (!file || extra.length > 0) throw InputError.whole(`usage: rampart ${simulateCommand.usage}`)
    const { samples, seed } = simulationOptions(args)
    const doc = loadScenarioFile(file)
    const result = simulateScenario(doc, { samples, seed, onProgress: progressFor(args, io, 'simulating').samples })
    if (args.flags.has('json')) {
      printJson(io, { name: doc.name, samples, seed, ...simulationJson(result) })
      return
    }
    const c = doc.currency ?? 'USD'
    const money = (value: number) => formatMoney(value, c)
    io.out(`${doc.name}: total spend per quarter (${c}), ${samples} samples, seed ${seed}\n`)
    io.out(`Uncertain: ${uncertaintySourcesText(result.sources)}.\n`)
    io.out(renderTable(['quarter', 'budget', 'P10', 'P50', 'P90', 'P(over budget)', 'security FTE P10–P90'],
      result.quarters.map((q) => [q.label, money(q.budget), money(q.p10), money(q.p50), money(q.p90),
        formatRatioAsPercent(q.overrunProbability), q.fte.p10 === q.fte.p90 ? String(q.fte.p50) : `${q.fte.p10}–${q.fte.p90}`])))
    io.out(`\nWhole horizon: P10 ${money(result.horizon.p10)}, P50 ${money(result.horizon.p50)}, P90 ${money(result.horizon.p90)}\n\n`)
    io.out(renderTable(['fiscal year', 'budget', 'P10', 'P50', 'P90', 'P(over budget)'],
      result.fiscalYears.map((y) => [fiscalYearDisplay(y), money(y.budget), money(y.p10),
        money(y.p50), money(y.p90), formatRatioAsPercent(y.overrunProbability)])))
    io.out('\nSecurity maturity reaches\n')
    for (const phase of result.phases) io.out(`  ${phaseName(phase.phase)}: ${phaseDateText(phase)}\n`)
    if (result.deadlines.length > 0) {
      io.out('\nDeadlines\n')
      for (const d of result.deadlines) {
        io.out(`  ${d.name} (${d.label}${d.hard ? ', hard' : ''}): met in ${formatRatioAsPercent(d.metProbability, 0)} of samples\n`)
      }
    }
  }
}
