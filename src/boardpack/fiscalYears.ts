// How the Summary, Comparison, Benchmarks and the deck name a fiscal year of the engine's
// own per-fiscal-year totals (a fiscal year is named by the calendar year it ends in; one with
// fewer than four quarters inside the horizon is partial). Shorter than the app's and the CLI's
// `FY2031 (2 of 4 quarters)` (core/format's fiscalYearDisplay), which would wrap in the sheets'
// and slides' fixed-width columns.
import type { FiscalYearResult } from '../core'

/** `FY2028`, or `FY2031 (2 qtrs)` for a partial year. */
export function fiscalYearShortDisplay(year: Pick<FiscalYearResult, 'label' | 'partial' | 'quarters'>): string {
  if (!year.partial) return year.label
  return `${year.label} (${year.quarters.length} qtr${year.quarters.length === 1 ? '' : 's'})`
}
