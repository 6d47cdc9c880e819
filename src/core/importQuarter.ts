// Quarters as a finance system's export spells them, read into the plan's calendar quarters
// (docs/actuals-import.md lists every accepted spelling). A spelling without "FY" is a calendar
// quarter; with "FY" it is a quarter of the fiscal year named by the calendar year in which that
// year ends (the convention of every fiscal-year figure in Rampart), and FY27 means FY2027.
import { labelOfAbsoluteQuarter } from './quarters'

/** A spreadsheet cell as the file readers hand it over: text, a number, or nothing. Dates arrive as "YYYY-MM-DD" text. */
export type ImportCell = string | number | null

export type QuarterReading = { ok: true; label: string } | { ok: false; reason: string }

const SEPARATOR = '[\\s\\-/_.]*'
const CALENDAR_YEAR_FIRST = new RegExp(`^(\\d{4})${SEPARATOR}Q([1-4])$`)
const CALENDAR_QUARTER_FIRST = new RegExp(`^Q([1-4])${SEPARATOR}(\\d{4})$`)
const FISCAL_YEAR_FIRST = new RegExp(`^FY${SEPARATOR}(\\d{4}|\\d{2})${SEPARATOR}Q([1-4])$`)
const FISCAL_QUARTER_FIRST = new RegExp(`^Q([1-4])${SEPARATOR}FY${SEPARATOR}(\\d{4}|\\d{2})$`)
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * The calendar quarter label ("2027-Q1") a cell names, for a plan whose fiscal year opens in
 * calendar quarter `fiscalYearStart` (1–4); or why it names none.
 */
export function readQuarterCell(cell: ImportCell, fiscalYearStart: number): QuarterReading {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { ok: false, reason: 'is empty' }
  if (typeof cell === 'number') return { ok: false, reason: `${cell} is a number, not a quarter such as "2027-Q1"` }
  const text = cell.trim().toUpperCase().replace(/[\s\u00a0]+/g, ' ')
  let match = CALENDAR_YEAR_FIRST.exec(text)
  if (match) return calendar(Number(match[1]), Number(match[2]))
  match = CALENDAR_QUARTER_FIRST.exec(text)
  if (match) return calendar(Number(match[2]), Number(match[1]))
  match = FISCAL_YEAR_FIRST.exec(text)
  if (match) return fiscal(fullYear(match[1]), Number(match[2]), fiscalYearStart)
  match = FISCAL_QUARTER_FIRST.exec(text)
  if (match) return fiscal(fullYear(match[2]), Number(match[1]), fiscalYearStart)
  match = ISO_DATE.exec(text)
  if (match) return dateQuarter(Number(match[1]), Number(match[2]), Number(match[3]))
  return { ok: false, reason: `${JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell)} is not a quarter ` +
    '(write it as 2027-Q1, Q1 2027, FY2027 Q1 or a date such as 2027-03-31)' }
}

function calendar(year: number, quarter: number): QuarterReading {
  return { ok: true, label: labelOfAbsoluteQuarter(year * 4 + quarter - 1) }
}

/** FY27 is FY2027: a two-digit fiscal year is in the 2000s. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits)
}

/**
 * Fiscal quarter `quarter` of fiscal year `fiscalYear`. A fiscal year opening in calendar Q1 is
 * the calendar year; otherwise FY Y opens in calendar quarter `fiscalYearStart` of year Y − 1.
 */
function fiscal(fiscalYear: number, quarter: number, fiscalYearStart: number): QuarterReading {
  const opening = fiscalYearStart === 1 ? fiscalYear * 4 : (fiscalYear - 1) * 4 + fiscalYearStart - 1
  const absolute = opening + quarter - 1
  if (absolute < 0) return { ok: false, reason: `FY${fiscalYear} Q${quarter} is before the year 0000` }
  return { ok: true, label: labelOfAbsoluteQuarter(absolute) }
}

function dateQuarter(year: number, month: number, day: number): QuarterReading {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, reason: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} is not a date` }
  }
  return calendar(year, Math.floor((month - 1) / 3) + 1)
}
