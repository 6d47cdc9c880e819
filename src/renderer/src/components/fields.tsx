// Labelled inputs that show the engine's message for their own JSON path right beside them.
// Number inputs keep the text being typed locally, so "1." or an empty box survive a re-render;
// an empty box stores nothing, which the validator reports as "is required".
import { memo, useId, useState, type ReactNode } from 'react'
import { formatMoney } from '../../../core/format'
import { quarterLabel } from '../../../core/quarters'

interface FieldFrameProps {
  label: ReactNode
  error?: string
  hint?: ReactNode
  children: (id: string, describedBy: string | undefined) => ReactNode
  className?: string
  /** Hide the label visually (tables have column headers) but keep it for screen readers. */
  compact?: boolean
}

export function FieldFrame({ label, error, hint, children, className = '', compact = false }: FieldFrameProps): React.JSX.Element {
  const id = useId()
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${compact ? 'field-compact' : ''} ${className}`}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'field-label'}>{label}</label>
      {children(id, describedBy)}
      {hint && !error && <div id={hintId} className="field-hint">{hint}</div>}
      {error && <div id={errorId} className="field-error" role="alert">{error}</div>}
    </div>
  )
}

interface NumberFieldProps {
  label: ReactNode
  path: string
  value: number | undefined
  onChange: (path: string, value: number | undefined) => void
  error?: string
  hint?: ReactNode
  step?: number
  min?: number
  suffix?: string
  compact?: boolean
  className?: string
  /** Shown while the box is empty: the value used when the field is left out. */
  placeholder?: string
  /** For money: the amount as people read it ("$10,000,000") shows under the box, before any hint. */
  currency?: string
}

export const NumberField = memo(function NumberField({
  label, path, value, onChange, error, hint, step = 1, min, suffix, compact, className, placeholder, currency
}: NumberFieldProps): React.JSX.Element {
  const [text, setText] = useState(() => numberText(value))
  // A value changed from outside (undo, a restored draft) replaces the text; the value this box
  // just sent does not, so "1." stays "1." while the document holds 1.
  const [shownValue, setShownValue] = useState(value)
  if (!Object.is(value, shownValue)) {
    setShownValue(value)
    if (parseNumber(text) !== value) setText(numberText(value))
  }
  const amount = currency !== undefined && value !== undefined ? formatMoneySafely(value, currency) : null
  const shownHint = amount === null ? hint : (
    <span className="money-hint">
      <span data-testid="money-hint">{amount}</span>
      {typeof hint === 'string' ? <span>{hint}</span> : hint}
    </span>
  )
  return (
    <FieldFrame label={label} error={error} hint={shownHint} compact={compact} className={className}>
      {(id, describedBy) => (
        <div className="input-with-suffix">
          <input id={id} type="number" inputMode="decimal" step={step} min={min} value={text} placeholder={placeholder}
            data-field={path} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
            onChange={(event) => {
              setText(event.target.value)
              onChange(path, parseNumber(event.target.value))
            }} />
          {suffix && <span className="suffix">{suffix}</span>}
        </div>
      )}
    </FieldFrame>
  )
})

/** A currency code the validator has not passed yet ("US") must not break the field. */
function formatMoneySafely(value: number, currency: string): string | null {
  try {
    return formatMoney(value, currency)
  } catch {
    return null
  }
}

function numberText(value: number | undefined): string {
  return value === undefined ? '' : String(value)
}

function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}

interface TextFieldProps {
  label: ReactNode
  path: string
  value: string | undefined
  onChange: (path: string, value: string) => void
  error?: string
  hint?: ReactNode
  compact?: boolean
  className?: string
  placeholder?: string
  /** Long one-line text wraps onto more lines instead of scrolling out of sight (table cells). */
  wrap?: boolean
}

export const TextField = memo(function TextField({
  label, path, value, onChange, error, hint, compact, className, placeholder, wrap = false
}: TextFieldProps): React.JSX.Element {
  return (
    <FieldFrame label={label} error={error} hint={hint} compact={compact} className={className}>
      {(id, describedBy) => wrap ? (
        <textarea id={id} rows={1} className="wrapping-text" value={value ?? ''} data-field={path} placeholder={placeholder}
          title={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
          onKeyDown={(event) => {
            // Still one line of text: Enter does not add a line break.
            if (event.key === 'Enter') event.preventDefault()
          }}
          onChange={(event) => onChange(path, event.target.value.replace(/\s*[\r\n]+\s*/g, ' '))} />
      ) : (
        <input id={id} type="text" value={value ?? ''} data-field={path} placeholder={placeholder} title={value}
          aria-invalid={error ? true : undefined} aria-describedby={describedBy}
          onChange={(event) => onChange(path, event.target.value)} />
      )}
    </FieldFrame>
  )
})

interface SelectFieldProps {
  label: ReactNode
  path: string
  value: string
  options: readonly { value: string; label: string }[]
  onChange: (path: string, value: string) => void
  error?: string
  hint?: ReactNode
  compact?: boolean
  className?: string
  /** The chosen option's text wraps onto more lines instead of being cut off (narrow table cells). */
  wrap?: boolean
}

export const SelectField = memo(function SelectField({
  label, path, value, options, onChange, error, hint, compact, className, wrap = false
}: SelectFieldProps): React.JSX.Element {
  const chosen = options.find((o) => o.value === value)?.label ?? value
  return (
    <FieldFrame label={label} error={error} hint={hint} compact={compact} className={className}>
      {(id, describedBy) => {
        const select = (
          <select id={id} value={value} data-field={path} title={chosen} aria-invalid={error ? true : undefined}
            aria-describedby={describedBy} onChange={(event) => onChange(path, event.target.value)}>
            {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        )
        if (!wrap) return select
        // The native select (still what is focused, read and operated) lies invisibly over a box
        // that shows the chosen text wrapped.
        return (
          <div className={`wrapping-select ${error ? 'invalid' : ''}`} title={chosen}>
            <span className="wrapping-select-text" aria-hidden="true">{chosen}</span>
            {select}
          </div>
        )
      }}
    </FieldFrame>
  )
})

/** Quarter pickers show labels ("2027-Q3"), never indexes; `horizon` options plus an end option if asked. */
export function quarterOptions(start: string, horizon: number, withEnd = false): { value: string; label: string }[] {
  return Array.from({ length: withEnd ? horizon + 1 : horizon }, (_, q) => ({
    value: String(q),
    label: withEnd && q === horizon ? `${safeLabel(start, q)} (after the plan)` : safeLabel(start, q)
  }))
}

export function safeLabel(start: string, q: number): string {
  try {
    return quarterLabel(start, q)
  } catch {
    return `Quarter ${q + 1}`
  }
}

/**
 * A quarter past the plan's end (the plan was shortened): its own label, counted on from the
 * plan's first quarter (option "0"), so the user sees "2030-Q1", not a count from zero.
 */
function outsideLabel(options: readonly { value: string; label: string }[], value: number): string {
  const start = options.find((o) => o.value === '0')?.label
  const label = start === undefined ? `Quarter ${value + 1}` : safeLabel(start, value)
  return `${label} (after the plan)`
}

interface QuarterFieldProps {
  label: ReactNode
  path: string
  value: number | undefined
  options: readonly { value: string; label: string }[]
  onChange: (path: string, value: number | undefined) => void
  error?: string
  compact?: boolean
  className?: string
  /** Adds a "none" choice (for optional end quarters). */
  noneLabel?: string
}

export const QuarterField = memo(function QuarterField({
  label, path, value, options, onChange, error, compact, className, noneLabel
}: QuarterFieldProps): React.JSX.Element {
  return (
    <FieldFrame label={label} error={error} compact={compact} className={className}>
      {(id, describedBy) => (
        <select id={id} value={value === undefined ? '' : String(value)} data-field={path}
          aria-invalid={error ? true : undefined} aria-describedby={describedBy}
          onChange={(event) => onChange(path, event.target.value === '' ? undefined : Number(event.target.value))}>
          {noneLabel !== undefined && <option value="">{noneLabel}</option>}
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          {value !== undefined && !options.some((o) => o.value === String(value)) && (
            <option value={String(value)}>{outsideLabel(options, value)}</option>
          )}
        </select>
      )}
    </FieldFrame>
  )
})
