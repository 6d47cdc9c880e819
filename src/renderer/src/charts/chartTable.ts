// A chart's numbers as a table, for a reader who cannot see the canvas (or wants the figures): one
// row per category (quarter, driver), one column per series, each value written the way the
// chart's own value axis writes it ("$1.2M", "Growth", "45%").
import type { ChartConfiguration } from 'chart.js'

export interface ChartTable {
  /** The category axis's name ("Quarter", "Driver") and then each series's. */
  columns: string[]
  rows: { label: string; cells: string[] }[]
}

type TickCallback = (value: number, index: number, ticks: unknown[]) => string | string[] | number | null | undefined
type Scales = Record<string, { ticks?: { callback?: TickCallback } } | undefined>

/** A floating bar ([from, to], as the tornado draws a change) counts by its length. */
function valueOf(point: unknown): number | null {
  if (typeof point === 'number') return point
  if (Array.isArray(point) && point.length === 2 && typeof point[0] === 'number' && typeof point[1] === 'number') return point[1] - point[0]
  return null
}

export function chartTable(config: ChartConfiguration, categoryName = 'Quarter'): ChartTable {
  const options = (config.options ?? {}) as { indexAxis?: 'x' | 'y'; scales?: Scales }
  const valueAxis = options.indexAxis === 'y' ? 'x' : 'y'
  const scales = options.scales ?? {}
  const datasets = config.data.datasets
  const formatters = datasets.map((d) => {
    const axis = (d as { yAxisID?: string; xAxisID?: string })[valueAxis === 'y' ? 'yAxisID' : 'xAxisID'] ?? valueAxis
    const callback = scales[axis]?.ticks?.callback
    return (value: number): string => {
      const text = callback ? callback(value, 0, []) : null
      if (text === null || text === undefined || text === '') return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
      return Array.isArray(text) ? text.join(' ') : String(text)
    }
  })
  const labels = (config.data.labels ?? []) as (string | string[])[]
  return {
    columns: [categoryName, ...datasets.map((d, i) => d.label ?? `Series ${i + 1}`)],
    rows: labels.map((label, i) => ({
      label: Array.isArray(label) ? label.join(' ') : String(label),
      cells: datasets.map((d, j) => {
        const value = valueOf((d.data as unknown[])[i])
        return value === null ? '–' : formatters[j](value)
      })
    }))
  }
}
