// The plan's benchmarks by fiscal year, each beside the cited peer figures it is read against:
// the engine's per-year figures (derived) and the catalog's surveys and guidance (reference),
// paired by the one table in core that the CLI and the board pack use too.
import { BUDGET_BAND, peerFigures } from '../../../../core/catalog'
import { FISCAL_YEAR_BENCHMARK_ROWS, benchmarkValueText, peerBasisPrefix, peerValueText } from '../../../../core/fiscalYearBenchmarks'
import type { Projection } from '../../../../core/projection'
import { FiscalYearHeading } from '../../components/FiscalYearHeading'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'

export function BenchmarksCard({ projection }: { projection: Projection }): React.JSX.Element {
  const years = projection.fiscalYears
  return (
    <section className="card span-2" data-testid="benchmarks-card" aria-labelledby="benchmarks-card-title">
      <header className="card-header">
        <div>
          <h2 id="benchmarks-card-title">Benchmarks by fiscal year</h2>
          <p className="card-subtitle">
            <ProvenanceBadge source="derived" /> the plan, each fiscal year (spend per employee annualised for a partial year; FTE at the
            year&apos;s last quarter); <ProvenanceBadge source="reference" /> the cited peer figures. The blueprint&apos;s target for AI
            companies is {BUDGET_BAND.min}–{BUDGET_BAND.max}% of revenue, well above cross-industry averages.
          </p>
        </div>
      </header>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Benchmarks by fiscal year, scrollable">
        <table className="table table-compact benchmarks-table">
          <caption className="visually-hidden">The plan&apos;s benchmarks by fiscal year beside the cited peer figures</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {years.map((y) => <th key={y.year} scope="col" className="num fiscal-year-heading"><FiscalYearHeading year={y} /></th>)}
              <th scope="col">Peer figures</th>
            </tr>
          </thead>
          <tbody>
            {FISCAL_YEAR_BENCHMARK_ROWS.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {years.map((y) => <td key={y.year} className="num">{benchmarkValueText(row, y.benchmarks, projection.currency)}</td>)}
                <td className="benchmarks-peers">
                  <ul className="plain-list">
                    {peerFigures(row.metric).map((b) => (
                      <li key={b.id} data-benchmark={b.id}>
                        <ProvenanceBadge source={b.provenance} /> {peerBasisPrefix(b)}<strong>{peerValueText(b)}</strong>: {b.label} ({b.source}, {b.year})
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
