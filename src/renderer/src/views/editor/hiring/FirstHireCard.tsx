// The blueprint's four profiles for the first security hire side by side; choosing one makes it
// the earliest hire of the plan.
import { useMemo } from 'react'
import { ROLE_BY_ID } from '../../../../../core/catalog'
import { formatMoneyCompact } from '../../../../../core/format'
import { firstHireOptions } from '../../../../../core/hiring'
import type { Hire } from '../../../../../core/scenario'
import { ProvenanceBadge } from '../../../components/ProvenanceBadge'
import { useWorkspace } from '../../../session/workspace'

export function FirstHireCard({ currency }: { currency: string }): React.JSX.Element {
  const { edit } = useWorkspace()
  const profiles = useMemo(() => firstHireOptions(), [])
  const makeFirstHire = (role: string) => edit('hires:first', (d) => {
    const profile = ROLE_BY_ID.get(role)!
    const list = d.hires ?? []
    const first = list.reduce((best, h, i) => (best === -1 || h.quarter < list[best].quarter ? i : best), -1)
    const hire: Hire = { role, count: 1, quarter: 0, annualCost: profile.annualCost }
    return { ...d, hires: first === -1 ? [hire] : list.map((h, i) => (i === first ? { ...h, role, annualCost: profile.annualCost } : h)) }
  })

  return (
    <section className="card">
      <header className="card-header">
        <div>
          <h2>The first security hire</h2>
          <p className="card-subtitle">The blueprint's four profiles; it recommends a senior security engineer with AI experience</p>
        </div>
      </header>
      <div className="profiles">
        {profiles.map((p) => (
          <article key={p.role} className={`profile ${p.recommended ? 'profile-recommended' : ''}`}>
            <h3>{p.name}</h3>
            {p.recommended && <span className="chip chip-good">Recommended</span>}
            <div className="profile-cost">{formatMoneyCompact(p.annualCost, currency)} / year <ProvenanceBadge source="illustrative" /></div>
            <dl>
              <dt>Strengths</dt><dd>{p.strengths}</dd>
              <dt>Gaps</dt><dd>{p.gaps}</dd>
            </dl>
            <button type="button" className="button button-small" onClick={() => makeFirstHire(p.role)}>Make first hire</button>
          </article>
        ))}
      </div>
    </section>
  )
}
