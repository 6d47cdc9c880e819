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

/** 0.0412 -> "4.1%". Null (no budget) -> "n/a". */
export function formatRatioAsPercent(ratio: number | null, digits = 1): string {
  return ratio === null ? 'n/a' : `${(ratio * 100).toFixed(digits)}%`
}

/** 4.25 (already in percent) -> "4.25%". */
export function formatPercent(percent: number, digits = 1): string {
  return `${percent.toFixed(digits)}%`
}
