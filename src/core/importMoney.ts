// Money as a finance system's export writes it, read exactly into cents (docs/actuals-import.md):
// an optional currency sign or code, thousands separated by commas in groups of three, a decimal
// point with at most two decimals, and a minus sign or parentheses for a negative amount (a credit).
// Text is only ever parsed: a cell such as "=1+2" is not a number, and nothing is evaluated.
import { MAX_MONEY } from './limits'
import type { ImportCell } from './importQuarter'

export type MoneyReading = { ok: true; cents: number } | { ok: false; reason: string }

const PLAIN = /^\d+(\.\d{1,2})?$/
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/
const TOO_PRECISE = /^(\d+|\d{1,3}(,\d{3})+)\.\d{3,}$/
const MINUS = /^[-\u2212]/
const SEPARATORS = '(the decimal separator is a point; commas separate thousands in groups of three)'
/** How far a number cell may lie from a whole cent: a spreadsheet's 0.1 + 0.2 is 0.30000000000000004. */
const CENT_TOLERANCE = 1e-6

/**
 * The amount a cell holds, in cents, for a plan in `currency` (an ISO code): the plan's own sign
 * ("$", "€") or code ("USD") may precede or follow the number; another currency's is refused,
 * since Rampart does not convert.
 */
export function readMoneyCell(cell: ImportCell, currency: string): MoneyReading {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { ok: false, reason: 'is empty' }
  if (typeof cell === 'number') return numberCents(cell)
  const shown = JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell)
  let text = cell.trim().replace(/[\s\u00a0\u202f]+/g, ' ')
  let negative = false
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true
    text = text.slice(1, -1).trim()
  }
  if (MINUS.test(text)) {
    if (negative) return { ok: false, reason: `${shown} is not a number` }
    negative = true
    text = text.slice(1).trim()
  }
  const unit = currencyOf(text)
  if (unit) {
    if (!isPlanCurrency(unit.sign, currency)) {
      return { ok: false, reason: `${shown} is in ${unit.sign}, not the plan's currency (${currency}); Rampart does not convert currencies` }
    }
    text = unit.rest
    // "$-1,200" and "-$1,200" both read as minus 1,200.
    if (MINUS.test(text) && !negative) {
      negative = true
      text = text.slice(1).trim()
    }
  }
  if (TOO_PRECISE.test(text)) return { ok: false, reason: `${shown} has more than two decimal places ${SEPARATORS}` }
  if (!PLAIN.test(text) && !GROUPED.test(text)) {
    // Digits and separators only, in the wrong places: most likely "1.234,56" or "12,3".
    return { ok: false, reason: `${shown} is not a number${/^[\d.,]+$/.test(text) ? ` ${SEPARATORS}` : ''}` }
  }
  const [whole, decimals = ''] = text.replace(/,/g, '').split('.')
  const cents = Number(whole) * 100 + Number(decimals.padEnd(2, '0'))
  if (cents > MAX_MONEY * 100) return { ok: false, reason: `${shown} is more than ${MAX_MONEY.toLocaleString('en-US')}` }
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents }
}

function numberCents(value: number): MoneyReading {
  if (!Number.isFinite(value)) return { ok: false, reason: `${value} is not a number` }
  if (Math.abs(value) > MAX_MONEY) return { ok: false, reason: `${value} is more than ${MAX_MONEY.toLocaleString('en-US')}` }
  const cents = Math.round(value * 100)
  if (Math.abs(value * 100 - cents) > CENT_TOLERANCE * Math.max(1, Math.abs(cents))) {
    return { ok: false, reason: `${value} has more than two decimal places` }
  }
  return { ok: true, cents: cents === 0 ? 0 : cents }
}

/** A currency sign ("$", "US$", "€") or upper-case three-letter code ("USD") before or after the number, and the rest. */
function currencyOf(text: string): { sign: string; rest: string } | null {
  const before = /^([A-Z]{3}|[A-Z]{0,2}\p{Sc})\s?(.*)$/u.exec(text)
  if (before) return { sign: before[1], rest: before[2].trim() }
  const after = /^(.*?)\s?([A-Z]{3}|[A-Z]{0,2}\p{Sc})$/u.exec(text)
  if (after) return { sign: after[2], rest: after[1].trim() }
  return null
}

function isPlanCurrency(sign: string, currency: string): boolean {
  if (sign === currency) return true
  const narrow = symbolOf(currency, 'narrowSymbol')
  // "US$" as well as "$" for US dollars, "CA$" as well as "$" for Canadian ones.
  return sign === narrow || sign === `${currency.slice(0, 2)}${narrow}` || sign === symbolOf(currency, 'symbol')
}

/** Built once per currency and display: a number format is slow to create, and a file has thousands of cells. */
const symbols = new Map<string, string>()

function symbolOf(currency: string, display: 'symbol' | 'narrowSymbol'): string {
  const key = `${currency}:${display}`
  let symbol = symbols.get(key)
  if (symbol === undefined) {
    const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: display }).formatToParts(0)
    symbol = parts.find((p) => p.type === 'currency')?.value ?? currency
    symbols.set(key, symbol)
  }
  return symbol
}
