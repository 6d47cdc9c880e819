// Everything the views show that the engine computes at once on the UI thread (it is fast):
// the projection, its KPIs, the warnings and the risk timelines of the last valid document.
import { projectionKpis, type ProjectionKpis } from '../../../core/compare'
import { findPitfalls, type Pitfall } from '../../../core/pitfalls'
import { projectScenario, type Projection } from '../../../core/projection'
import { riskTimelines, type RiskTimeline } from '../../../core/risks'
import type { ScenarioDoc } from '../../../core/scenario'

export interface Analysis {
  doc: ScenarioDoc
  projection: Projection
  /** The same KPIs the comparison and the board pack report (all but the simulated overrun risk). */
  kpis: ProjectionKpis
  pitfalls: Pitfall[]
  risks: RiskTimeline[]
}

/**
 * `previous` lets an edit that leaves the capabilities alone keep the risk timelines (and so the
 * heat map) as they were, instead of rebuilding them.
 */
export function analyse(doc: ScenarioDoc, previous: Analysis | null = null): Analysis {
  const projection = projectScenario(doc)
  const sameRisks = previous !== null && previous.doc.capabilities === doc.capabilities && previous.doc.quarters === doc.quarters
  return {
    doc, projection, kpis: projectionKpis(projection), pitfalls: findPitfalls(doc, projection),
    risks: sameRisks ? previous.risks : riskTimelines(doc)
  }
}
