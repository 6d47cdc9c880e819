// The AI risk register over the plan: each risk's level before any capability lands, quarter by
// quarter as its mitigations are put in place, and at the end of the plan.
import { memo } from 'react'
import type { RiskLevel, RiskTimeline } from '../../../../core/risks'
import { safeLabel } from '../../components/fields'

const LEVELS: RiskLevel[] = ['low', 'medium', 'high', 'critical']

export const RiskHeatMap = memo(function RiskHeatMap({ risks, start }: { risks: readonly RiskTimeline[]; start: string }): React.JSX.Element {
  const quarters = risks[0]?.quarters.length ?? 0
  // Years are marked at their first quarter; long plans mark every second or fifth year.
  const yearEvery = quarters <= 40 ? 1 : quarters <= 60 ? 2 : 5
  return (
    <div className="heatmap-wrap">
      <div className="heatmap" role="table" aria-label="Risk level before, by quarter, and after the plan"
        style={{
          gridTemplateColumns: `minmax(180px, 1.6fr) 68px repeat(${quarters}, minmax(0, 1fr)) 68px`,
          // Long plans need every pixel for their quarters; the cells touch instead.
          columnGap: quarters <= 40 ? '2px' : '0'
        }}>
        <div role="row" className="heatmap-row heatmap-header">
          <div role="columnheader">Risk</div>
          <div role="columnheader" className="heatmap-edge">Before</div>
          {Array.from({ length: quarters }, (_, q) => {
            // A quarter without a year mark has no text to head its column with; its cells say
            // their quarter in full, so it is a plain cell rather than an empty column header.
            const tick = yearTick(start, q, yearEvery)
            return tick
              ? <div role="columnheader" key={q} className="heatmap-tick" aria-label={safeLabel(start, q)}>{tick}</div>
              : <div role="cell" key={q} className="heatmap-tick" />
          })}
          <div role="columnheader" className="heatmap-edge">After</div>
        </div>
        {risks.map((r) => {
          const end = r.quarters[r.quarters.length - 1]
          const before = `${r.risk.name}: before mitigation ${r.inherentLevel} (score ${r.inherentScore})`
          const after = `${r.risk.name}: at the end of the plan ${end?.level ?? r.inherentLevel} (score ${end?.score.toFixed(1) ?? r.inherentScore})`
          return (
            <div role="row" key={r.risk.id} className="heatmap-row">
              <div role="rowheader" className="heatmap-risk" title={r.risk.name}>{r.risk.name}</div>
              <div role="cell" className={`heat heat-${r.inherentLevel} heatmap-edge`} title={before} aria-label={before}>
                {r.inherentLevel}
              </div>
              {r.quarters.map((q) => {
                // Screen readers get the same words as the tooltip; the colour alone says nothing to them.
                const text = `${r.risk.name}, ${safeLabel(start, q.quarter)}: ${q.level} (score ${q.score.toFixed(1)}, ${q.mitigationsInPlace} of ${r.risk.mitigatedBy.length} mitigations in place)`
                return <div role="cell" key={q.quarter} className={`heat heat-${q.level}`} title={text} aria-label={text} />
              })}
              <div role="cell" className={`heat heat-${end?.level ?? r.inherentLevel} heatmap-edge`} title={after} aria-label={after}>
                {end?.level}
              </div>
            </div>
          )
        })}
      </div>
      <div className="heat-legend" aria-hidden="true">
        {LEVELS.map((l) => <span key={l}><i className={`heat heat-${l}`} />{l}</span>)}
        <span className="muted">Score = likelihood × impact; each mitigation in place lowers it (reference register).</span>
      </div>
    </div>
  )
})

function yearTick(start: string, q: number, every: number): string {
  const label = safeLabel(start, q)
  const year = Number(label.slice(0, 4))
  return label.endsWith('Q1') && year % every === 0 ? String(year) : ''
}
