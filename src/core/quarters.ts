// Quarter arithmetic. A scenario starts at a calendar quarter such as "2026-Q1"; quarter q
// (0-based) of the plan is labelled start + q.

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/

export interface CalendarQuarter {
  year: number
  quarter: 1 | 2 | 3 | 4
}

export function parseQuarter(label: string): CalendarQuarter | null {
  const match = QUARTER_PATTERN.exec(label)
  if (!match) return null
  return { year: Number(match[1]), quarter: Number(match[2]) as CalendarQuarter['quarter'] }
}

export function quarterLabel(start: string, offset: number): string {
  const parsed = parseQuarter(start)
  if (!parsed) throw new Error(`not a quarter label: ${start}`)
  const absolute = parsed.year * 4 + (parsed.quarter - 1) + offset
  return `${Math.floor(absolute / 4)}-Q${(absolute % 4) + 1}`
}

/** "2026-Q1 – 2026-Q4", or one label when the range is a single quarter. */
export function quarterRangeLabel(start: string, from: number, to: number): string {
  return from === to
    ? quarterLabel(start, from)
    : `${quarterLabel(start, from)} – ${quarterLabel(start, to)}`
}
