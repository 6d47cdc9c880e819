// Tools with their annual cost range and the point the plan uses; the range is the uncertainty
// the simulation samples from.
import { memo, useCallback } from 'react'
import { TOOL_BY_ID, TOOLS } from '../../../../core/catalog'
import { DEFAULT_SCENARIO } from '../../../../core/defaultScenario'
import { formatMoneyCompact } from '../../../../core/format'
import { toolPointValue } from '../../../../core/projection'
import type { ToolLine } from '../../../../core/scenario'
import { FieldFrame, NumberField, QuarterField, SelectField } from '../../components/fields'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'
import { useWorkspace } from '../../session/workspace'
import { DeliveryOffers } from './DeliveryOffers'
import { rowErrors, useQuarterOptions, withoutIndex } from './editorShared'
import { ListCard } from './ListCard'

const TOOL_OPTIONS = TOOLS.map((t) => ({ value: t.id, label: t.name }))
const POINT_OPTIONS = [
  { value: 'low', label: 'Low' }, { value: 'mid', label: 'Mid' }, { value: 'high', label: 'High' }, { value: 'custom', label: 'Quote' }
]

export function ToolsSection(): React.JSX.Element | null {
  const { doc, errors, setField, edit, analysis } = useWorkspace()
  const options = useQuarterOptions(doc ?? DEFAULT_SCENARIO, analysis?.doc.start ?? '2026-Q1')
  const removeTool = useCallback((index: number) => edit('tools:remove', (d) => ({ ...d, tools: withoutIndex(d.tools, index) })), [edit])
  const changeTool = useCallback((index: number, id: string) => edit(`tools[${index}].tool`, (d) => ({
    ...d,
    tools: (d.tools ?? []).map((t, i) => {
      if (i !== index) return t
      const catalog = TOOL_BY_ID.get(id)!
      const line: ToolLine = { tool: id, quarter: t.quarter, low: catalog.low, high: catalog.high, point: 'mid' }
      return catalog.perEmployee > 0 ? { ...line, perEmployee: catalog.perEmployee } : line
    })
  })), [edit])
  const changePoint = useCallback((index: number, choice: string) => edit(`tools[${index}].point`, (d) => ({
    ...d,
    tools: (d.tools ?? []).map((t, i) => (i !== index ? t : {
      ...t, point: choice === 'custom' ? Math.round(toolPointValue(t)) : (choice as 'low' | 'mid' | 'high')
    }))
  })), [edit])
  if (!doc) return null
  const tools = doc.tools ?? []
  const currency = doc.currency ?? 'USD'

  const addTool = () => edit('tools:add', (d) => {
    const used = new Set((d.tools ?? []).map((t) => t.tool))
    const tool = TOOLS.find((t) => !used.has(t.id)) ?? TOOLS[0]
    const line: ToolLine = { tool: tool.id, quarter: 0, low: tool.low, high: tool.high, point: 'mid' }
    return { ...d, tools: [...(d.tools ?? []), tool.perEmployee > 0 ? { ...line, perEmployee: tool.perEmployee } : line] }
  })

  return (
    <div className="editor-section">
      <ListCard field="tools" title="Tools"
        subtitle={<>Annual cost ranges ({currency}); the simulation draws each tool's cost between low and high, most likely at the chosen point</>}
        actions={<button type="button" className="button button-small" onClick={addTool}>Add tool</button>}
        count={tools.length} empty="No tools planned.">
        <table className="table table-fixed" data-testid="tools-table">
          <thead>
            <tr>
              <th>Tool</th><th className="col-quarter">From</th><th className="col-money-narrow">Low</th><th className="col-money-narrow">High</th>
              <th className="col-point">Chosen point</th><th className="col-per-employee">Per employee<div className="th-unit">{currency}/employee/<wbr />year</div></th>
              <th className="col-remove"><span className="visually-hidden">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {tools.map((t, i) => (
              <ToolRow key={i} index={i} line={t} options={options} errors={rowErrors(errors, `tools[${i}]`)} currency={currency}
                onChange={setField} onTool={changeTool} onPoint={changePoint} onRemove={removeTool} />
            ))}
          </tbody>
        </table>
        <DeliveryOffers doc={doc} />
      </ListCard>
    </div>
  )
}

interface ToolRowProps {
  index: number
  line: ToolLine
  options: { value: string; label: string }[]
  errors: Readonly<Record<string, string>>
  currency: string
  onChange: (path: string, value: unknown) => void
  onTool: (index: number, id: string) => void
  onPoint: (index: number, choice: string) => void
  onRemove: (index: number) => void
}

const ToolRow = memo(function ToolRow({ index, line, options, errors, currency, onChange, onTool, onPoint, onRemove }: ToolRowProps) {
  const path = `tools[${index}]`
  const catalog = TOOL_BY_ID.get(line.tool)
  const point = line.point ?? 'mid'
  const custom = typeof point === 'number'
  const n = index + 1
  const isCatalogRange = catalog && line.low === catalog.low && line.high === catalog.high
  return (
    <tr>
      <td>
        <div className="cell-stacked">
          <SelectField compact wrap label={`Tool ${n}`} path={`${path}.tool`} value={line.tool} options={TOOL_OPTIONS}
            onChange={(_, id) => onTool(index, id)} error={errors.tool} />
          {catalog && isCatalogRange && <ProvenanceBadge source={catalog.source} />}
        </div>
      </td>
      <td><QuarterField compact label={`Tool ${n} from quarter`} path={`${path}.quarter`} value={line.quarter} options={options}
        onChange={onChange} error={errors.quarter} /></td>
      <td><NumberField compact label={`Tool ${n} low`} path={`${path}.low`} value={line.low} onChange={onChange} error={errors.low} min={0} step={5000}
        currency={currency} /></td>
      <td><NumberField compact label={`Tool ${n} high`} path={`${path}.high`} value={line.high} onChange={onChange} error={errors.high} min={0} step={5000}
        currency={currency} /></td>
      <td>
        <div className="point-cell">
          <FieldFrame compact label={`Tool ${n} chosen point`}>
            {(id) => (
              <select id={id} value={custom ? 'custom' : point} onChange={(e) => onPoint(index, e.target.value)}>
                {POINT_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            )}
          </FieldFrame>
          {custom && <NumberField compact label={`Tool ${n} quoted amount`} path={`${path}.point`} value={point} onChange={onChange}
            error={errors.point} min={0} step={1000} currency={currency} />}
          {!custom && errors.point && <div className="field-error">{errors.point}</div>}
          {/* A quote's amount is under its box already: the bar shows only where it falls. */}
          <RangeBar line={line} currency={currency} showValue={!custom} />
        </div>
      </td>
      <td><NumberField compact label={`Tool ${n} per employee (${currency}/employee/year)`} path={`${path}.perEmployee`} value={line.perEmployee}
        onChange={onChange} error={errors.perEmployee} min={0} step={5} placeholder="0" currency={currency} /></td>
      <td className="cell-actions">
        <button type="button" className="icon-button" onClick={() => onRemove(index)} aria-label={`Remove tool ${n}`}>✕</button>
      </td>
    </tr>
  )
})

function RangeBar({ line, currency, showValue }: { line: ToolLine; currency: string; showValue: boolean }): React.JSX.Element {
  const valid = line.high > line.low && line.low >= 0
  const value = valid ? toolPointValue(line) : line.low
  const at = valid ? Math.min(1, Math.max(0, (value - line.low) / (line.high - line.low))) : 0.5
  return (
    <div className="range-bar" title={`${formatMoneyCompact(line.low, currency)} – ${formatMoneyCompact(line.high, currency)}, planned at ${formatMoneyCompact(value, currency)}`}>
      <div className="range-track"><div className="range-point" style={{ left: `${at * 100}%` }} /></div>
      {showValue && <div className="range-value">{formatMoneyCompact(value, currency)}</div>}
    </div>
  )
}
