// Helpers the editor's sections share: error look-ups per row, quarter options, list edits.
import { useMemo } from 'react'
import { isPlannableQuarter } from '../../../../core/quarters'
import { MAX_QUARTERS } from '../../../../core/limits'
import type { ScenarioDoc } from '../../../../core/scenario'
import { quarterOptions } from '../../components/fields'

const NO_ERRORS: Readonly<Record<string, string>> = Object.freeze({})

/** The messages for one row, keyed by the field's last path segment (`count`, `quarter`). */
export function rowErrors(errors: ReadonlyMap<string, string>, prefix: string): Readonly<Record<string, string>> {
  let found: Record<string, string> | null = null
  for (const [path, message] of errors) {
    if (path === prefix) (found ??= {})['(row)'] = message
    else if (path.startsWith(`${prefix}.`)) (found ??= {})[path.slice(prefix.length + 1)] = message
  }
  return found ?? NO_ERRORS
}

export function useQuarterOptions(doc: ScenarioDoc, fallbackStart: string, withEnd = false) {
  // A start outside the plannable years would give labels past 9999; the form shows its error.
  const start = isPlannableQuarter(doc.start) ? doc.start : fallbackStart
  const horizon = Number.isInteger(doc.quarters) && doc.quarters > 0 && doc.quarters <= MAX_QUARTERS ? doc.quarters : 1
  return useMemo(() => quarterOptions(start, horizon, withEnd), [start, horizon, withEnd])
}

export function withoutIndex<T>(list: readonly T[] | undefined, index: number): T[] {
  return (list ?? []).filter((_, i) => i !== index)
}

/** The section of the editor that holds a field path. */
export type EditorTab = 'plan' | 'budget' | 'hiring' | 'tools' | 'programs' | 'capabilities' | 'uncertainty'

export const EDITOR_TABS: { id: EditorTab; title: string }[] = [
  { id: 'plan', title: 'Plan & growth' },
  { id: 'budget', title: 'Budget policy' },
  { id: 'hiring', title: 'Hiring' },
  { id: 'tools', title: 'Tools' },
  { id: 'programs', title: 'Programs' },
  // After the lines that cost money, whose uncertainty it sets.
  { id: 'uncertainty', title: 'Uncertainty' },
  { id: 'capabilities', title: 'Capabilities' }
]

export function tabOf(path: string): EditorTab {
  const head = /^(\w+)/.exec(path)?.[1] ?? ''
  switch (head) {
    case 'budget':
    case 'fiscalYearStart': return 'budget'
    case 'hires':
    case 'peopleCosts':
    case 'salaryGrowthPercent': return 'hiring'
    case 'tools': return 'tools'
    case 'programs': return 'programs'
    case 'capabilities':
    case 'deadlines': return 'capabilities'
    case 'uncertainty': return 'uncertainty'
    default: return 'plan'
  }
}
