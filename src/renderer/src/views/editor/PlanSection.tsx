// The plan's frame (name, start, horizon, currency), the phase thresholds, and the headcount and
// revenue milestones (kept in quarter order) with small live charts of the curves they make.
import { memo, useCallback, useMemo } from 'react'
import { DEFAULT_PHASE_THRESHOLDS, PHASES, type ThresholdPhaseId } from '../../../../core/catalog'
import { DEFAULT_SCENARIO } from '../../../../core/defaultScenario'
import { MAX_QUARTERS } from '../../../../core/limits'
import { isShippedRevenue } from '../../../../core/planTemplates'
import type { Milestone, ScenarioDoc } from '../../../../core/scenario'
import { ChartCard } from '../../charts/ChartCard'
import { growthCurveConfig } from '../../charts/configs'
import { NumberField, QuarterField, SelectField, TextField } from '../../components/fields'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'
import { useNavigation } from '../../session/navigation'
import { useNotify } from '../../session/notices'
import { useWorkspace } from '../../session/workspace'
import { rowErrors, useQuarterOptions, withoutIndex } from './editorShared'
import { quarterOrder, sortMilestones } from './milestoneOrder'

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'SGD', 'INR', 'SEK']

export function PlanSection(): React.JSX.Element | null {
  const { doc, errors, setField, edit, analysis } = useWorkspace()
  const { focusField } = useNavigation()
  const notify = useNotify()
  const projection = analysis?.projection ?? null
  const headcountChart = useMemo(() => (projection ? growthCurveConfig(projection, 'headcount') : null), [projection])
  const revenueChart = useMemo(() => (projection ? growthCurveConfig(projection, 'revenue') : null), [projection])
  const fallbackStart = analysis?.doc.start ?? '2026-Q1'
  const options = useQuarterOptions(doc ?? DEFAULT_SCENARIO, fallbackStart)
  const removeMilestone = useCallback((series: 'headcount' | 'revenue', index: number) =>
    edit(`${series}:remove`, (d) => ({ ...d, [series]: withoutIndex(d[series], index) })), [edit])
  /** A milestone moved to another quarter takes its place in quarter order, and keeps the focus. */
  const moveMilestone = useCallback((series: 'headcount' | 'revenue', index: number, quarter: number | undefined) => {
    if (quarter === undefined || !doc) return
    const moved = sortMilestones(doc[series].map((m, i) => (i === index ? { ...m, quarter } : m)), index)
    edit(`${series}[${index}].quarter`, (d) => ({ ...d, [series]: moved.list }))
    if (moved.index !== index) focusField(`${series}[${moved.index}].quarter`)
  }, [doc, edit, focusField])
  if (!doc) return null
  const currency = doc.currency ?? 'USD'
  const currencies = CURRENCIES.includes(currency) ? CURRENCIES : [currency, ...CURRENCIES]
  const thresholds = doc.phaseThresholds ?? DEFAULT_PHASE_THRESHOLDS
  const revenueIsIllustrative = isShippedRevenue(doc.revenue)

  const addMilestone = (series: 'headcount' | 'revenue') => edit(`${series}:add`, (d) => {
    const used = new Set(d[series].map((m) => m.quarter))
    let quarter = d.quarters - 1
    while (used.has(quarter) && quarter > 0) quarter--
    const last = d[series][d[series].length - 1]
    return { ...d, [series]: sortMilestones([...d[series], { quarter, value: last?.value ?? 0 }], d[series].length).list }
  })
  const changeCurrency = (path: string, value: unknown) => {
    setField(path, value)
    if (value !== currency) {
      notify(`Amounts are now labelled ${String(value)}; they were not converted from ${currency}. Change them if the plan's money is in another currency.`, 'info')
    }
  }

  return (
    <div className="editor-section">
      <section className="card" data-field="name">
        <header className="card-header"><h2>The plan</h2></header>
        <div className="form-grid form-grid-5">
          <TextField label="Scenario name" path="name" value={doc.name} onChange={setField} error={errors.get('name')} className="span-2" />
          <TextField label="First quarter" path="start" value={doc.start} onChange={setField} error={errors.get('start')} placeholder="2027-Q1" />
          <NumberField label="Quarters" path="quarters" value={doc.quarters} onChange={setField} error={errors.get('quarters')} min={1}
            hint={`1 to ${MAX_QUARTERS}`} />
          <SelectField label="Currency" path="currency" value={currency} onChange={changeCurrency} error={errors.get('currency')}
            options={currencies.map((c) => ({ value: c, label: c }))} hint="Relabels amounts; does not convert them" />
        </div>
      </section>

      <div className="grid-2">
        <MilestoneTable title="Headcount milestones" series="headcount" doc={doc} errors={errors} options={options}
          onChange={setField} onMove={moveMilestone} onAdd={addMilestone} onRemove={removeMilestone} valueLabel="Employees" />
        <MilestoneTable title="Revenue milestones" series="revenue" doc={doc} errors={errors} options={options}
          onChange={setField} onMove={moveMilestone} onAdd={addMilestone} onRemove={removeMilestone} valueLabel={`Annual run-rate (${currency})`}
          badge={revenueIsIllustrative ? <ProvenanceBadge source="illustrative" /> : undefined} step={100000} currency={currency} />
      </div>

      {headcountChart && revenueChart && (
        <div className="grid-2" data-testid="growth-curves">
          <ChartCard title="Headcount curve" subtitle="Interpolated between milestones; flat outside them"
            config={headcountChart} scenarioName={doc.name} height="small" testId="chart-headcount-curve" />
          <ChartCard title="Revenue curve" subtitle="Interpolated between milestones; flat outside them"
            config={revenueChart} scenarioName={doc.name} height="small" testId="chart-revenue-curve" />
        </div>
      )}

      <section className="card" data-field="phaseThresholds">
        <header className="card-header">
          <div>
            <h2>Phase thresholds</h2>
            <p className="card-subtitle">Employees at which the organisation enters each phase (blueprint defaults)</p>
          </div>
        </header>
        <div className="form-grid form-grid-4">
          {PHASES.slice(1).map((phase) => {
            const id = phase.id as ThresholdPhaseId
            return (
              <NumberField key={id} label={phase.name} path={`phaseThresholds.${id}`} value={thresholds[id]}
                error={errors.get(`phaseThresholds.${id}`)}
                onChange={(_, value) => edit(`phaseThresholds.${id}`, (d) => ({
                  ...d, phaseThresholds: { ...(d.phaseThresholds ?? DEFAULT_PHASE_THRESHOLDS), [id]: value as number }
                }))} suffix="employees" />
            )
          })}
        </div>
      </section>
    </div>
  )
}

interface MilestoneTableProps {
  title: string
  series: 'headcount' | 'revenue'
  doc: ScenarioDoc
  errors: ReadonlyMap<string, string>
  options: { value: string; label: string }[]
  onChange: (path: string, value: unknown) => void
  onMove: (series: 'headcount' | 'revenue', index: number, quarter: number | undefined) => void
  onAdd: (series: 'headcount' | 'revenue') => void
  onRemove: (series: 'headcount' | 'revenue', index: number) => void
  valueLabel: string
  badge?: React.ReactNode
  step?: number
  /** Milestones in money show the amount formatted under each box. */
  currency?: string
}

function MilestoneTable({ title, series, doc, errors, options, onChange, onMove, onAdd, onRemove, valueLabel, badge, step, currency }: MilestoneTableProps): React.JSX.Element {
  return (
    <section className="card" data-field={series} tabIndex={-1}>
      <header className="card-header">
        <h2>{title} {badge}</h2>
        <button type="button" className="button button-small" onClick={() => onAdd(series)}>Add milestone</button>
      </header>
      {errors.get(series) && <p className="field-error">{errors.get(series)}</p>}
      <table className="table table-fixed">
        <thead><tr><th className="col-quarter">Quarter</th><th>{valueLabel}</th><th className="col-remove"><span className="visually-hidden">Remove</span></th></tr></thead>
        <tbody>
          {quarterOrder(doc[series]).map((i, position) => (
            <MilestoneRow key={i} series={series} index={i} position={position} milestone={doc[series][i]} options={options}
              onChange={onChange} onMove={onMove} errors={rowErrors(errors, `${series}[${i}]`)} onRemove={onRemove}
              valueLabel={valueLabel} removable={doc[series].length > 1} step={step} currency={currency} />
          ))}
        </tbody>
      </table>
    </section>
  )
}

interface MilestoneRowProps {
  series: 'headcount' | 'revenue'
  index: number
  /** Where the row shows, in quarter order (a file saved out of order shows in order too). */
  position: number
  milestone: Milestone
  options: { value: string; label: string }[]
  onChange: (path: string, value: unknown) => void
  onMove: (series: 'headcount' | 'revenue', index: number, quarter: number | undefined) => void
  errors: Readonly<Record<string, string>>
  onRemove: (series: 'headcount' | 'revenue', index: number) => void
  valueLabel: string
  removable: boolean
  step?: number
  currency?: string
}

const MilestoneRow = memo(function MilestoneRow({ series, index, position, milestone, options, onChange, onMove, errors, onRemove, valueLabel, removable, step, currency }: MilestoneRowProps) {
  const path = `${series}[${index}]`
  // Both milestone tables sit on one tab, so every name says which series it belongs to.
  const name = `${series === 'headcount' ? 'Headcount' : 'Revenue'} milestone ${position + 1}`
  return (
    <tr>
      <td><QuarterField compact label={`${name} quarter`} path={`${path}.quarter`} value={milestone.quarter}
        options={options} onChange={(_, quarter) => onMove(series, index, quarter)} error={errors.quarter} /></td>
      <td><NumberField compact label={`${name}: ${valueLabel}`} path={`${path}.value`} value={milestone.value}
        onChange={onChange} error={errors.value} min={0} step={step} currency={currency} /></td>
      <td className="cell-actions">
        <button type="button" className="icon-button" onClick={() => onRemove(series, index)} disabled={!removable}
          aria-label={`Remove ${name.toLowerCase()}`}>✕</button>
      </td>
    </tr>
  )
})
