// Residual AI risk before and after: each of the five risks at the start of the plan, at the end
// of the fiscal year the ask is for, and at the end of the plan.
import { riskLevel, type RiskLevel, type RiskTimeline } from '../../core'

export interface RiskPoint {
  score: number
  level: RiskLevel
}

export interface RiskChange {
  id: string
  name: string
  inherent: RiskPoint
  start: RiskPoint
  askYearEnd: RiskPoint
  planEnd: RiskPoint
}

const point = (score: number): RiskPoint => ({ score, level: riskLevel(score) })

export function riskChangesOf(risks: readonly RiskTimeline[], askYearLastQuarter: number): RiskChange[] {
  return risks.map((t) => ({
    id: t.risk.id,
    name: t.risk.name,
    inherent: point(t.inherentScore),
    start: point(t.quarters[0].score),
    askYearEnd: point(t.quarters[askYearLastQuarter].score),
    planEnd: point(t.quarters[t.quarters.length - 1].score)
  }))
}

/** The average residual score of the risks in quarter `q`. */
export function averageRiskScore(risks: readonly RiskTimeline[], q: number): number {
  return risks.reduce((sum, t) => sum + t.quarters[q].score, 0) / risks.length
}
