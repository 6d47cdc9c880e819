// A Chart.js canvas that follows its configuration: created once, then updated in place, so a
// redraw after an edit costs one update, not a new chart.
import { useEffect, useLayoutEffect, useRef } from 'react'
import type { ChartConfiguration } from 'chart.js'
import { Chart } from './setup'

interface ChartViewProps {
  config: ChartConfiguration
  /** What the chart shows, for screen readers. */
  label: string
  onChart?: (chart: Chart | null) => void
}

export function ChartView({ config, label, onChart }: ChartViewProps): React.JSX.Element {
  const canvas = useRef<HTMLCanvasElement>(null)
  const chart = useRef<Chart | null>(null)

  useLayoutEffect(() => {
    if (!canvas.current) return
    if (!chart.current || (chart.current.config as { type?: string }).type !== config.type) {
      chart.current?.destroy()
      chart.current = new Chart(canvas.current, config)
      onChart?.(chart.current)
    } else {
      chart.current.data = config.data
      chart.current.options = config.options ?? {}
      chart.current.update('none')
    }
    // The benchmark reads when each chart last finished drawing.
    canvas.current.dataset.drawnAt = String(performance.now())
  }, [config, onChart])

  useEffect(() => () => {
    chart.current?.destroy()
    chart.current = null
    onChart?.(null)
  }, [onChart])

  return (
    <div className="chart-canvas">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  )
}
