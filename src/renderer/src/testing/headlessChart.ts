// A real Chart.js chart in a unit test, without a browser: Chart.js falls back to its basic platform
// off the DOM, and lays out its scales against this stand-in 2D context (text measured at 6 px a
// character, every drawing call a no-op). Enough to read the ticks and labels its axes would show.
import type { ChartConfiguration } from 'chart.js'
import { Chart } from '../charts/setup'

export function headlessChart(config: ChartConfiguration): Chart {
  const known: Record<string | symbol, unknown> = { measureText: (text: string) => ({ width: text.length * 6 }) }
  const context = new Proxy(known, {
    get: (target, key) => (key in target ? target[key] : () => undefined),
    set: () => true
  })
  const canvas = { width: 600, height: 300, style: {}, getContext: () => context }
  known.canvas = canvas
  return new Chart(canvas as unknown as HTMLCanvasElement, { ...config, options: { ...config.options, responsive: false, animation: false } })
}
