// What a native Excel chart in the board pack shows, independent of how it is written.

/** A block of cells on a sheet, e.g. one column of a table's data rows. */
export interface CellRange {
  sheet: string
  /** Absolute A1 range without the sheet, e.g. `$F$5:$F$24`. */
  ref: string
}

export interface ChartSeries {
  name: string
  /** A cell holding the name, for names users typed: the legend then reads the cell. */
  nameCell?: CellRange
  /** Columns stack on each other, as do areas (an invisible area under a shaded one draws a band). */
  kind: 'column' | 'line' | 'area'
  axis: 'primary' | 'secondary'
  values: CellRange
  /** The values as the cells hold them now, shown until the spreadsheet recalculates. */
  cache: readonly (number | null)[]
  /** RGB hex without `#`; null draws nothing (the base an area band stands on). */
  color: string | null
  /** Opacity of an area's fill, 0 to 1. */
  opacity?: number
  /** An area's outline colour; areas have none otherwise. */
  outline?: string
  dashed?: boolean
  /** Left out of the legend, e.g. the invisible base of a band. */
  hideInLegend?: boolean
}

export interface ChartAxis {
  title: string
  numFmt: string
  min?: number
  max?: number
  majorUnit?: number
  /** Gridlines at every minor unit as well as the major ones (primary axis only). */
  minorUnit?: number
  /** A secondary axis on the left, over the primary one: with the same scale and formats that
   * label other values, the two read as one axis. Otherwise a secondary axis is on the right. */
  overlayPrimary?: boolean
}

export interface ChartSpec {
  title: string
  categories: CellRange
  categoryLabels: readonly string[]
  categoryTitle?: string
  series: readonly ChartSeries[]
  primaryAxis: ChartAxis
  /** For series on the secondary axis, drawn on the right. */
  secondaryAxis?: ChartAxis
  /**
   * Column series as horizontal bars, each series over the others rather than stacked: a tornado,
   * with the first category at the top and the value axis along the bottom.
   */
  horizontalBars?: boolean
}

/** Zero-based cell coordinates of a chart's top-left and bottom-right corners. */
export interface ChartAnchor {
  from: { col: number; row: number }
  to: { col: number; row: number }
}

export interface PlacedChart {
  /** The sheet the chart is drawn on (its data may live elsewhere). */
  sheet: string
  anchor: ChartAnchor
  spec: ChartSpec
}

/** Where the Summary's fiscal-year table is, for its chart. */
export interface FiscalYearTable {
  firstRow: number
  lastRow: number
  labelColumn: number
  columns: { budget: number; people: number; tools: number; programs: number; total: number }
}
