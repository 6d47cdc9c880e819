// One line of the hiring plan: role, count, start and leaving quarters, and annual cost (marked
// with where the figure comes from while it is still the catalog's).
import { memo } from 'react'
import { ROLE_BY_ID, ROLES } from '../../../../../core/catalog'
import { formatMoneyCompact } from '../../../../../core/format'
import type { Hire } from '../../../../../core/scenario'
import { NumberField, QuarterField, SelectField } from '../../../components/fields'
import { ProvenanceBadge } from '../../../components/ProvenanceBadge'

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r.id, label: r.name }))

interface HireRowProps {
  index: number
  hire: Hire
  options: { value: string; label: string }[]
  endOptions: { value: string; label: string }[]
  errors: Readonly<Record<string, string>>
  currency: string
  /** Loaded cost = base pay × this (1 + overhead %). */
  loadFactor: number
  onChange: (path: string, value: unknown) => void
  onRole: (index: number, role: string) => void
  onRemove: (index: number) => void
}

export const HireRow = memo(function HireRow({ index, hire, options, endOptions, errors, currency, loadFactor, onChange, onRole, onRemove }: HireRowProps) {
  const path = `hires[${index}]`
  const catalogRole = ROLE_BY_ID.get(hire.role)
  const n = index + 1
  return (
    <tr>
      <td><SelectField compact wrap label={`Hire ${n} role`} path={`${path}.role`} value={hire.role} options={ROLE_OPTIONS}
        onChange={(_, role) => onRole(index, role)} error={errors.role} /></td>
      <td><NumberField compact label={`Hire ${n} count`} path={`${path}.count`} value={hire.count} onChange={onChange} error={errors.count} min={1} /></td>
      <td><QuarterField compact label={`Hire ${n} start quarter`} path={`${path}.quarter`} value={hire.quarter} options={options}
        onChange={onChange} error={errors.quarter} /></td>
      <td><QuarterField compact label={`Hire ${n} leaves`} path={`${path}.endQuarter`} value={hire.endQuarter} options={endOptions.slice(1)}
        onChange={onChange} error={errors.endQuarter} noneLabel="Stays" /></td>
      <td>
        <NumberField compact label={`Hire ${n} annual cost`} path={`${path}.annualCost`} value={hire.annualCost} onChange={onChange}
          error={errors.annualCost} min={0} step={5000} currency={currency}
          hint={catalogRole && hire.annualCost === catalogRole.annualCost ? <ProvenanceBadge source={catalogRole.source} /> : undefined} />
      </td>
      <td className="num" data-testid={`hire-${n}-loaded`}>{formatMoneyCompact(hire.annualCost * loadFactor, currency)}</td>
      <td>
        <label className="checkbox">
          <input type="checkbox" checked={hire.existing ?? false} data-field={`${path}.existing`}
            onChange={(event) => onChange(`${path}.existing`, event.target.checked ? true : undefined)} />
          <span className="visually-hidden">Hire {n} already in post (no recruiting fee, never slips)</span>
        </label>
      </td>
      <td className="cell-actions">
        <button type="button" className="icon-button" onClick={() => onRemove(index)} aria-label={`Remove hire ${n}`}>✕</button>
      </td>
    </tr>
  )
})
