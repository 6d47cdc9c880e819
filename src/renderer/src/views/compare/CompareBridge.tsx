// Each what-if's bridge from the base's total spend over the plan: people timing, people pay,
// recruiting fees, tools and programs, which add up to the difference (src/core/bridge.ts, the
// same bridge the board pack prints).
import { bridgesFromFirst } from '../../../../core/bridge'
import type { Comparison } from '../../../../core/compare'
import { formatMoneyCompact, signedMoney } from '../../../../core/format'

const PARTS = [
  { key: 'peopleTiming', header: 'People: timing', title: 'More or fewer person-years in post, priced at the base\'s cost per person-year' },
  { key: 'peoplePay', header: 'People: pay', title: 'A different cost per person-year, over the what-if\'s person-years' },
  { key: 'fees', header: 'Recruiting fees', title: 'One-off fees in each hire\'s start quarter' },
  { key: 'tools', header: 'Tools', title: 'Tools and services' },
  { key: 'programs', header: 'Programs', title: 'Programs and one-off engagements' }
] as const

export function CompareBridge({ comparison }: { comparison: Comparison }): React.JSX.Element | null {
  const [base, ...whatIfs] = comparison.scenarios
  if (!base || whatIfs.length === 0) return null
  const bridges = bridgesFromFirst(comparison.scenarios.map((s) => s.projection))
  const currency = base.projection.currency
  return (
    <section className="card" data-testid="compare-bridge" aria-labelledby="compare-bridge-title">
      <header className="card-header">
        <div>
          <h2 id="compare-bridge-title">Bridge from the base</h2>
          <p className="card-subtitle">
            Where each what-if&apos;s total spend over its plan differs from {base.doc.name}&apos;s ({formatMoneyCompact(base.kpis.totalSpend, currency)}):
            the parts add up to the difference; over the base is +
          </p>
        </div>
      </header>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Bridge, part by part">
        <table className="table table-compact bridge-table">
          <caption className="visually-hidden">Bridge from {base.doc.name}&apos;s total spend to each what-if&apos;s</caption>
          <thead>
            <tr>
              <th scope="col">What-if</th>
              <th scope="col" className="num">Total spend</th>
              <th scope="col" className="num">Difference</th>
              {PARTS.map((p) => <th key={p.key} scope="col" className="num" title={p.title}>{p.header}</th>)}
              <th scope="col" className="num">Person-years</th>
            </tr>
          </thead>
          <tbody>
            {whatIfs.map((s, i) => {
              const bridge = bridges[i + 1]
              return (
                <tr key={i}>
                  <th scope="row">{s.doc.name}</th>
                  {bridge === null
                    ? <td colSpan={PARTS.length + 3}>In {s.projection.currency}: no difference in money without an exchange rate</td>
                    : (
                      <>
                        <td className="num">{formatMoneyCompact(bridge.total, currency)}</td>
                        <td className="num">{signedMoney(bridge.difference, currency)}</td>
                        {PARTS.map((p) => <td key={p.key} className="num">{signedMoney(bridge[p.key], currency)}</td>)}
                        <td className="num">{personYears(bridge.personYears.scenario)} <span className="muted">(base {personYears(bridge.personYears.base)})</span></td>
                      </>
                    )}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function personYears(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 })
}
