import { describe, expect, it } from 'vitest'
import { readMoneyCell } from './importMoney'

const SEPARATORS = '(the decimal separator is a point; commas separate thousands in groups of three)'

const cents = (cell: string | number | null, currency = 'USD') => {
  const reading = readMoneyCell(cell, currency)
  return reading.ok ? reading.cents : reading.reason
}

describe('readMoneyCell', () => {
  it('reads plain and grouped amounts exactly, to the cent', () => {
    expect(cents('1234')).toBe(123400)
    expect(cents('1234.5')).toBe(123450)
    expect(cents('1,234,567.89')).toBe(123456789)
    expect(cents('0.07')).toBe(7)
    expect(cents('999,999,999,999.99')).toBe(99999999999999)
    expect(cents('  12 ')).toBe(1200)
  })

  it('reads the plan currency sign or code before or after the number', () => {
    expect(cents('$1,200.00')).toBe(120000)
    expect(cents('US$1,200')).toBe(120000)
    expect(cents('USD 1,200')).toBe(120000)
    expect(cents('1,200 USD')).toBe(120000)
    expect(cents('1,200$')).toBe(120000)
    expect(cents('€1.234,00', 'EUR')).toBe(`"€1.234,00" is not a number ${SEPARATORS}`)
    expect(cents('€1,234.00', 'EUR')).toBe(123400)
    expect(cents('1 234.00 EUR', 'EUR')).toBe('"1 234.00 EUR" is not a number')
    expect(cents('£75', 'GBP')).toBe(7500)
  })

  it('refuses another currency than the plan', () => {
    expect(cents('€1,200')).toBe('"€1,200" is in €, not the plan\'s currency (USD); Rampart does not convert currencies')
    expect(cents('EUR 5')).toBe('"EUR 5" is in EUR, not the plan\'s currency (USD); Rampart does not convert currencies')
  })

  it('reads parentheses and minus signs as a negative amount (a credit)', () => {
    expect(cents('(1,234.56)')).toBe(-123456)
    expect(cents('($1,234.56)')).toBe(-123456)
    expect(cents('-1234.56')).toBe(-123456)
    expect(cents('\u22121234')).toBe(-123400)
    expect(cents('-$50')).toBe(-5000)
    expect(cents('$-50')).toBe(-5000)
    expect(cents('(0)')).toBe(0)
    expect(cents('(-5)')).toBe('"(-5)" is not a number')
  })

  it('never evaluates a formula-like cell: it is text that is not a number', () => {
    expect(cents('=1+2')).toBe('"=1+2" is not a number')
    expect(cents('+1200')).toBe('"+1200" is not a number')
    expect(cents('@SUM(A1:A3)')).toBe('"@SUM(A1:A3)" is not a number')
    expect(cents('-1+2')).toBe('"-1+2" is not a number')
  })

  it('refuses malformed numbers, stray separators and fractions of a cent', () => {
    expect(cents('12,3x')).toBe('"12,3x" is not a number')
    expect(cents('12,3')).toBe(`"12,3" is not a number ${SEPARATORS}`)
    expect(cents('1,23,456')).toBe(`"1,23,456" is not a number ${SEPARATORS}`)
    expect(cents('1.234')).toBe(`"1.234" has more than two decimal places ${SEPARATORS}`)
    expect(cents('.5')).toBe(`".5" is not a number ${SEPARATORS}`)
    expect(cents('1e3')).toBe('"1e3" is not a number')
    expect(cents('')).toBe('is empty')
    expect(cents(null)).toBe('is empty')
    expect(cents('1,000,000,000,000.01')).toBe('"1,000,000,000,000.01" is more than 1,000,000,000,000')
  })

  it('takes number cells to the cent, forgiving binary fractions but not real ones', () => {
    expect(cents(1234.5)).toBe(123450)
    expect(cents(0.1 + 0.2)).toBe(30)
    expect(cents(-99.99)).toBe(-9999)
    expect(cents(-0)).toBe(0)
    expect(cents(10.005)).toBe('10.005 has more than two decimal places')
    expect(cents(Number.NaN)).toBe('NaN is not a number')
    expect(cents(2e12)).toBe('2000000000000 is more than 1,000,000,000,000')
  })
})
