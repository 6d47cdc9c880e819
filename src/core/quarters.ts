// Quarter arithmetic. A scenario starts at a calendar quarter such as "2026-Q1"; quarter q
// (0-based) of the plan is labelled start + q.

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/

export interface CalendarQuarter {
  year: number
  quarter: 1 | 2 | 3 | 4
}

function parseQuarter(label: string): CalendarQuarter | null {
  const match = QUARTER_PATTERN.exec(label)
  if (!match) return null
  return { year: Number(match[1]), quarter: Number(match[2]) as CalendarQuarter['quarter'] }
}

/** Quarters since year 0: "2026-Q1" and "2027-Q1" are 4 apart, so labels can be ordered and subtracted. */
export function absoluteQuarter(label: string): number {
  const parsed = parseQuarter(label)
  if (!parsed) throw new Error(`not a quarter label: ${label}`)
  return parsed.year * 4 + (parsed.quarter - 1)
}

export function quarterLabel(start: string, offset: number): string {
  const absolute = absoluteQuarter(start) + offset
  return `${Math.floor(absolute / 4)}-Q${(absolute % 4) + 1}`
}

/** "2026-Q1 – 2026-Q4", or one label when the range is a single quarter. */
export function quarterRangeLabel(start: string, from: number, to: number): string {
  return from === to
    ? quarterLabel(start, from)
    : `${quarterLabel(start, from)} – ${quarterLabel(start, to)}`
}
