// Chart.js with only the pieces Rampart draws: bars, lines, filled bands, legends and tooltips.
import {
  BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController,
  LineElement, PointElement, Tooltip, type Plugin
} from 'chart.js'

/** Width of a legend key, enough to show two dashes of a dashed line. */
const LEGEND_KEY_WIDTH = 22

/** Paints the canvas white first, so a saved PNG has a background like the screen. */
const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart
    ctx.save()
    ctx.globalCompositeOperation = 'destination-over'
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.restore()
  }
}

Chart.register(
  BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineController,
  LineElement, PointElement, Tooltip, whiteBackground
)

Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
Chart.defaults.font.size = 11
Chart.defaults.color = '#475569'
Chart.defaults.borderColor = '#e2e8f0'
// Redraws follow every keystroke: no animation, so a chart is current as soon as it is drawn.
Chart.defaults.animation = false
// Every series is one value per quarter in quarter order: tell Chart.js so it skips sorting checks.
Chart.defaults.normalized = true
Chart.defaults.responsive = true
Chart.defaults.maintainAspectRatio = false
Chart.defaults.plugins.legend.labels.boxWidth = 12
Chart.defaults.plugins.legend.labels.boxHeight = 12
Chart.defaults.plugins.legend.position = 'bottom'
// Legend keys look like what they stand for: a line series as a short stroke in its own colour,
// width and dash (so a dashed budget reads as dashed), anything else as a filled box.
const datasetLabels = Chart.defaults.plugins.legend.labels.generateLabels
Chart.defaults.plugins.legend.labels.usePointStyle = true
Chart.defaults.plugins.legend.labels.pointStyleWidth = LEGEND_KEY_WIDTH
Chart.defaults.plugins.legend.labels.generateLabels = (chart) => datasetLabels(chart).map((item) => {
  const dataset = chart.data.datasets[item.datasetIndex ?? -1]
  if (!dataset) return item
  const type = dataset.type ?? (chart.config as { type?: string }).type
  if (type !== 'line') return { ...item, pointStyle: 'rect', lineWidth: 0 }
  const line = dataset as { borderColor?: unknown; borderWidth?: unknown; borderDash?: number[] }
  return {
    ...item,
    pointStyle: 'line',
    strokeStyle: typeof line.borderColor === 'string' ? line.borderColor : item.strokeStyle,
    lineWidth: Math.max(1.5, Math.min(3, typeof line.borderWidth === 'number' ? line.borderWidth : 2)),
    lineDash: line.borderDash ?? []
  }
})
// Quarter labels stay level and are thinned out rather than slanted; with the rotation fixed and
// only a sample of labels measured, an 80-quarter axis lays out in a fraction of the time.
Object.assign(Chart.defaults.scale.ticks, { minRotation: 0, maxRotation: 0, autoSkipPadding: 12, sampleSize: 12 })

export { Chart }
