// A titled chart panel with "Show as table" (its numbers, for anyone who cannot read the canvas)
// and "Save PNG".
import { useCallback, useRef, type ReactNode } from 'react'
import type { Chart, ChartConfiguration } from 'chart.js'
import { useRampart } from '../ipc/RampartProvider'
import { useNotify } from '../session/notices'
import { chartImage, fileSafe } from './chartImage'
import { ChartDataTable, ChartTableToggle, useChartTable } from './ChartDataTable'
import { ChartView } from './ChartView'

interface ChartCardProps {
  title: string
  subtitle?: ReactNode
  config: ChartConfiguration
  /** Used in the PNG's file name. */
  scenarioName: string
  height?: 'small' | 'medium' | 'large'
  /** A height in pixels instead, for charts that grow with their rows (the tornado). */
  canvasHeight?: number
  className?: string
  testId?: string
  /** What the chart shows in words, for screen readers (the canvas itself is a picture). */
  summary?: ReactNode
  /** What the table's rows are ("Quarter" unless given). */
  categoryName?: string
}

export function ChartCard({
  title, subtitle, config, scenarioName, height = 'medium', canvasHeight, className = '', testId, summary, categoryName
}: ChartCardProps): React.JSX.Element {
  const table = useChartTable()
  const chart = useRef<Chart | null>(null)
  const rampart = useRampart()
  const notify = useNotify()
  const onChart = useCallback((c: Chart | null) => {
    chart.current = c
  }, [])
  const save = async () => {
    if (!chart.current) return
    const image = chartImage(chart.current, `${fileSafe(scenarioName)}-${fileSafe(title)}`)
    const saved = await rampart.orReport('Could not save the chart', rampart.fileSaveChartImage(image))
    if (saved && !saved.canceled) notify(`Saved ${saved.path}`, 'success')
  }
  return (
    <section className={`card chart-card chart-${height} ${className}`} data-testid={testId}>
      <header className="card-header">
        <div>
          <h2>{title}</h2>
          {subtitle && <p className="card-subtitle">{subtitle}</p>}
        </div>
        <div className="button-row chart-actions">
          <ChartTableToggle title={title} shown={table.shown} onToggle={table.toggle} controls={table.id} />
          <button type="button" className="button button-quiet button-small"
            onClick={() => void save()}
            aria-label={`Save PNG of "${title}"`}>
            Save PNG
          </button>
        </div>
      </header>
      <ChartView config={config} label={title} onChart={onChart} height={canvasHeight} />
      {table.shown && <ChartDataTable id={table.id} title={title} config={config} categoryName={categoryName} />}
      {summary && <div className="visually-hidden" data-testid={testId ? `${testId}-summary` : undefined}>{summary}</div>}
    </section>
  )
}
