// Peer benchmarks (docs/model.md): cited reference lines, each with its source and year, so a board
// can see how the plan compares with peers. The blueprint's 2–8% band is a target for AI companies
// and sits well above these cross-industry figures.
import type { Provenance } from './provenance'

export type BenchmarkMetric =
  | 'percentOfRevenue' | 'percentOfIt' | 'budgetGrowthPercent' | 'teamGrowthPercent'
  | 'peopleSharePercent' | 'softwareSharePercent' | 'perEmployee' | 'marketSize'
  | 'securityFtePer100' | 'monthsToFill' | 'cisoTotalPay'

export interface Benchmark {
  id: string
  label: string
  metric: BenchmarkMetric
  value: number
  /** The top of a range, when the figure is one (months to fill, FTE per 100). */
  high?: number
  unit: '%' | 'USD' | 'USD bn' | 'per 100 employees' | 'months'
  source: string
  year: number
  provenance: Provenance
  /** A survey figure, or practitioner guidance shown as a labelled range rather than a survey. */
  basis: 'survey' | 'practitioner'
  /** A later edition revised this figure: show it only as its own edition, prefer the revision. */
  revisedBy?: string
}

const IANS_2024 = 'IANS/Artico Security Budget Benchmark 2024 (750+ CISOs)'
const IANS_2025 = 'IANS/Artico Security Budget Benchmark 2025 (587 CISOs)'
const IANS_2023 = 'IANS Security Budget Benchmark 2023'
const DELOITTE_2020 = 'Deloitte / FS-ISAC, Reshaping the Cybersecurity Landscape'

const survey = (b: Omit<Benchmark, 'provenance' | 'basis'>): Benchmark => ({ ...b, provenance: 'reference', basis: 'survey' })

export const BENCHMARKS: readonly Benchmark[] = [
  survey({ id: 'ians-2024-revenue', label: 'Security spend, % of revenue (cross-industry)',
    metric: 'percentOfRevenue', value: 0.69, unit: '%', year: 2024, source: IANS_2024 }),
  survey({ id: 'ians-2020-revenue', label: 'Security spend, % of revenue (cross-industry, 2020)',
    metric: 'percentOfRevenue', value: 0.5, unit: '%', year: 2020, source: IANS_2024 }),
  survey({ id: 'ians-2024-it-revised', label: 'Security spend, % of IT spend (2024, as revised in the 2025 edition)',
    metric: 'percentOfIt', value: 11.9, unit: '%', year: 2024, source: IANS_2025 }),
  survey({ id: 'ians-2024-it', label: 'Security spend, % of IT spend (2024 edition)', metric: 'percentOfIt',
    value: 13.2, unit: '%', year: 2024, source: IANS_2024, revisedBy: 'ians-2024-it-revised' }),
  survey({ id: 'ians-2020-it', label: 'Security spend, % of IT spend (2020)', metric: 'percentOfIt',
    value: 8.6, unit: '%', year: 2020, source: IANS_2024 }),
  survey({ id: 'ians-2025-it', label: 'Security spend, % of IT spend', metric: 'percentOfIt',
    value: 10.9, unit: '%', year: 2025, source: IANS_2025 }),
  survey({ id: 'ians-2023-vc-it', label: 'Companies backed by venture capital or private equity: security % of IT',
    metric: 'percentOfIt', value: 30, unit: '%', year: 2023, source: IANS_2023 }),
  survey({ id: 'ians-2023-tech-it', label: 'Technology sector: security % of IT', metric: 'percentOfIt',
    value: 19, unit: '%', year: 2023, source: IANS_2023 }),
  survey({ id: 'ians-2024-growth', label: 'Average security budget growth', metric: 'budgetGrowthPercent',
    value: 8, unit: '%', year: 2024, source: IANS_2024 }),
  survey({ id: 'ians-2024-team', label: 'Average security team growth', metric: 'teamGrowthPercent',
    value: 12, unit: '%', year: 2024, source: IANS_2024 }),
  survey({ id: 'ians-2025-growth', label: 'Average security budget growth', metric: 'budgetGrowthPercent',
    value: 4, unit: '%', year: 2025, source: IANS_2025 }),
  survey({ id: 'ians-2025-team', label: 'Average security team growth', metric: 'teamGrowthPercent',
    value: 7, unit: '%', year: 2025, source: IANS_2025 }),
  survey({ id: 'ians-2023-people', label: 'Staff and compensation share of security budget',
    metric: 'peopleSharePercent', value: 38, unit: '%', year: 2023, source: IANS_2023 }),
  survey({ id: 'isg-2024-personnel', label: 'Personnel share of security budget',
    metric: 'peopleSharePercent', value: 28.3, unit: '%', year: 2024, source: 'ISG 2024 (via Forrester)' }),
  survey({ id: 'isg-2024-software', label: 'Software share of security budget',
    metric: 'softwareSharePercent', value: 35.9, unit: '%', year: 2024, source: 'ISG 2024 (via Forrester)' }),
  survey({ id: 'deloitte-2020-it', label: 'Financial services: security % of IT', metric: 'percentOfIt',
    value: 10.9, unit: '%', year: 2020, source: DELOITTE_2020 }),
  survey({ id: 'deloitte-2020-per-employee', label: 'Financial services: security spend per employee',
    metric: 'perEmployee', value: 2691, unit: 'USD', year: 2020, source: DELOITTE_2020 }),
  survey({ id: 'deloitte-2019-it', label: 'Financial services: security % of IT (2019 edition)', metric: 'percentOfIt',
    value: 10, unit: '%', year: 2019, source: 'Deloitte / FS-ISAC 2019' }),
  survey({ id: 'deloitte-2019-per-employee', label: 'Financial services: security spend per employee (2019 edition)',
    metric: 'perEmployee', value: 2300, unit: 'USD', year: 2019, source: 'Deloitte / FS-ISAC 2019' }),
  { id: 'practitioner-fte-range', label: 'Security staff per 100 employees: from 1 per 100 (low risk) to 1 per 29 (critical risk)',
    metric: 'securityFtePer100', value: 1, high: 100 / 29, unit: 'per 100 employees', year: 2024,
    source: 'Practitioner guidance (not a survey)', provenance: 'reference', basis: 'practitioner' },
  { id: 'practitioner-fte-startup', label: 'Security staff per 100 employees: 1 per 40, a common startup rule of thumb',
    metric: 'securityFtePer100', value: 2.5, unit: 'per 100 employees', year: 2024,
    source: 'Practitioner guidance (not a survey)', provenance: 'reference', basis: 'practitioner' },
  survey({ id: 'isaca-time-to-fill', label: 'Time to fill an experienced security role', metric: 'monthsToFill',
    value: 3, high: 6, unit: 'months', year: 2024, source: 'ISACA State of Cybersecurity 2024' }),
  survey({ id: 'ians-2024-ciso-pay-median', label: 'CISO total pay (base, bonus and equity), median',
    metric: 'cisoTotalPay', value: 403000, unit: 'USD', year: 2024, source: 'IANS/Artico CISO Compensation Benchmark 2024 (755 CISOs)' }),
  survey({ id: 'ians-2024-ciso-pay-average', label: 'CISO total pay (base, bonus and equity), average',
    metric: 'cisoTotalPay', value: 565000, unit: 'USD', year: 2024, source: 'IANS/Artico CISO Compensation Benchmark 2024 (755 CISOs)' }),
  survey({ id: 'gartner-2024-market', label: 'Worldwide information-security spend', metric: 'marketSize',
    value: 193.5, unit: 'USD bn', year: 2024, source: 'Gartner' }),
  survey({ id: 'gartner-2025-market', label: 'Worldwide information-security spend', metric: 'marketSize',
    value: 213, unit: 'USD bn', year: 2025, source: 'Gartner' })
]

/** The peer figures to show beside a plan's metric: revised editions replace the figures they revise. */
export function peerFigures(metric: BenchmarkMetric): Benchmark[] {
  return BENCHMARKS.filter((b) => b.metric === metric && b.revisedBy === undefined)
}
