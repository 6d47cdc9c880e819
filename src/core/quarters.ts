// Quarter arithmetic. A scenario starts at a calendar quarter such as "2026-Q1"; quarter q
// (0-based) of the plan is labelled start + q. Labels always have a four-digit year, so
// `quarterLabel` and `absoluteQuarter` are exact inverses of each other for years 0000–9999;
// validation keeps every plan far inside that (MIN_PLAN_YEAR–MAX_PLAN_YEAR).
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from './limits'

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/

/** The last quarter a four-digit label can name: 9999-Q4. */
const LAST_ABSOLUTE_QUARTER = 9999 * 4 + 3

export interface CalendarQuarter {
  year: number
  quarter: 1 | 2 | 3 | 4
}

export function parseQuarter(label: string): CalendarQuarter | null {
  const match = QUARTER_PATTERN.exec(label)
  if (!match) return null
  return { year: Number(match[1]), quarter: Number(match[2]) as CalendarQuarter['quarter'] }
}

/** A label whose year a plan may start in (MIN_PLAN_YEAR–MAX_PLAN_YEAR). */
export function isPlannableQuarter(label: string): boolean {
  const year = parseQuarter(label)?.year
  return year !== undefined && year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR
}

/** Quarters since year 0: "2026-Q1" and "2027-Q1" are 4 apart, so labels can be ordered and subtracted. */
export function absoluteQuarter(label: string): number {
  const parsed = parseQuarter(label)
  if (!parsed) throw new Error(`not a quarter label: ${label}`)
  return parsed.year * 4 + (parsed.quarter - 1)
}

/** The label of a quarter number from `absoluteQuarter`, e.g. 8104 -> "2026-Q1". */
export function labelOfAbsoluteQuarter(absolute: number): string {
  if (!Number.isInteger(absolute) || absolute < 0 || absolute > LAST_ABSOLUTE_QUARTER) {
    throw new RangeError(`quarter number ${absolute} has no four-digit year (0000-Q1 to 9999-Q4)`)
  }
  return `${String(Math.floor(absolute / 4)).padStart(4, '0')}-Q${(absolute % 4) + 1}`
}

export function quarterLabel(start: string, offset: number): string {
  return labelOfAbsoluteQuarter(absoluteQuarter(start) + offset)
}

/** "2026-Q1 – 2026-Q4", or one label when the range is a single quarter. */
export function quarterRangeLabel(start: string, from: number, to: number): string {
  return from === to
    ? quarterLabel(start, from)
    : `${quarterLabel(start, from)} – ${quarterLabel(start, to)}`
}

/**
 * The fiscal year a calendar quarter belongs to, named by the calendar year in which it ends.
 * With the fiscal year opening in calendar quarter `fiscalYearStart` (1–4), quarter n of year Y is
 * in FY Y when n < fiscalYearStart (or the year opens in Q1), and in FY Y+1 otherwise.
 */
export function fiscalYearOf(label: string, fiscalYearStart: number): number {
  return fiscalYearOfAbsolute(absoluteQuarter(label), fiscalYearStart)
}

function fiscalYearOfAbsolute(absolute: number, fiscalYearStart: number): number {
  const year = Math.floor(absolute / 4)
  return fiscalYearStart === 1 || (absolute % 4) + 1 < fiscalYearStart ? year : year + 1
}

/** Fiscal year of each plan quarter: index q is the year of quarter start + q. */
export function fiscalYearsByQuarter(start: string, quarters: number, fiscalYearStart: number): number[] {
  const first = absoluteQuarter(start)
  return Array.from({ length: quarters }, (_, q) => fiscalYearOfAbsolute(first + q, fiscalYearStart))
}

export function fiscalYearLabel(year: number): string {
  return `FY${year}`
}
