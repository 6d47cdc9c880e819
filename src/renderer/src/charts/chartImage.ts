// A chart as the PNG that main's native save dialog writes (file/saveChartImage).
import type { Chart } from 'chart.js'

const PNG_PREFIX = 'data:image/png;base64,'

export function chartImage(chart: Chart, suggestedName: string): { suggestedName: string; pngBase64: string } {
  const dataUrl = chart.toBase64Image('image/png', 1)
  return {
    suggestedName: suggestedName.endsWith('.png') ? suggestedName : `${suggestedName}.png`,
    pngBase64: dataUrl.startsWith(PNG_PREFIX) ? dataUrl.slice(PNG_PREFIX.length) : dataUrl
  }
}

export function fileSafe(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'chart'
}
