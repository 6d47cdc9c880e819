// The simulation's answers a board asks for, in words and numbers: what the band covers, when
// maturity reaches each phase (as a range), each deadline's chance of being met, each fiscal
// year's spend range and chance of going over budget, and per quarter the ranges of spend and of
// security FTE. Every figure here is simulated, so marked `derived`.
import { fiscalYearDisplay, formatMoneyCompact } from '../../../../core/format'
import type { SimulationResult } from '../../../../core/simulation'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'
import { bandCoversText, chanceText, deadlineChanceText, fteRangeText, moneyRangeText, phaseRangeText } from '../../components/simulatedText'

const SIMULATED = 'Derived: simulated by Rampart from the plan and its uncertainty settings'

interface SimulatedRangesCardProps {
  simulation: SimulationResult
  currency: string
}

export function SimulatedRangesCard({ simulation, currency }: SimulatedRangesCardProps): React.JSX.Element {
  const money = (v: number) => formatMoneyCompact(v, currency)
  return (
    <section className="card span-2 simulated-ranges" data-testid="simulated-ranges" aria-labelledby="simulated-ranges-title">
      <header className="card-header">
        <div>
          <h2 id="simulated-ranges-title">Ranges and chances <ProvenanceBadge source="derived" title={SIMULATED} /></h2>
          <p className="card-subtitle">
            <span data-testid="band-covers">{bandCoversText(simulation.sources)}</span>
            {' '}· {simulation.samples.toLocaleString('en-US')} samples, seed {simulation.seed}
          </p>
        </div>
      </header>
      <div className="simulated-columns">
        <div>
          <h3>When maturity reaches each phase</h3>
          <ul className="plain-list" data-testid="phase-ranges">
            {simulation.phases.map((p) => <li key={p.phase}>{phaseRangeText(p)}</li>)}
          </ul>
        </div>
        <div>
          <h3>Deadlines</h3>
          {simulation.deadlines.length === 0
            ? <p className="empty">No deadlines in this plan.</p>
            : (
              <ul className="plain-list" data-testid="deadline-chances">
                {simulation.deadlines.map((d) => <li key={d.name}>{deadlineChanceText(d)}</li>)}
              </ul>
            )}
        </div>
      </div>

      <h3 id="fiscal-year-ranges-title">Fiscal years</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="fiscal-year-ranges-title">
        <table className="table table-compact" data-testid="fiscal-year-ranges">
          <thead>
            <tr>
              <th scope="col">Fiscal year</th><th scope="col" className="num">Spend P10</th><th scope="col" className="num">P50</th>
              <th scope="col" className="num">P90</th><th scope="col" className="num">Budget</th>
              <th scope="col" className="num">Chance over budget</th>
            </tr>
          </thead>
          <tbody>
            {simulation.fiscalYears.map((y) => (
              <tr key={y.label}>
                <th scope="row">{fiscalYearDisplay(y)}</th>
                <td className="num">{money(y.p10)}</td><td className="num">{money(y.p50)}</td><td className="num">{money(y.p90)}</td>
                <td className="num">{money(y.budget)}</td>
                <td className={`num ${y.overrunProbability >= 0.5 ? 'text-bad' : ''}`}>{chanceText(y.overrunProbability)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="quarter-ranges-title">By quarter</h3>
      <div className="table-scroll table-scroll-tall" tabIndex={0} role="region" aria-labelledby="quarter-ranges-title">
        <table className="table table-compact" data-testid="quarter-ranges">
          <thead>
            <tr>
              <th scope="col">Quarter</th><th scope="col" className="num">Spend P10–P90</th><th scope="col" className="num">Spend P50</th>
              <th scope="col" className="num">Security FTE P10–P90</th><th scope="col" className="num">FTE P50</th>
              <th scope="col" className="num">Chance over budget</th>
            </tr>
          </thead>
          <tbody>
            {simulation.quarters.map((q) => (
              <tr key={q.label}>
                <th scope="row">{q.label}</th>
                <td className="num">{moneyRangeText(q, currency)}</td><td className="num">{money(q.p50)}</td>
                <td className="num">{fteRangeText(q.fte)}</td><td className="num">{q.fte.p50}</td>
                <td className="num">{chanceText(q.overrunProbability)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
