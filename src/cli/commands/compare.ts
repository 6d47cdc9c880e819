import { PHASE_IDS, phaseName } from '../../core/catalog'
import { compareScenarios, MONEY_KPIS, NUMERIC_KPIS, type NumericKpi, type ScenarioKpis } from '../../core/compare'
import { formatMoney, formatPercent, formatRatioAsPercent } from '../../core/format'
import { phaseDateText } from '../../core/uncertaintyText'
import { checkScenarioCount, parseArgs, simulationOptions } from '../args'
import type { Command } from '../command'
import { InputError } from '../../core/inputError'
import { loadScenarioFiles } from '../scenarioFile'
import { simulationJson } from '../simulationJson'
import { printJson } from '../io'
import { progressFor } from '../progress'
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

/** A difference of two probabilities in percentage points: "+12 pts". */
function pointsDelta(difference: number): string {
  const points = difference * 100
  return `${points > 0 ? '+' : ''}${points.toFixed(0)} pts`
}

/** "+2 qtr", "same", or "n/a" when either side never gets there. */
function quarterDelta(delta: number | null): string {
  return delta === null ? 'n/a' : delta === 0 ? 'same' : `${delta > 0 ? '+' : ''}${delta} qtr`
}

export const compareCommand: Command = {
  name: 'compare',
  usage: 'compare FILE FILE... [--samples N] [--seed S] [--json] [--progress]',
  summary: 'side-by-side KPIs with deltas against the first file',
  run(argv, io) {
    const args = parseArgs(argv, { flags: ['json', 'progress'], options: ['samples', 'seed'] })
    if (args.positional.length < 2) throw InputError.whole(`compare needs at least two scenario files\nusage: rampart ${compareCommand.usage}`)
    checkScenarioCount(args.positional, 'compare')
    const { samples, seed } = simulationOptions(args)
    const docs = loadScenarioFiles(args.positional)
    const comparison = compareScenarios(docs, { samples, seed, onProgress: progressFor(args, io, 'simulating').samples })
    const kpis: ScenarioKpis[] = comparison.scenarios.map((s) => s.kpis)
    if (args.flags.has('json')) {
      printJson(io, {
        seed, samples, base: kpis[0].name, caveats: comparison.caveats,
        scenarios: kpis.map((k, i) => ({
          ...k, file: args.positional[i], deltas: comparison.deltas[i],
          simulation: simulationJson(comparison.scenarios[i].simulation)
        }))
      })
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
        return i === 0 ? [own] : [own, quarterDelta(delta)]
      })
    ])
    const simulations = comparison.scenarios.map((s) => s.simulation)
    const simulatedPhaseRows = simulations[0].phases.map(({ phase }, p) => [
      `Simulated: ${phaseName(phase)} (median, 90% by)`,
      ...simulations.flatMap((simulation, i) => {
        const own = phaseDateText(simulation.phases[p])
        return i === 0 ? [own] : [own, quarterDelta(comparison.deltas[i].simulatedPhaseP50[phase])]
      })
    ])
    const deadlineNames = [...new Set(simulations.flatMap((s) => s.deadlines.map((d) => d.name)))]
    const deadlineRows = deadlineNames.map((name) => [
      `P(${name} met)`,
      ...simulations.flatMap((simulation, i) => {
        const deadline = simulation.deadlines.find((d) => d.name === name)
        const own = deadline ? formatRatioAsPercent(deadline.metProbability, 0) : 'n/a'
        const delta = comparison.deltas[i].deadlineMetProbability[name]
        return i === 0 ? [own] : [own, delta === undefined ? 'n/a' : pointsDelta(delta)]
      })
    ])
    io.out(`Comparison against "${kpis[0].name}" (${samples} samples, seed ${seed})\n`)
    for (const caveat of comparison.caveats) io.out(`Note: ${caveat}.\n`)
    io.out(renderTable(header, [...rows, ...phaseRows, ...simulatedPhaseRows, ...deadlineRows]))
  }
}
