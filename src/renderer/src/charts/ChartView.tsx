// A Chart.js canvas that follows its configuration: created once, then updated in place, so a
// redraw after an edit costs one update, not a new chart. A chart scrolled out of view updates
// when the browser is next idle (or as soon as it scrolls back in), so an edit redraws what the
// user is looking at first.
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'
import type { ChartConfiguration } from 'chart.js'
import { Chart } from './setup'

interface ChartViewProps {
  config: ChartConfiguration
  /** What the chart shows, for screen readers. */
  label: string
  onChart?: (chart: Chart | null) => void
  /** Pixels; without it the card's size class sets the height. */
  height?: number
}

/** Longest an out-of-view chart waits for an idle moment before it updates anyway. */
const OFFSCREEN_UPDATE_TIMEOUT_MS = 250

export function ChartView({ config, label, onChart, height }: ChartViewProps): React.JSX.Element {
  const canvas = useRef<HTMLCanvasElement>(null)
  const chart = useRef<Chart | null>(null)
  const inView = useRef(true)
  const pending = useRef<ChartConfiguration | null>(null)
  const idleHandle = useRef<number | null>(null)

  // Both read only refs, so they stay the same functions for the effects below.
  const draw = useCallback((next: ChartConfiguration) => {
    pending.current = null
    if (!chart.current || !canvas.current) return
    chart.current.data = next.data
    chart.current.options = next.options ?? {}
    chart.current.update('none')
    // The benchmark reads when each chart last finished drawing.
    canvas.current.dataset.drawnAt = String(performance.now())
  }, [])
  const drawPending = useCallback(() => {
    if (idleHandle.current !== null) window.cancelIdleCallback(idleHandle.current)
    idleHandle.current = null
    if (pending.current) draw(pending.current)
  }, [draw])

  useLayoutEffect(() => {
    if (!canvas.current) return
    if (!chart.current || (chart.current.config as { type?: string }).type !== config.type) {
      chart.current?.destroy()
      chart.current = new Chart(canvas.current, config)
      canvas.current.dataset.drawnAt = String(performance.now())
      onChart?.(chart.current)
    } else if (inView.current) {
      draw(config)
    } else {
      pending.current = config
      idleHandle.current ??= window.requestIdleCallback(drawPending, { timeout: OFFSCREEN_UPDATE_TIMEOUT_MS })
    }
  }, [config, onChart, draw, drawPending])

  useEffect(() => {
    const element = canvas.current
    if (!element) return
    const observer = new IntersectionObserver(([entry]) => {
      inView.current = entry.isIntersecting
      if (entry.isIntersecting) drawPending()
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [drawPending])

  useEffect(() => () => {
    if (idleHandle.current !== null) window.cancelIdleCallback(idleHandle.current)
    chart.current?.destroy()
    chart.current = null
    onChart?.(null)
  }, [onChart])

  return (
    <div className="chart-canvas" style={height === undefined ? undefined : { height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  )
}
