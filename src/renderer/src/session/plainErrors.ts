// Validation messages in plain words for the app: the field's name instead of its JSON path, the
// reason without the quoted value, and money written as money ("Revenue milestone 1 · annual
// run-rate must be at most $10T"). The JSON path and the engine's own words stay in a details
// line; the command line keeps them as they are.
import { formatMoneyCompact } from '../../../core/format'
import { plainReason, type ValidationError } from '../../../core/validationMessages'
import { fieldLabel, isMoneyField } from '../views/editor/fieldLabels'

export interface PlainError {
  path: string
  /** The field's name ("Hire 2 · annual cost"); '' for a message about the whole document or call. */
  label: string
  /** What a user reads next to the field or in a list of fields to fix: the label, then the reason. */
  text: string
  /** `revenue[0].value: 1000000000000000 must be at most 10000000000000`. */
  details: string
}

const compactNumber = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })

/** `currency`: the scenario's, for money fields; without one, money is written as a compact number. */
export function plainError(error: ValidationError, currency?: string): PlainError {
  const money = isMoneyField(error.path)
  const reason = plainReason(error.message, (bound) => {
    if (!money) return bound.toLocaleString('en-US')
    if (currency === undefined) return compactNumber.format(bound)
    try {
      return formatMoneyCompact(bound, currency)
    } catch {
      // A currency code still being typed ("US") formats nothing.
      return compactNumber.format(bound)
    }
  })
  const details = error.path === '' || error.path === '(root)' ? error.message : `${error.path}: ${error.message}`
  if (error.path === '' || error.path === '(root)') return { path: error.path, label: '', text: reason, details }
  const label = fieldLabel(error.path)
  // "Tool 2 · high must be …", "Quarter is required"; a message that starts with the value reads
  // after a colon: "Hire 1 · leaving quarter: 9 is outside the 8-quarter horizon".
  const text = /^(must|is|are|has|needs|cannot)\b/.test(reason) ? `${label} ${reason}` : `${label}: ${reason}`
  return { path: error.path, label, text, details }
}

/** The first plain message of each field, by path, as the forms look them up. */
export function plainErrorsByPath(errors: readonly ValidationError[], currency?: string): Map<string, string> {
  const byPath = new Map<string, string>()
  for (const e of errors) if (!byPath.has(e.path)) byPath.set(e.path, plainError(e, currency).text)
  return byPath
}
