// The board pack's look: number formats in the scenario's currency, colours and cell styles.
import type { Alignment, Borders, Fill, Font } from 'exceljs'

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$', EUR: '€', GBP: '£', JPY: '¥'
}

/** `"$"#,##0` or, for a currency without a known symbol, `[$CHF] #,##0`: `digits` is the number part. */
function withCurrency(currency: string, digits: string): string {
  const symbol = CURRENCY_SYMBOLS[currency]
  // The code is validated as three capital letters, so it is safe inside a format.
  return symbol ? `"${symbol}"${digits}` : `[$${currency}] ${digits}`
}

/** Whole units of the currency, negatives in red: `"$"#,##0;[Red]-"$"#,##0`. */
export function currencyFormat(currency: string): string {
  const positive = withCurrency(currency, '#,##0')
  return `${positive};[Red]-${positive}`
}

/** A difference of money, always signed and never red (more spend is not always worse):
 * `+"$"#,##0;-"$"#,##0;"$"0`. */
export function signedCurrencyFormat(currency: string): string {
  return `+${withCurrency(currency, '#,##0')};-${withCurrency(currency, '#,##0')};${withCurrency(currency, '0')}`
}

/** Actual minus plan: over plan is positive and red, under plan negative (finance's sign
 * convention): `[Red]+"$"#,##0;-"$"#,##0;"$"0`. */
export function overPlanFormat(currency: string): string {
  return `[Red]+${withCurrency(currency, '#,##0')};-${withCurrency(currency, '#,##0')};${withCurrency(currency, '0')}`
}

/** The same difference as % of plan. */
export const OVER_PLAN_PERCENT_FORMAT = '[Red]+0.0%;-0.0%;0.0%'

/** Chart axes and KPI tiles: thousands with a K, millions with an M:
 * `[>=1000000]"$"0.0,,"M";[>=1000]"$"0,"K";"$"0`. For amounts that are never negative: the last
 * section only ever shows small positive amounts and zero. */
export function currencyAxisFormat(currency: string): string {
  return `[>=1000000]${withCurrency(currency, '0.0,,"M"')};[>=1000]${withCurrency(currency, '0,"K"')};${withCurrency(currency, '0')}`
}

/** A signed difference of money in thousands, for a tornado's axis: `+"$"#,##0,"K";-"$"#,##0,"K";"$"0`. */
export function signedThousandsFormat(currency: string): string {
  return `+${withCurrency(currency, '#,##0,"K"')};-${withCurrency(currency, '#,##0,"K"')};${withCurrency(currency, '0')}`
}

/** Money in thousands, negatives in red: `"$"#,##0,"K";[Red]-"$"#,##0,"K"`. */
export function thousandsFormat(currency: string): string {
  const positive = withCurrency(currency, '#,##0,"K"')
  return `${positive};[Red]-${positive}`
}

/** Differences of percentages are percentage points: the cell holds points (2.5 = 2.5 pts). */
export function pointsFormat(decimals: number): string {
  const digits = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0'
  return `+${digits}" pts";-${digits}" pts";0" pts"`
}

export interface NumberFormats {
  money: string
  percent0: string
  percent1: string
  percent2: string
  integer: string
  decimal1: string
  decimal2: string
}

export function numberFormats(currency: string): NumberFormats {
  return {
    money: currencyFormat(currency),
    percent0: '0%',
    percent1: '0.0%',
    percent2: '0.00%',
    integer: '#,##0',
    decimal1: '#,##0.0',
    decimal2: '#,##0.00'
  }
}

export const COLORS = {
  navy: '1F3864',
  blue: '2E75B6',
  gold: 'BF9000',
  red: 'C00000',
  grey: '7F7F7F',
  tile: 'EAF1FB',
  overrunFill: 'FFC7CE',
  overrunText: '9C0006',
  inputFill: 'FFF2CC',
  /** Finance convention: inputs in blue, formulas in black, and (here) values Rampart computed in grey. */
  input: '0000FF',
  value: '808080',
  white: 'FFFFFF'
} as const

/** Fills of the four residual-risk levels, green to red as on the Risks sheet's heat map. */
export const RISK_LEVEL_FILLS = { low: 'C6EFCE', medium: 'FFEB9C', high: 'F8CBAD', critical: 'FFC7CE' } as const

export const argb = (hex: string) => ({ argb: `FF${hex}` })

export const solid = (hex: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: argb(hex) })

/** A cell font: setting one replaces the whole font, so the family is always named. */
export const font = (style: Partial<Font>): Partial<Font> => ({ name: 'Calibri', size: 11, ...style })

export const TITLE_FONT = font({ size: 18, bold: true, color: argb(COLORS.navy) })
export const SUBTITLE_FONT = font({ color: argb(COLORS.grey) })
export const SECTION_FONT = font({ size: 13, bold: true, color: argb(COLORS.navy) })
export const HEADER_FONT = font({ size: 10, bold: true, color: argb(COLORS.white) })
export const NOTE_FONT = font({ size: 9, italic: true, color: argb(COLORS.grey) })

export const HEADER_FILL = solid(COLORS.navy)

/** A cell someone may edit and whose formulas follow: blue on a pale yellow fill, everywhere. */
export const INPUT_FONT = font({ color: argb(COLORS.input) })
export const INPUT_FILL = solid(COLORS.inputFill)
/** A number Rampart computed that no formula in the workbook recalculates. */
export const VALUE_FONT = font({ color: argb(COLORS.value) })
export const HEADER_ALIGNMENT: Partial<Alignment> = { wrapText: true, vertical: 'middle', horizontal: 'center' }

const thin = { style: 'thin' as const, color: argb('BFBFBF') }
export const THIN_BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin }
