// What drives spend: the sensitivity of the horizon's headroom (budget − total) to each input
// (docs/model.md), as a table of the biggest drivers and a tornado chart of how far each moves the
// headroom from the plan's. Spend drivers move it by minus their change in spend; revenue moves the
// budget, so it shows too.
import type { Worksheet } from 'exceljs'
import { formatMoneyCompact, type SensitivityDriver, type SensitivityResult } from '../../core'
import { CHART_TITLES, SERIES_COLORS } from '../charts/boardCharts'
import type { ChartSpec } from '../charts/chartTypes'
import { columnLetter, writeNote } from '../layout'
import type { SheetContext } from '../sheetContext'
import { SHEET_NAMES } from '../sheetNames'
import { signedCurrencyFormat, signedThousandsFormat } from '../styles'
import { writeBodyRow, writeHeaderRow } from './gridRows'

/** Drivers that move the total at all, biggest swing first (the engine's order), at most `count`. */
export function topDrivers(result: SensitivityResult, count: number): SensitivityDriver[] {
  return result.drivers.filter((d) => d.swing > 0).slice(0, count)
}

export interface DriverTable {
  /** Rows of the drivers, first to last. */
  firstRow: number
  lastRow: number
  /** Columns holding the driver's name and the change at its low and high settings. */
  nameColumn: number
  lowColumn: number
  highColumn: number
}

/**
 * A row per driver on a grid of 14 columns: the driver, its low and high settings with the change
 * in headroom each gives against the plan, and the swing between them. Returns where the rows
 * are, or null (with a note) when no input moves the total.
 */
export function writeDriverTable(ws: Worksheet, top: number, ctx: SheetContext, drivers: readonly SensitivityDriver[]): DriverTable | null {
  const { currency, formats } = ctx
  if (drivers.length === 0) {
    writeNote(ws, top, 'No single input moves total spend: the plan has no hires, tools or programs to vary.')
    return null
  }
  writeHeaderRow(ws, top, [
    ['Driver', 1, 4], ['Low setting', 5, 6], [`Headroom change at low (${currency})`, 7, 8],
    ['High setting', 9, 10], [`Headroom change at high (${currency})`, 11, 12], [`Swing (${currency})`, 13, 14]
  ])
  const signed = signedCurrencyFormat(currency)
  drivers.forEach((d, i) => {
    const row = top + 1 + i
    writeBodyRow(ws, row, [
      { value: d.label, from: 1, to: 4 },
      { value: d.lowSetting, from: 5, to: 6 },
      { value: d.lowHeadroomChange, from: 7, to: 8, numFmt: signed, align: 'right', kind: 'value' },
      { value: d.highSetting, from: 9, to: 10 },
      { value: d.highHeadroomChange, from: 11, to: 12, numFmt: signed, align: 'right', kind: 'value' },
      { value: { formula: `ABS(${columnLetter(11)}${row}-${columnLetter(7)}${row})`, result: d.swing },
        from: 13, to: 14, numFmt: formats.money, align: 'right', kind: 'formula' }
    ])
  })
  return { firstRow: top + 1, lastRow: top + drivers.length, nameColumn: 1, lowColumn: 7, highColumn: 11 }
}

/** One line on what the table shows and against which headroom. */
export function driverNote(ctx: SheetContext): string {
  const { baseBudget, baseTotal } = ctx.sensitivity
  return `Each input at its low and high setting, all else as planned: the change in headroom (budget − spend) over the ` +
    `horizon from the plan's ${formatMoneyCompact(baseBudget - baseTotal, ctx.currency)}. More spend lowers it; revenue moves ` +
    `the budget. Changes are grey values Rampart computed; the swing is the gap between them.`
}

/** The tornado: a bar each side of zero per driver, from the table's cells. */
export function driverChart(table: DriverTable, drivers: readonly SensitivityDriver[], ctx: SheetContext): ChartSpec {
  const column = (col: number) => {
    const letter = columnLetter(col)
    return { sheet: SHEET_NAMES.analysis, ref: `$${letter}$${table.firstRow}:$${letter}$${table.lastRow}` }
  }
  return {
    title: CHART_TITLES.drivers,
    categories: column(table.nameColumn),
    categoryLabels: drivers.map((d) => d.label),
    series: [
      { name: 'Low setting', kind: 'column', axis: 'primary', values: column(table.lowColumn),
        cache: drivers.map((d) => d.lowHeadroomChange), color: SERIES_COLORS.tools },
      { name: 'High setting', kind: 'column', axis: 'primary', values: column(table.highColumn),
        cache: drivers.map((d) => d.highHeadroomChange), color: SERIES_COLORS.fte }
    ],
    primaryAxis: { title: `Change in headroom, budget − total (${ctx.currency})`, numFmt: signedThousandsFormat(ctx.currency) },
    horizontalBars: true
  }
}
