// The simulated figures of every compared scenario side by side: what each band covers, spend over
// the plan as a range, each fiscal year's chance of going over budget, when maturity reaches each
// phase (as a range), each deadline's chance of being met, and security FTE at the end. One seed for
// all, so a what-if's differences come from its plan, not from sampling noise.
import { phaseName } from '../../../../core/catalog'
import type { Comparison } from '../../../../core/compare'
import { fiscalYearDisplay, formatMoneyCompact } from '../../../../core/format'
import type { SimulationResult } from '../../../../core/simulation'
import { uncertaintySourcesText } from '../../../../core/uncertaintyText'
import { SERIES_COLORS } from '../../charts/palette'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'
import { chanceText, fteRangeText, moneyRangeText, phaseWhenText, pointsText } from '../../components/simulatedText'
import { Delta, ReachedDelta } from './Deltas'

interface Row {
  key: string
  label: string
  /** The figure for one scenario, or null when it has none (a fiscal year or deadline it lacks). */
  cell: (simulation: SimulationResult, currency: string) => string | null
  /** How this scenario differs from the base (only for scenarios after the first). */
  delta?: (index: number) => React.JSX.Element | null
}

export function SimulatedComparison({ comparison }: { comparison: Comparison }): React.JSX.Element {
  const { scenarios, deltas } = comparison
  const base = scenarios[0]
  const sameCurrency = (i: number) => scenarios[i].kpis.currency === base.kpis.currency
  // Each fiscal year once, named as the first scenario holding it (the base, if it does) names it; a
  // partial year says how many of its quarters that plan covers.
  const yearNames = new Map<string, string>()
  for (const s of scenarios) for (const y of s.simulation.fiscalYears) if (!yearNames.has(y.label)) yearNames.set(y.label, fiscalYearDisplay(y))
  const years = [...yearNames.keys()].sort()
  const deadlines = [...new Set(scenarios.flatMap((s) => s.simulation.deadlines.map((d) => d.name)))]
  const rows: Row[] = [
    { key: 'covers', label: 'P10–P90 band covers', cell: (s) => uncertaintySourcesText(s.sources) },
    {
      key: 'spend', label: 'Spend over the plan, P10–P90', cell: (s, currency) => moneyRangeText(s.horizon, currency),
      delta: (i) => sameCurrency(i)
        ? <Delta value={scenarios[i].simulation.horizon.p50 - base.simulation.horizon.p50}
          format={(v) => `${formatMoneyCompact(v, base.kpis.currency)} at P50`} />
        : null
    },
    ...years.map((label): Row => ({
      key: `year-${label}`, label: `${yearNames.get(label)}: chance over budget`,
      cell: (s) => {
        const year = s.fiscalYears.find((y) => y.label === label)
        return year ? chanceText(year.overrunProbability) : null
      },
      delta: (i) => {
        const year = scenarios[i].simulation.fiscalYears.find((y) => y.label === label)
        const baseYear = base.simulation.fiscalYears.find((y) => y.label === label)
        return year && baseYear ? <Delta value={year.overrunProbability - baseYear.overrunProbability} worse="up" format={pointsText} /> : null
      }
    })),
    ...base.simulation.phases.map(({ phase }, p): Row => ({
      key: `phase-${phase}`, label: `Maturity reaches ${phaseName(phase)}, simulated`,
      cell: (s) => phaseWhenText(s.phases[p]),
      delta: (i) => {
        const mine = scenarios[i].simulation.phases[p].p50
        const theirs = base.simulation.phases[p].p50
        return <ReachedDelta delta={deltas[i].simulatedPhaseP50[phase]} reached={mine !== null} baseReached={theirs !== null} />
      }
    })),
    ...deadlines.map((name): Row => ({
      key: `deadline-${name}`, label: `${name}: chance of being met`,
      cell: (s) => {
        const deadline = s.deadlines.find((d) => d.name === name)
        return deadline ? `${chanceText(deadline.metProbability)} by ${deadline.label}` : null
      },
      delta: (i) => {
        const change = deltas[i].deadlineMetProbability[name]
        return change === undefined ? null : <Delta value={change} worse="down" format={pointsText} />
      }
    })),
    {
      key: 'fte', label: 'Security FTE at the end, P10–P90',
      cell: (s) => fteRangeText(s.quarters[s.quarters.length - 1].fte)
    }
  ]

  return (
    <section className="card" data-testid="simulated-comparison" aria-labelledby="simulated-comparison-title">
      <header className="card-header">
        <div>
          <h2 id="simulated-comparison-title">Ranges and chances, simulated <ProvenanceBadge source="derived"
            title="Derived: simulated by Rampart from each plan and its uncertainty settings" /></h2>
          <p className="card-subtitle" data-testid="simulated-comparison-seed">
            Every scenario simulated with seed {comparison.seed} and {comparison.samples.toLocaleString('en-US')} samples: lines the plans
            share draw the same random numbers, so a what-if&apos;s differences come from its plan, not from noise.
          </p>
        </div>
      </header>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="simulated-comparison-title">
        <table className="table kpi-table">
          <thead>
            <tr>
              <th scope="col">Simulated</th>
              {scenarios.map((s, i) => (
                <th key={i} scope="col" className="num">
                  <span className="series-swatch" style={{ background: SERIES_COLORS[i] }} aria-hidden="true" />
                  {s.doc.name}{i === 0 && <span className="muted"> (base)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">{row.label}</th>
                {scenarios.map((s, i) => {
                  const value = row.cell(s.simulation, s.kpis.currency)
                  return (
                    <td key={i} className="num">
                      <div>{value ?? 'n/a'}</div>
                      {i > 0 && value !== null && row.delta?.(i)}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
