import { describe, expect, it } from 'vitest'
import { currencyAxisFormat, currencyFormat, pointsFormat, signedCurrencyFormat } from './styles'

describe('number formats', () => {
  it('write money in the currency\'s symbol, or its code where it has none', () => {
    expect(currencyFormat('EUR')).toBe('"€"#,##0;[Red]-"€"#,##0')
    expect(currencyFormat('CHF')).toBe('[$CHF] #,##0;[Red]-[$CHF] #,##0')
  })

  it('sign differences of money, without red: more is not always worse', () => {
    expect(signedCurrencyFormat('USD')).toBe('+"$"#,##0;-"$"#,##0;"$"0')
    expect(signedCurrencyFormat('CHF')).toBe('+[$CHF] #,##0;-[$CHF] #,##0;[$CHF] 0')
  })

  it('label chart axes in thousands, then millions', () => {
    expect(currencyAxisFormat('GBP')).toBe('[>=1000000]"£"0.0,,"M";[>=1000]"£"0,"K";"£"0')
    expect(currencyAxisFormat('CHF')).toBe('[>=1000000][$CHF] 0.0,,"M";[>=1000][$CHF] 0,"K";[$CHF] 0')
  })

  it('show differences of percentages as signed percentage points', () => {
    expect(pointsFormat(2)).toBe('+0.00" pts";-0.00" pts";0" pts"')
    expect(pointsFormat(0)).toBe('+0" pts";-0" pts";0" pts"')
  })
})
