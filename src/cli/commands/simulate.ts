import { formatMoney, formatRatioAsPercent } from '../../core/format'
import { simulateScenario } from '../../core/simulation'
import { parseArgs, simulationOptions } from '../args'
import type { Command } from '../command'
import { InputError } from '../../core/inputError'
import { loadScenarioFile } from '../scenarioFile'
import { renderTable } from '../table'

export const simulateCommand: Command = {
  name: 'simulate',
  usage: 'simulate FILE [--samples N] [--seed S] [--json]',
  summary: 'Monte Carlo over tool cost ranges: P10/P50/P90 of spend and P(over budget) per quarter',
  run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'], options: ['samples', 'seed'] })
    const [file, ...extra] = args.positional
    if (!file || extra.length > 0) throw InputError.whole(`usage: rampart ${simulateCommand.usage}`)
    const { samples, seed } = simulationOptions(args)
    const doc = loadScenarioFile(file)
    const result = simulateScenario(doc, { samples, seed })
    if (args.flags.has('json')) {
      io.out(JSON.stringify({
        name: doc.name, samples, seed,
        quarters: result.quarters.map(({ label, p10, p50, p90, overrunProbability, budget, mean }) =>
          ({ label, p10, p50, p90, overrunProbability, budget, mean })),
        horizon: result.horizon
      }, null, 2) + '\n')
      return
    }
    const c = doc.currency ?? 'USD'
    io.out(`${doc.name}: total spend per quarter (${c}), ${samples} samples, seed ${seed}\n`)
    io.out(renderTable(['quarter', 'budget', 'P10', 'P50', 'P90', 'P(over budget)'],
      result.quarters.map((q) => [q.label, formatMoney(q.budget, c), formatMoney(q.p10, c),
        formatMoney(q.p50, c), formatMoney(q.p90, c), formatRatioAsPercent(q.overrunProbability)])))
    io.out(`\nWhole horizon: P10 ${formatMoney(result.horizon.p10, c)}, P50 ${formatMoney(result.horizon.p50, c)}, P90 ${formatMoney(result.horizon.p90, c)}\n`)
  }
}
