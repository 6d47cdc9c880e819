// Which cited peer figures each fiscal-year benchmark stands beside, under what label and how its
// value reads: one table, so the CLI, the app and the board pack pair the same metrics the same way.
import type { Benchmark, BenchmarkMetric } from './benchmarks'
import type { FiscalYearBenchmarks } from './fiscalYears'
import { formatMoney, formatPercent, formatRatioAsPercent } from './format'

/** How a metric's value is expressed: money, a 0–1 share, a count per 100 employees, or a percent (3.2 = 3.2%). */
export type BenchmarkValueKind = 'money' | 'share' | 'per100' | 'percent'

export interface FiscalYearBenchmarkRow {
  label: string
  key: keyof FiscalYearBenchmarks
  metric: BenchmarkMetric
  kind: BenchmarkValueKind
  /** Decimal places shown (money is always whole units). */
  decimals: number
}

export const FISCAL_YEAR_BENCHMARK_ROWS: readonly FiscalYearBenchmarkRow[] = [
  { label: 'spend per employee', key: 'spendPerEmployee', metric: 'perEmployee', kind: 'money', decimals: 0 },
  { label: 'people share of spend', key: 'peopleShare', metric: 'peopleSharePercent', kind: 'share', decimals: 0 },
  { label: 'security FTE per 100 employees', key: 'securityFtePer100', metric: 'securityFtePer100', kind: 'per100', decimals: 2 },
  { label: '% of revenue', key: 'percentOfRevenue', metric: 'percentOfRevenue', kind: 'percent', decimals: 2 },
  { label: '% of IT budget', key: 'percentOfIt', metric: 'percentOfIt', kind: 'percent', decimals: 1 }
]

/** A fiscal year's value of a row as text, money in the plan's currency; 'n/a' where the engine has
 * none (no employees, spend, revenue or IT budget). */
export function benchmarkValueText(row: FiscalYearBenchmarkRow, benchmarks: FiscalYearBenchmarks, currency: string): string {
  const value = benchmarks[row.key]
  if (value === null) return 'n/a'
  switch (row.kind) {
    case 'money': return formatMoney(value, currency)
    case 'share': return formatRatioAsPercent(value, row.decimals)
    case 'per100': return value.toFixed(row.decimals)
    case 'percent': return formatPercent(value, row.decimals)
  }
}

/** A peer figure's value as text: a range where it is one, '%' for percents, cited figures in US dollars. */
export function peerValueText(b: Benchmark): string {
  const number = (v: number) => (b.unit === 'USD' ? formatMoney(v) : String(Number(v.toFixed(2))))
  const value = b.high === undefined ? number(b.value) : `${number(b.value)}–${number(b.high)}`
  return `${value}${b.unit === '%' ? '%' : ''}`
}

/** What precedes a peer figure's label: practitioner guidance is not a survey, so it says so. */
export function peerBasisPrefix(b: Benchmark): string {
  if (b.basis === 'survey') return ''
  return b.high === undefined ? 'Practitioner rule of thumb: ' : 'Practitioner range: '
}

/** A peer figure in one line: value, what it measures, source and year. */
export function peerFigureText(b: Benchmark): string {
  return `${peerValueText(b)}, ${b.label} (${b.source}, ${b.year})`
}
