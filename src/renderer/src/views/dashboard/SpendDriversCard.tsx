// The tornado: the inputs that swing the headroom (budget − total) the most, each moved to a low and
// a high setting, with the same figures in words for screen readers. Shows progress or the failure until ready.
import { useMemo } from 'react'
import type { SensitivityResult } from '../../../../core/sensitivity'
import { ChartCard } from '../../charts/ChartCard'
import { signedMoney } from '../../../../core/format'
import { tornadoConfig, TORNADO_DRIVERS, tornadoHeight } from '../../charts/configs'

interface SpendDriversCardProps {
  sensitivity: SensitivityResult | null
  currency: string
  scenarioName: string
  /** Why the sensitivity analysis failed, if it did. */
  failure: string | null
}

export function SpendDriversCard({ sensitivity, currency, scenarioName, failure }: SpendDriversCardProps): React.JSX.Element {
  const tornado = useMemo(() => (sensitivity ? tornadoConfig(sensitivity, currency) : null), [sensitivity, currency])
  if (!tornado || !sensitivity) {
    return (
      <section className="card chart-card chart-medium">
        <header className="card-header"><h2>What drives total spend</h2></header>
        <p className="empty">{failure ? `The sensitivity analysis failed: ${failure}` : 'Running the sensitivity analysis…'}</p>
      </section>
    )
  }
  const shown = Math.min(TORNADO_DRIVERS, sensitivity.drivers.length)
  const change = (headroom: number) => `headroom ${signedMoney(headroom, currency)}`
  return (
    <ChartCard title="What drives total spend" scenarioName={scenarioName} config={tornado} testId="chart-tornado" categoryName="Driver"
      canvasHeight={tornadoHeight(shown)}
      summary={<ul>{sensitivity.drivers.slice(0, TORNADO_DRIVERS).map((d) => (
        <li key={d.id}>{d.label}: at {d.lowSetting} {change(d.lowHeadroomChange)}; at {d.highSetting} {change(d.highHeadroomChange)}</li>
      ))}</ul>}
      subtitle={<>Top {shown} inputs by swing in headroom (budget − total) over the plan.
        Each is moved to a low and a high setting (named under it) with everything else as planned; spending more lowers the headroom, revenue moves the budget.</>} />
  )
}
