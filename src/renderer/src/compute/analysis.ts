// Everything the views show that the engine computes at once on the UI thread (it is fast):
// the projection, the warnings and the risk timelines of the last valid document.
import { findPitfalls, type Pitfall } from '../../../core/pitfalls'
import { projectScenario, type Projection } from '../../../core/projection'
import { riskTimelines, type RiskTimeline } from '../../../core/risks'
import type { ScenarioDoc } from '../../../core/scenario'

export interface Analysis {
  doc: ScenarioDoc
  projection: Projection
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
  return { doc, projection, pitfalls: findPitfalls(doc, projection), risks: sameRisks ? previous.risks : riskTimelines(doc) }
}

export interface Totals {
  spend: number
  budget: number
  revenue: number
  quartersOverBudget: number
  peakGap: number
}

export function totalsOf(projection: Projection): Totals {
  let spend = 0
  let budget = 0
  let revenue = 0
  let quartersOverBudget = 0
  let peakGap = 0
  for (const q of projection.quarters) {
    spend += q.total
    budget += q.budget
    revenue += q.revenue
    if (q.total > q.budget) quartersOverBudget += 1
    peakGap = Math.max(peakGap, q.maturityGap)
  }
  return { spend, budget, revenue, quartersOverBudget, peakGap }
}
