// Chart configurations built from engine results. Pure functions: the same inputs give the same
// configuration, and views memoise them so a chart only redraws when its numbers change.
import { Chart, type ChartConfiguration, type ChartDataset, type TooltipItem } from 'chart.js'
import { PHASE_IDS, PHASES, phaseIndex, phaseName, type PhaseId } from '../../../core/catalog'
import type { ScenarioWithResults } from '../../../core/compare'
import { formatMoney, formatMoneyCompact } from '../../../core/format'
import { ACHIEVED_SCORE } from '../../../core/maturity'
import type { Projection } from '../../../core/projection'
import type { SensitivityResult } from '../../../core/sensitivity'
import type { SimulationResult } from '../../../core/simulation'
import type { QuarterPlanVersusActual } from '../../../core/actuals'
import { COLORS, PHASE_COLORS, SERIES_COLORS } from './palette'

type Config = ChartConfiguration

const moneyAxis = (currency: string) => ({
  beginAtZero: true,
  ticks: { callback: (value: string | number) => formatMoneyCompact(Number(value), currency) }
})

const moneyTooltip = (currency: string) => ({
  callbacks: {
    label: (item: TooltipItem<'bar' | 'line'>) =>
      `${item.dataset.label}: ${item.parsed.y === null ? 'n/a' : formatMoney(item.parsed.y, currency)}`
  }
})

const phaseAxis = {
  min: 0,
  max: PHASE_IDS.length - 1,
  ticks: { stepSize: 1, callback: (value: string | number) => PHASES[Number(value)]?.name ?? '' }
}

const P10_LABEL = 'P10 of total spend'
const P90_LABEL = 'P90 of total spend'

/** Budget envelope against stacked spend per quarter, with the simulated P10–P90 band. */
export function spendConfig(projection: Projection, simulation: SimulationResult | null): Config {
  const rows = projection.quarters
  const band = simulation && simulation.quarters.length === rows.length ? simulation.quarters : null
  const datasets: ChartDataset<'bar' | 'line', number[]>[] = [
    { type: 'line', label: 'Budget envelope', data: rows.map((r) => r.budget), borderColor: COLORS.budget,
      backgroundColor: COLORS.budget, borderWidth: 2, pointRadius: 0, stack: 'budget', order: 0 },
    { type: 'bar', label: 'People', data: rows.map((r) => r.people), backgroundColor: COLORS.people, stack: 'spend', order: 3 },
    { type: 'bar', label: 'Tools', data: rows.map((r) => r.tools), backgroundColor: COLORS.tools, stack: 'spend', order: 3 },
    { type: 'bar', label: 'Programs', data: rows.map((r) => r.programs), backgroundColor: COLORS.programs, stack: 'spend', order: 3 }
  ]
  if (band) {
    datasets.push(
      { type: 'line', label: P10_LABEL, data: band.map((q) => q.p10), borderColor: 'rgba(79,70,229,0.5)',
        borderWidth: 1, borderDash: [4, 3], pointRadius: 0, stack: 'p10', order: 1, fill: false },
      { type: 'line', label: P90_LABEL, data: band.map((q) => q.p90), borderColor: 'rgba(79,70,229,0.5)',
        borderWidth: 1, borderDash: [4, 3], pointRadius: 0, stack: 'p90', order: 1,
        fill: { target: '-1' }, backgroundColor: COLORS.band }
    )
  }
  return {
    type: 'bar',
    data: { labels: rows.map((r) => r.label), datasets: datasets as ChartDataset<'bar', number[]>[] },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, ...moneyAxis(projection.currency) } },
      plugins: {
        tooltip: moneyTooltip(projection.currency),
        legend: {
          labels: {
            // One legend entry for the band: P10 is hidden and P90 stands for both.
            generateLabels: (chart) => Chart.defaults.plugins.legend.labels.generateLabels(chart)
              .filter((item) => item.text !== P10_LABEL)
              .map((item) => (item.text === P90_LABEL ? { ...item, text: 'P10–P90 of total spend' } : item))
          }
        }
      }
    }
  }
}

/** Company headcount against security FTE. */
export function headcountConfig(projection: Projection): Config {
  const rows = projection.quarters
  return {
    type: 'line',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        { label: 'Company headcount', data: rows.map((r) => r.headcount), borderColor: COLORS.headcount,
          backgroundColor: COLORS.headcount, pointRadius: 0, borderWidth: 2, yAxisID: 'y' },
        { label: 'Security FTE', data: rows.map((r) => r.securityFte), borderColor: COLORS.fte,
          backgroundColor: COLORS.fte, pointRadius: 0, borderWidth: 2, stepped: true, yAxisID: 'fte' }
      ]
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, title: { display: true, text: 'Employees' } },
        fte: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
          title: { display: true, text: 'Security FTE' } }
      }
    }
  }
}

/** Org phase against achieved maturity phase; the gap where security lags is shaded. */
export function maturityConfig(projection: Projection): Config {
  const rows = projection.quarters
  return {
    type: 'line',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        { label: 'Organisation phase', data: rows.map((r) => phaseIndex(r.orgPhase)), borderColor: COLORS.orgPhase,
          backgroundColor: COLORS.orgPhase, stepped: 'middle', pointRadius: 0, borderWidth: 2 },
        { label: 'Achieved maturity', data: rows.map((r) => phaseIndex(r.maturityPhase)), borderColor: COLORS.maturity,
          backgroundColor: COLORS.maturity, stepped: 'middle', pointRadius: 0, borderWidth: 2,
          fill: { target: 0, above: COLORS.ahead, below: COLORS.gap } }
      ]
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: { x: { grid: { display: false } }, y: phaseAxis },
      plugins: {
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${PHASES[item.parsed.y ?? 0]?.name}` } }
      }
    }
  }
}

/** Share of each phase's capabilities in place, with the 80% line that counts as achieved. */
export function phaseScoresConfig(projection: Projection): Config {
  const rows = projection.quarters
  const phases = PHASE_IDS.slice(1) as Exclude<PhaseId, 'adhoc'>[]
  return {
    type: 'line',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        ...phases.map((id) => ({
          label: phaseName(id), data: rows.map((r) => Math.round(r.phaseScores[id] * 1000) / 10),
          borderColor: PHASE_COLORS[id], backgroundColor: PHASE_COLORS[id], pointRadius: 0, borderWidth: 2
        })),
        { label: `Achieved (${ACHIEVED_SCORE * 100}%)`, data: rows.map(() => ACHIEVED_SCORE * 100),
          borderColor: '#94a3b8', borderDash: [5, 4], borderWidth: 1, pointRadius: 0, backgroundColor: '#94a3b8' }
      ]
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false } },
        y: { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v}%` } }
      }
    }
  }
}

export const TORNADO_DRIVERS = 10

/** The inputs that swing total spend the most, as bars either side of the plan's total. */
export function tornadoConfig(result: SensitivityResult, currency: string): Config {
  const drivers = result.drivers.slice(0, TORNADO_DRIVERS)
  const base = result.baseTotal
  return {
    type: 'bar',
    data: {
      labels: drivers.map((d) => d.label),
      datasets: [
        { label: 'Low setting', data: drivers.map((d) => [0, d.lowTotal - base]) as unknown as number[],
          backgroundColor: COLORS.low, grouped: false },
        { label: 'High setting', data: drivers.map((d) => [0, d.highTotal - base]) as unknown as number[],
          backgroundColor: COLORS.high, grouped: false }
      ]
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: { ticks: { callback: (v: string | number) => signedMoney(Number(v), currency) },
          title: { display: true, text: `Change in total spend over the plan (${currency})` } },
        y: { grid: { display: false }, ticks: { autoSkip: false, callback: (_: string | number, i: number) => shorten(drivers[i]?.label ?? '', TORNADO_LABEL_CHARS) } }
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const driver = drivers[item.dataIndex]
              const low = item.datasetIndex === 0
              const total = low ? driver.lowTotal : driver.highTotal
              return `${low ? driver.lowSetting : driver.highSetting}: ${signedMoney(total - base, currency)} (total ${formatMoneyCompact(total, currency)})`
            },
            title: (items) => drivers[items[0]?.dataIndex ?? 0]?.label ?? ''
          }
        }
      }
    }
  }
}

/** Driver names longer than this are cut on the axis; the tooltip has them whole. */
const TORNADO_LABEL_CHARS = 30

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

function signedMoney(value: number, currency: string): string {
  const text = formatMoneyCompact(Math.abs(value), currency)
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text
}

/** The editor's small chart: headcount and revenue milestones, interpolated. */
export function milestonesConfig(projection: Projection): Config {
  const rows = projection.quarters
  return {
    type: 'line',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        { label: 'Headcount', data: rows.map((r) => r.headcount), borderColor: COLORS.headcount,
          backgroundColor: COLORS.headcount, pointRadius: 0, borderWidth: 2, yAxisID: 'y' },
        { label: 'Revenue run-rate', data: rows.map((r) => r.revenueRunRate), borderColor: COLORS.people,
          backgroundColor: COLORS.people, pointRadius: 0, borderWidth: 2, borderDash: [6, 4], yAxisID: 'revenue' }
      ]
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { maxTicksLimit: 6 } },
        y: { beginAtZero: true, ticks: { maxTicksLimit: 5 } },
        revenue: { position: 'right', grid: { drawOnChartArea: false }, ...moneyAxis(projection.currency),
          ticks: { ...moneyAxis(projection.currency).ticks, maxTicksLimit: 5 } }
      }
    }
  }
}

/** The editor's live check: total planned spend against the budget envelope. */
export function liveSpendConfig(projection: Projection): Config {
  const rows = projection.quarters
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        { type: 'line', label: 'Budget', data: rows.map((r) => r.budget), borderColor: COLORS.budget,
          backgroundColor: COLORS.budget, borderWidth: 2, pointRadius: 0, order: 0 },
        // Two series that share each quarter's slot, so the legend says what the colours mean.
        { type: 'bar', label: 'Within budget', data: rows.map((r) => (r.total > r.budget ? null : r.total)), order: 1,
          backgroundColor: COLORS.people, grouped: false },
        { type: 'bar', label: 'Over budget', data: rows.map((r) => (r.total > r.budget ? r.total : null)), order: 1,
          backgroundColor: COLORS.high, grouped: false }
      ] as ChartDataset<'bar', (number | null)[]>[]
    },
    options: {
      scales: {
        x: { grid: { display: false }, ticks: { maxTicksLimit: 6 } },
        y: { ...moneyAxis(projection.currency), ticks: { ...moneyAxis(projection.currency).ticks, maxTicksLimit: 5 } }
      },
      plugins: { tooltip: moneyTooltip(projection.currency) }
    }
  }
}

/** Labels of every quarter any compared scenario covers, in calendar order. */
function unionLabels(scenarios: readonly ScenarioWithResults[]): string[] {
  return [...new Set(scenarios.flatMap((s) => s.projection.quarters.map((q) => q.label)))].sort()
}

function alignTo(labels: string[], projection: Projection, pick: (q: Projection['quarters'][number]) => number): (number | null)[] {
  const byLabel = new Map(projection.quarters.map((q) => [q.label, pick(q)]))
  return labels.map((label) => byLabel.get(label) ?? null)
}

/** Compare: one line per scenario for total spend, budgets dashed. */
export function compareSpendConfig(scenarios: readonly ScenarioWithResults[], currency: string): Config {
  const labels = unionLabels(scenarios)
  return {
    type: 'line',
    data: {
      labels,
      datasets: scenarios.flatMap((s, i) => [
        { label: `${s.doc.name}: spend`, data: alignTo(labels, s.projection, (q) => q.total),
          borderColor: SERIES_COLORS[i], backgroundColor: SERIES_COLORS[i], pointRadius: 0, borderWidth: 2 },
        { label: `${s.doc.name}: budget`, data: alignTo(labels, s.projection, (q) => q.budget),
          borderColor: SERIES_COLORS[i], backgroundColor: SERIES_COLORS[i], pointRadius: 0, borderWidth: 1, borderDash: [5, 4] }
      ])
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: { x: { grid: { display: false } }, y: moneyAxis(currency) },
      plugins: { tooltip: moneyTooltip(currency) }
    }
  }
}

/** Compare: achieved maturity phase per scenario. */
export function compareMaturityConfig(scenarios: readonly ScenarioWithResults[]): Config {
  const labels = unionLabels(scenarios)
  return {
    type: 'line',
    data: {
      labels,
      datasets: scenarios.map((s, i) => ({
        label: s.doc.name, data: alignTo(labels, s.projection, (q) => phaseIndex(q.maturityPhase)),
        borderColor: SERIES_COLORS[i], backgroundColor: SERIES_COLORS[i], pointRadius: 0, borderWidth: 2,
        stepped: 'middle' as const
      }))
    },
    options: { scales: { x: { grid: { display: false } }, y: phaseAxis } }
  }
}

/** Compare: security FTE per scenario. */
export function compareFteConfig(scenarios: readonly ScenarioWithResults[]): Config {
  const labels = unionLabels(scenarios)
  return {
    type: 'line',
    data: {
      labels,
      datasets: scenarios.map((s, i) => ({
        label: s.doc.name, data: alignTo(labels, s.projection, (q) => q.securityFte),
        borderColor: SERIES_COLORS[i], backgroundColor: SERIES_COLORS[i], pointRadius: 0, borderWidth: 2,
        stepped: true as const
      }))
    },
    options: { scales: { x: { grid: { display: false } }, y: { beginAtZero: true, title: { display: true, text: 'Security FTE' } } } }
  }
}

/** Track: planned against actual spend per quarter. */
export function planActualSpendConfig(rows: readonly QuarterPlanVersusActual[], currency: string): Config {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        { type: 'line', label: 'Budget', data: rows.map((r) => r.budget), borderColor: COLORS.budget,
          backgroundColor: COLORS.budget, borderWidth: 1, borderDash: [5, 4], pointRadius: 0, order: 0 },
        { type: 'bar', label: 'Planned', data: rows.map((r) => r.planned.total), backgroundColor: 'rgba(79,70,229,0.35)', order: 2 },
        { type: 'bar', label: 'Actual', data: rows.map((r) => r.actual?.total ?? null), backgroundColor: COLORS.actual, order: 1 }
      ] as ChartDataset<'bar', number[]>[]
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: { x: { grid: { display: false } }, y: moneyAxis(currency) },
      plugins: { tooltip: moneyTooltip(currency) }
    }
  }
}

/** Track: the hires the plan makes to date against those recorded, and the team the plan has in post. */
export function planActualHiresConfig(rows: readonly QuarterPlanVersusActual[]): Config {
  const lastRecorded = rows.reduce((last, r, i) => (r.actual ? i : last), -1)
  return {
    type: 'line',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        { label: 'Planned hires to date', data: rows.map((r) => r.plannedHiresToDate), borderColor: COLORS.planned,
          backgroundColor: COLORS.planned, stepped: true, pointRadius: 0, borderWidth: 2 },
        { label: 'Planned security FTE in post', data: rows.map((r) => r.plannedFteInPost), borderColor: COLORS.headcount,
          backgroundColor: COLORS.headcount, stepped: true, pointRadius: 0, borderWidth: 1.5, borderDash: [4, 3] },
        { label: 'Hired to date (recorded)', data: rows.map((r, i) => (i <= lastRecorded ? r.hiredToDate : null)),
          borderColor: COLORS.actual, backgroundColor: COLORS.actual, stepped: true, pointRadius: 3, borderWidth: 2 }
      ]
    },
    options: { scales: { x: { grid: { display: false } }, y: { beginAtZero: true } } }
  }
}
