// Scenario comparison: the KPIs a board compares, per scenario, with deltas against a base.
// Simulations of all scenarios share one seed, so with common random numbers the differences
// between them come from the scenarios, not from sampling noise.
import { PHASE_IDS, phaseIndex, type PhaseId, type ThresholdPhaseId } from './catalog'
import { DEFAULT_SAMPLES, DEFAULT_SEED } from './limits'
import { projectScenario, type Projection } from './projection'
import { absoluteQuarter } from './quarters'
import type { ScenarioDoc } from './scenario'
import { peakOverrunProbability, simulateProjection, type SimulationOptions, type SimulationResult } from './simulation'

export interface ScenarioKpis {
  name: string
  currency: string
  start: string
  quarters: number
  totalSpend: number
  totalBudget: number
  totalRevenue: number
  /** Total spend over the horizon as % of revenue over the horizon. */
  averagePercentOfRevenue: number | null
  quartersOverBudget: number
  peakMaturityGap: number
  peakOverrunProbability: number
  endHeadcount: number
  endSecurityFte: number
  /** Label of the first quarter the company is in each phase, or null if never. */
  orgPhaseReached: Record<PhaseId, string | null>
  /** Label of the first quarter security maturity reaches each phase, or null if never. */
  maturityPhaseReached: Record<PhaseId, string | null>
}

/** The KPIs that follow from the projection alone (everything but the simulated overrun risk). */
export type ProjectionKpis = Omit<ScenarioKpis, 'peakOverrunProbability'>

export function projectionKpis(projection: Projection): ProjectionKpis {
  const rows = projection.quarters
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0)
  const totalSpend = sum((r) => r.total)
  const totalRevenue = sum((r) => r.revenue)
  const reached = (phaseOf: (r: (typeof rows)[number]) => PhaseId) =>
    Object.fromEntries(PHASE_IDS.map((id) => [
      id, rows.find((r) => phaseIndex(phaseOf(r)) >= phaseIndex(id))?.label ?? null
    ])) as Record<PhaseId, string | null>
  const last = rows[rows.length - 1]
  return {
    name: projection.name,
    currency: projection.currency,
    start: projection.start,
    quarters: rows.length,
    totalSpend,
    totalBudget: sum((r) => r.budget),
    totalRevenue,
    averagePercentOfRevenue: totalRevenue === 0 ? null : (totalSpend / totalRevenue) * 100,
    quartersOverBudget: rows.filter((r) => r.total > r.budget).length,
    peakMaturityGap: Math.max(...rows.map((r) => r.maturityGap)),
    endHeadcount: last.headcount,
    endSecurityFte: last.securityFte,
    orgPhaseReached: reached((r) => r.orgPhase),
    maturityPhaseReached: reached((r) => r.maturityPhase)
  }
}

function scenarioKpis(projection: Projection, simulation: SimulationResult): ScenarioKpis {
  return {
    ...projectionKpis(projection),
    peakOverrunProbability: peakOverrunProbability(simulation)
  }
}

export const NUMERIC_KPIS = [
  'totalSpend', 'totalBudget', 'totalRevenue', 'averagePercentOfRevenue', 'quartersOverBudget',
  'peakMaturityGap', 'peakOverrunProbability', 'endHeadcount', 'endSecurityFte'
] as const
export type NumericKpi = (typeof NUMERIC_KPIS)[number]

export interface KpiDeltas {
  /** This scenario minus the base, per numeric KPI (null when either side is null). */
  values: Record<NumericKpi, number | null>
  /** Quarters later (+) or earlier (-) than the base that maturity reaches each phase. */
  maturityPhaseReached: Record<PhaseId, number | null>
  /**
   * The same for the simulated median date of each phase (null when either median is beyond
   * its plan); with one seed, a difference comes from the plans, not from sampling noise.
   */
  simulatedPhaseP50: Record<ThresholdPhaseId, number | null>
  /** This scenario's P(met) minus the base's, for each deadline name both plans have. */
  deadlineMetProbability: Record<string, number>
}

export interface ScenarioWithResults {
  doc: ScenarioDoc
  projection: Projection
  simulation: SimulationResult
  kpis: ScenarioKpis
}

export interface Comparison {
  seed: number
  samples: number
  scenarios: ScenarioWithResults[]
  /** One entry per scenario, against the first; the first's deltas are all zero. */
  deltas: KpiDeltas[]
  /** What makes the scenarios hard to compare (other currencies, other periods), in words. */
  caveats: string[]
}

export const MONEY_KPIS: ReadonlySet<NumericKpi> = new Set(['totalSpend', 'totalBudget', 'totalRevenue'])

/** Why totals of these scenarios do not line up, if they do not. */
function comparisonCaveats(kpis: readonly ScenarioKpis[]): string[] {
  const [base, ...others] = kpis
  const caveats: string[] = []
  const otherCurrency = others.filter((k) => k.currency !== base.currency)
  if (otherCurrency.length > 0) {
    caveats.push(`${otherCurrency.map((k) => `"${k.name}" is in ${k.currency}`).join(', ')}, the base in ${base.currency}: money differences are not shown, as no exchange rate is assumed`)
  }
  const otherPeriod = others.filter((k) => k.start !== base.start || k.quarters !== base.quarters)
  if (otherPeriod.length > 0) {
    caveats.push(`${otherPeriod.map((k) => `"${k.name}" covers ${k.quarters} quarters from ${k.start}`).join(', ')}, the base ${base.quarters} from ${base.start}: totals cover different periods`)
  }
  return caveats
}

/** Quarters from label `from` to label `to`, or null when either is missing. */
function quartersBetween(from: string | null, to: string | null): number | null {
  return from === null || to === null ? null : absoluteQuarter(to) - absoluteQuarter(from)
}

export function compareScenarios(
  docs: readonly ScenarioDoc[], options: SimulationOptions = {}
): Comparison {
  if (docs.length === 0) throw new RangeError('compare needs at least one scenario')
  const samples = options.samples ?? DEFAULT_SAMPLES
  // The simulation uses the seed as an unsigned 32-bit number; report the seed it really used.
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0
  const progress = options.onProgress
  const scenarios = docs.map((doc, i) => {
    const projection = projectScenario(doc)
    // Progress over all the scenarios' samples together.
    const onProgress = progress && ((done: number) => progress(i * samples + done, docs.length * samples))
    const simulation = simulateProjection(doc, projection, { samples, seed, onProgress })
    return { doc, projection, simulation, kpis: scenarioKpis(projection, simulation) }
  })
  const base = scenarios[0].kpis
  const baseSimulation = scenarios[0].simulation
  const deltas = scenarios.map(({ kpis, simulation }) => ({
    values: Object.fromEntries(NUMERIC_KPIS.map((key) => {
      const a = kpis[key]
      const b = base[key]
      // Money in two currencies has no difference without an exchange rate.
      const comparable = !MONEY_KPIS.has(key) || kpis.currency === base.currency
      return [key, a === null || b === null || !comparable ? null : a - b]
    })) as Record<NumericKpi, number | null>,
    maturityPhaseReached: Object.fromEntries(PHASE_IDS.map((id) => {
      const a = kpis.maturityPhaseReached[id]
      const b = base.maturityPhaseReached[id]
      return [id, quartersBetween(b, a)]
    })) as Record<PhaseId, number | null>,
    simulatedPhaseP50: Object.fromEntries(simulation.phases.map((phase, p) =>
      [phase.phase, quartersBetween(baseSimulation.phases[p].p50, phase.p50)])) as Record<ThresholdPhaseId, number | null>,
    deadlineMetProbability: Object.fromEntries(simulation.deadlines.flatMap((d) => {
      const other = baseSimulation.deadlines.find((b) => b.name === d.name)
      return other ? [[d.name, d.metProbability - other.metProbability]] : []
    }))
  }))
  return { seed, samples, scenarios, deltas, caveats: comparisonCaveats(scenarios.map((s) => s.kpis)) }
}
