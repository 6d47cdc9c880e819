import type { ReactNode } from 'react'

interface KpiTileProps {
  label: string
  value: ReactNode
  detail?: ReactNode
  tone?: 'neutral' | 'good' | 'warn' | 'bad'
  testId?: string
}

export function KpiTile({ label, value, detail, tone = 'neutral', testId }: KpiTileProps): React.JSX.Element {
  return (
    <div className={`kpi kpi-${tone}`} data-testid={testId}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{value}</div>
      {detail && <div className="kpi-detail">{detail}</div>}
    </div>
  )
}
