import { PHASE_IDS, phaseName } from '../../core/catalog'
import { compareScenarios, MONEY_KPIS, NUMERIC_KPIS, type NumericKpi, type ScenarioKpis } from '../../core/compare'
import { formatMoney, formatPercent } from '../../core/format'
import { checkScenarioCount, parseArgs, simulationOptions } from '../args'
import type { Command } from '../command'
import { InputError } from '../../core/inputError'
import { loadScenarioFiles } from '../scenarioFile'
import { renderTable } from '../table'

const LABELS: Record<NumericKpi, string> = {
  totalSpend: 'Total spend over horizon',
  totalBudget: 'Total budget over horizon',
  totalRevenue: 'Total revenue over horizon',
  averagePercentOfRevenue: 'Average spend, % of revenue',
  quartersOverBudget: 'Quarters over budget',
  peakMaturityGap: 'Peak maturity gap (phases)',
  peakOverrunProbability: 'Peak P(over budget)',
  endHeadcount: 'Headcount at end',
  endSecurityFte: 'Security FTE at end'
}


function formatKpi(key: NumericKpi, value: number | null, currency: string, signed = false): string {
  if (value === null) return 'n/a'
  const sign = signed && value > 0 ? '+' : ''
  if (MONEY_KPIS.has(key)) return sign + formatMoney(value, currency)
  // Differences of percentages are percentage points, not percent.
  const unit = (percent: number, digits: number) =>
    signed ? `${sign}${percent.toFixed(digits)} pts` : formatPercent(percent, digits)
  if (key === 'averagePercentOfRevenue') return unit(value, 2)
  if (key === 'peakOverrunProbability') return unit(value * 100, 0)
  return sign + String(value)
}

export const compareCommand: Command = {
  name: 'compare',
  usage: 'compare FILE FILE... [--samples N] [--seed S] [--json]',
  summary: 'side-by-side KPIs with deltas against the first file',
  run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'], options: ['samples', 'seed'] })
    if (args.positional.length < 2) throw InputError.whole(`compare needs at least two scenario files\nusage: rampart ${compareCommand.usage}`)
    checkScenarioCount(args.positional, 'compare')
    const { samples, seed } = simulationOptions(args)
    const docs = loadScenarioFiles(args.positional)
    const comparison = compareScenarios(docs, { samples, seed })
    const kpis: ScenarioKpis[] = comparison.scenarios.map((s) => s.kpis)
    if (args.flags.has('json')) {
      io.out(JSON.stringify({
        seed, samples, base: kpis[0].name, caveats: comparison.caveats,
        scenarios: kpis.map((k, i) => ({ ...k, file: args.positional[i], deltas: comparison.deltas[i] }))
      }, null, 2) + '\n')
      return
    }
    const header = ['KPI', ...kpis.flatMap((k, i) => (i === 0 ? [k.name] : [k.name, 'Δ vs base']))]
    const rows = NUMERIC_KPIS.map((key) => [
      LABELS[key],
      ...kpis.flatMap((k, i) => {
        const own = formatKpi(key, k[key], k.currency)
        return i === 0 ? [own] : [own, formatKpi(key, comparison.deltas[i].values[key], k.currency, true)]
      })
    ])
    const phaseRows = PHASE_IDS.slice(1).map((id) => [
      `Maturity reaches ${phaseName(id)}`,
      ...kpis.flatMap((k, i) => {
        const own = k.maturityPhaseReached[id] ?? 'not reached'
        const delta = comparison.deltas[i].maturityPhaseReached[id]
        const deltaText = delta === null ? 'n/a' : delta === 0 ? 'same' : `${delta > 0 ? '+' : ''}${delta} qtr`
        return i === 0 ? [own] : [own, deltaText]
      })
    ])
    io.out(`Comparison against "${kpis[0].name}" (${samples} samples, seed ${seed})\n`)
    for (const caveat of comparison.caveats) io.out(`Note: ${caveat}.\n`)
    io.out(renderTable(header, [...rows, ...phaseRows]))
  }
}
