// The AI risk register over time: residual risk falls as the capabilities that mitigate a risk
// land. Scores are likelihood (1-3) x impact (1-4); a fully mitigated risk keeps a quarter of its
// inherent score, because controls reduce risk, they do not remove it.
import { IMPACTS, LIKELIHOODS, RISKS, type Impact, type Likelihood, type Risk } from './catalog'
import type { ScenarioDoc } from './scenario'

export const MITIGATION_EFFECT = 0.75

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical'

export interface RiskQuarter {
  quarter: number
  mitigationsInPlace: number
  score: number
  level: RiskLevel
}

export interface RiskTimeline {
  risk: Risk
  inherentScore: number
  inherentLevel: RiskLevel
  quarters: RiskQuarter[]
}

function riskScore(likelihood: Likelihood, impact: Impact): number {
  return (LIKELIHOODS.indexOf(likelihood) + 1) * (IMPACTS.indexOf(impact) + 1)
}

export function riskLevel(score: number): RiskLevel {
  if (score >= 9) return 'critical'
  if (score >= 6) return 'high'
  if (score >= 3) return 'medium'
  return 'low'
}

export function riskTimelines(doc: ScenarioDoc): RiskTimeline[] {
  const planned = new Map((doc.capabilities ?? []).map((c) => [c.id, c.quarter]))
  return RISKS.map((risk) => {
    const inherentScore = riskScore(risk.likelihood, risk.impact)
    const quarters = Array.from({ length: doc.quarters }, (_, q) => {
      const mitigationsInPlace = risk.mitigatedBy.filter((id) => (planned.get(id) ?? Infinity) <= q).length
      const share = mitigationsInPlace / risk.mitigatedBy.length
      const score = inherentScore * (1 - MITIGATION_EFFECT * share)
      return { quarter: q, mitigationsInPlace, score, level: riskLevel(score) }
    })
    return { risk, inherentScore, inherentLevel: riskLevel(inherentScore), quarters }
  })
}
