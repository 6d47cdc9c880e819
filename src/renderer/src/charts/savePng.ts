// Saves a chart as a PNG through main's native save dialog (file/saveChartImage).
import type { Chart } from 'chart.js'
import type { IpcResult, Chosen } from '../../../shared/ipc'

const PNG_PREFIX = 'data:image/png;base64,'

export function savePng(chart: Chart, suggestedName: string): Promise<IpcResult<Chosen<{ path: string }>>> {
  const dataUrl = chart.toBase64Image('image/png', 1)
  return window.rampart.fileSaveChartImage({
    suggestedName: suggestedName.endsWith('.png') ? suggestedName : `${suggestedName}.png`,
    pngBase64: dataUrl.startsWith(PNG_PREFIX) ? dataUrl.slice(PNG_PREFIX.length) : dataUrl
  })
}

export function fileSafe(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'chart'
}
