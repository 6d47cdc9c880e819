// The budget-envelope verdict on the dashboard, in words and a colour that follow from the facts:
// quarters over budget in the plan, and the simulated chance of overrunning.
import { formatRatioAsPercent } from '../../../../core/format'

/** Above this simulated chance of a quarter overrunning, the envelope is at risk even if the plan fits it. */
const OVERRUN_RISK = 0.5

/** How the plan sits in its budget envelope, in words and a colour that follow from the numbers. */
export function envelopeStatus(quartersOverBudget: number, peakOverrun: number | null): { text: string; tone: 'good' | 'warn' | 'bad' } {
  const risky = peakOverrun !== null && peakOverrun >= OVERRUN_RISK
  if (quartersOverBudget > 0) {
    return { text: `${quartersOverBudget} quarter${quartersOverBudget === 1 ? '' : 's'} over budget`, tone: risky ? 'bad' : 'warn' }
  }
  return risky
    ? { text: `within budget as planned, ${formatRatioAsPercent(peakOverrun, 0)} overrun risk`, tone: 'warn' }
    : { text: 'within budget every quarter', tone: 'good' }
}
