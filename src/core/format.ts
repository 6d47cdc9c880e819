// Presentation of money and ratios. The engine reports unrounded numbers; these round for people.

const moneyFormats = new Map<string, Intl.NumberFormat>()

/** "$1,234,568" in the scenario's currency, whole units. */
export function formatMoney(value: number, currency = 'USD'): string {
  const key = `${currency}:full`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 })
    moneyFormats.set(key, format)
  }
  return format.format(value)
}

/** "$1.2M", "$350K": for tiles and chart axes. */
export function formatMoneyCompact(value: number, currency = 'USD'): string {
  const key = `${currency}:compact`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1
    })
    moneyFormats.set(key, format)
  }
  return format.format(value)
}

/**
 * A change in money, compact: "+$1.2M", "−$300K" (a true minus sign). A change that rounds to
 * nothing reads "$0", with no sign: a sign would claim a direction the number does not show.
 */
export function signedMoney(value: number, currency = 'USD'): string {
  const text = formatMoneyCompact(Math.abs(value), currency)
  if (text === formatMoneyCompact(0, currency)) return text
  return value > 0 ? `+${text}` : `−${text}`
}

/**
 * A change as a share of what it is measured against, over positive: "+9.4%", "−9.4%" (a true
 * minus sign). A change that rounds to nothing reads "0.0%", with no sign, as in signedMoney; null
 * (nothing to measure against) reads "n/a".
 */
export function signedPercent(ratio: number | null): string {
  if (ratio === null) return 'n/a'
  const text = formatRatioAsPercent(Math.abs(ratio))
  if (text === formatRatioAsPercent(0)) return text
  return ratio > 0 ? `+${text}` : `−${text}`
}

/** 0.0412 -> "4.1%". Null (no budget) -> "n/a". */
export function formatRatioAsPercent(ratio: number | null, digits = 1): string {
  return ratio === null ? 'n/a' : `${(ratio * 100).toFixed(digits)}%`
}

/** 4.25 (already in percent) -> "4.25%". */
export function formatPercent(percent: number, digits = 1): string {
  return `${percent.toFixed(digits)}%`
}

/** A lower-case phrase as the start of a sentence, a heading or a label: "spend per employee" → "Spend per employee". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** What naming a fiscal year needs of it. */
export type FiscalYearNaming = { label: string; partial: boolean; quarters: readonly unknown[] }

/** "(1 of 4 quarters)" for a partial fiscal year, how much of it the plan covers; null for a whole one. */
export function fiscalYearCoverage(year: FiscalYearNaming): string | null {
  return year.partial ? `(${year.quarters.length} of 4 quarters)` : null
}

/**
 * A fiscal year as the app's tables, the CLI and the warnings name it: "FY2028", or "FY2027 (1 of 4
 * quarters)" when fewer than four of its quarters fall inside the plan, so the reader sees how much
 * of the year its totals cover. Quarter rows (never partial) pass through as their label. (The board
 * pack's fixed-width columns write the shorter "FY2027 (1 qtr)": boardpack/fiscalYears.ts.)
 */
export function fiscalYearDisplay(year: FiscalYearNaming): string {
  const coverage = fiscalYearCoverage(year)
  return coverage === null ? year.label : `${year.label} ${coverage}`
}
