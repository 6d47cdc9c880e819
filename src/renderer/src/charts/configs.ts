// Chart configurations built from engine results. Pure functions: the same inputs give the same
// configuration, and views memoise them so a chart only redraws when its numbers change.
import { Chart, type ChartConfiguration, type ChartDataset, type ChartOptions, type TooltipItem } from 'chart.js'
import { PHASE_IDS, PHASES, phaseIndex, phaseName, type PhaseId } from '../../../core/catalog'
import type { ScenarioWithResults } from '../../../core/compare'
import { capitalised, formatMoney, formatMoneyCompact, signedMoney } from '../../../core/format'
import { ACHIEVED_SCORE } from '../../../core/maturity'
import type { Projection, QuarterResult } from '../../../core/projection'
import type { SensitivityDriver, SensitivityResult } from '../../../core/sensitivity'
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

type LineStyle = Partial<ChartDataset<'line', (number | null)[]>>

/** A line series without point markers, drawn in one colour; `style` adds or overrides. */
function line(label: string, data: (number | null)[], color: string, style: LineStyle = {}): ChartDataset<'line', (number | null)[]> {
  return { label, data, borderColor: color, backgroundColor: color, pointRadius: 0, borderWidth: 2, ...style }
}

/** Tooltips list every series of the hovered quarter. */
const BY_QUARTER = { mode: 'index', intersect: false } as const

/** A line chart over quarter labels. */
function lineChart(labels: string[], datasets: ChartDataset<'line', (number | null)[]>[], options: ChartOptions<'line'>): Config {
  return { type: 'line', data: { labels, datasets }, options }
}

const P10_LABEL = 'P10 of total spend'
const P90_LABEL = 'P90 of total spend'

/** "headroom: $12,345", or "over budget by $12,345": budget less total, to follow other words. */
function headroomText(headroom: number, currency: string): string {
  return headroom < 0 ? `over budget by ${formatMoney(-headroom, currency)}` : `headroom: ${formatMoney(headroom, currency)}`
}

/** "Total: $1,234,567" and "Headroom: $12,345" (or "Over budget by $12,345") for a quarter's tooltip. */
export function spendTooltipFooter(row: Pick<QuarterResult, 'total' | 'variance'>, currency: string): string[] {
  return [`Total: ${formatMoney(row.total, currency)}`, capitalised(headroomText(row.variance, currency))]
}

/** A tooltip footer from the hovered quarter's index; nothing for an index without a row. */
function footerByQuarter(lines: (index: number) => string[]) {
  return (items: TooltipItem<'bar' | 'line'>[]) => {
    const index = items[0]?.dataIndex
    return index === undefined ? [] : lines(index)
  }
}

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
      interaction: BY_QUARTER,
      scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, ...moneyAxis(projection.currency) } },
      plugins: {
        tooltip: {
          callbacks: {
            ...moneyTooltip(projection.currency).callbacks,
            // The quarter's whole story under its series: total spend and what is left of the budget.
            footer: footerByQuarter((i) => (rows[i] ? spendTooltipFooter(rows[i], projection.currency) : []))
          }
        },
        legend: {
          labels: {
            // One legend entry for the band: P10 is hidden and P90 stands for both.
            generateLabels: (chart) => Chart.defaults.plugins.legend.labels.generateLabels(chart)
              .filter((item) => item.text !== P10_LABEL)
              .map((item) => (item.text === P90_LABEL
                ? { ...item, text: 'P10–P90 of total spend', pointStyle: 'rect' as const, fillStyle: COLORS.band, lineWidth: 1, lineDash: [4, 3] }
                : item))
          }
        }
      }
    }
  }
}

/** Company headcount against security FTE. */
export function headcountConfig(projection: Projection): Config {
  const rows = projection.quarters
  return lineChart(rows.map((r) => r.label), [
    line('Company headcount', rows.map((r) => r.headcount), COLORS.headcount, { yAxisID: 'y' }),
    line('Security FTE', rows.map((r) => r.securityFte), COLORS.fte, { stepped: true, yAxisID: 'fte' })
  ], {
    interaction: BY_QUARTER,
    scales: {
      x: { grid: { display: false } },
      y: { beginAtZero: true, title: { display: true, text: 'Employees' } },
      fte: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
        title: { display: true, text: 'Security FTE' } }
    }
  })
}

/**
 * The phase axis of the maturity chart has half a phase of room below Ad Hoc and above World-class,
 * so a line at either end is drawn inside the plot, never on the axis.
 */
export const MATURITY_AXIS = {
  ...phaseAxis, min: -0.5, max: PHASE_IDS.length - 0.5,
  // Chart.js steps from the axis's minimum, which would put every tick between two phases (-0.5,
  // 0.5, …) and leave the axis unlabelled: one tick on each phase instead.
  afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
    axis.ticks = PHASE_IDS.map((_, index) => ({ value: index }))
  }
}

/** Org phase (dashed) against achieved maturity phase (solid, thicker); the gap where security lags is shaded. */
export function maturityConfig(projection: Projection): Config {
  const rows = projection.quarters
  return lineChart(rows.map((r) => r.label), [
    line('Organisation phase', rows.map((r) => phaseIndex(r.orgPhase)), COLORS.orgPhase, { stepped: 'middle', borderDash: [6, 4] }),
    line('Achieved maturity', rows.map((r) => phaseIndex(r.maturityPhase)), COLORS.maturity, { stepped: 'middle', borderWidth: 3,
      fill: { target: 0, above: COLORS.ahead, below: COLORS.gap } })
  ], {
    interaction: BY_QUARTER,
    scales: { x: { grid: { display: false } }, y: MATURITY_AXIS },
    plugins: {
      tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${PHASES[item.parsed.y ?? 0]?.name}` } }
    }
  })
}

/** Share of each phase's capabilities in place, with the 80% line that counts as achieved. */
export function phaseScoresConfig(projection: Projection): Config {
  const rows = projection.quarters
  const phases = PHASE_IDS.slice(1) as Exclude<PhaseId, 'adhoc'>[]
  return lineChart(rows.map((r) => r.label), [
    ...phases.map((id) => line(phaseName(id), rows.map((r) => Math.round(r.phaseScores[id] * 1000) / 10), PHASE_COLORS[id])),
    line(`Achieved (${ACHIEVED_SCORE * 100}%)`, rows.map(() => ACHIEVED_SCORE * 100), '#94a3b8', { borderDash: [5, 4], borderWidth: 1 })
  ], {
    interaction: BY_QUARTER,
    scales: {
      x: { grid: { display: false } },
      y: { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v}%` } }
    }
  })
}

export const TORNADO_DRIVERS = 10

/** Characters per line of a driver's name on the tornado's axis; longer names wrap. */
const TORNADO_NAME_CHARS = 32
/** Lines a driver's name may take before it is cut (the tooltip has it whole). */
const TORNADO_NAME_LINES = 2

/** The axis label of one driver: its name, then its two settings ("$100K / $500K"). */
export function tornadoLabel(driver: Pick<SensitivityDriver, 'label' | 'lowSetting' | 'highSetting'>): string[] {
  return [...wrapWords(driver.label, TORNADO_NAME_CHARS, TORNADO_NAME_LINES), settingsPair(driver.lowSetting, driver.highSetting)]
}

/** Height in pixels of a tornado chart: room for three lines of label per driver. */
export function tornadoHeight(drivers: number): number {
  return Math.max(200, drivers * 46 + 70)
}

/** A bar from the plan's headroom (0) to a change in it: Chart.js draws [start, end] pairs as floating bars. */
function floatingBar(change: number): [number, number] {
  return [0, change]
}

/**
 * The inputs that swing the headroom (budget − total) the most, as bars either side of the plan's
 * headroom: spending more moves a bar left, and revenue, which moves the budget, shows as well.
 */
export function tornadoConfig(result: SensitivityResult, currency: string): Config {
  const drivers = result.drivers.slice(0, TORNADO_DRIVERS)
  return {
    type: 'bar',
    data: {
      labels: drivers.map(tornadoLabel),
      datasets: [
        { label: 'Low setting (first value)', data: drivers.map((d) => floatingBar(d.lowHeadroomChange)),
          backgroundColor: COLORS.low, grouped: false },
        { label: 'High setting (second value)', data: drivers.map((d) => floatingBar(d.highHeadroomChange)),
          backgroundColor: COLORS.high, grouped: false }
      ]
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: { ticks: { callback: (v: string | number) => signedMoney(Number(v), currency) },
          title: { display: true, text: `Change in headroom, budget − total, over the plan (${currency})` } },
        y: { grid: { display: false }, ticks: { autoSkip: false } }
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const driver = drivers[item.dataIndex]
              const low = item.datasetIndex === 0
              const total = low ? driver.lowTotal : driver.highTotal
              const change = low ? driver.lowHeadroomChange : driver.highHeadroomChange
              return `${low ? 'Low' : 'High'} setting, ${low ? driver.lowSetting : driver.highSetting}: headroom ${signedMoney(change, currency)} (total ${formatMoneyCompact(total, currency)})`
            },
            title: (items) => drivers[items[0]?.dataIndex ?? 0]?.label ?? ''
          }
        }
      }
    }
  }
}

/** Words in lines of at most `width` characters; the last line ends in "…" if text is left over. */
export function wrapWords(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  const cut = (l: string) => `${l.slice(0, width - 1).trimEnd()}…`
  const kept = lines.slice(0, maxLines).map((l) => (l.length > width ? cut(l) : l))
  const last = kept.length - 1
  if (lines.length > maxLines && !kept[last].endsWith('…')) kept[last] = cut(kept[last])
  return kept
}

/** "$100K / $500K"; settings that start alike say it once: "one quarter later / earlier". */
export function settingsPair(low: string, high: string): string {
  const lowWords = low.split(' ')
  const highWords = high.split(' ')
  let shared = 0
  while (shared < lowWords.length - 1 && shared < highWords.length - 1 && lowWords[shared] === highWords[shared]) shared++
  return shared === 0 ? `${low} / ${high}` : `${low} / ${highWords.slice(shared).join(' ')}`
}

/**
 * The editor's small charts of the growth curves the milestones make, one per series: on one
 * chart with two axes, curves of the same shape draw on top of each other and read as one line.
 */
export function growthCurveConfig(projection: Projection, series: 'headcount' | 'revenue'): Config {
  const rows = projection.quarters
  const currency = projection.currency
  const headcount = series === 'headcount'
  const color = headcount ? COLORS.headcount : COLORS.people
  return lineChart(rows.map((r) => r.label), [
    line(headcount ? 'Company headcount' : 'Revenue run-rate', rows.map((r) => (headcount ? r.headcount : r.revenueRunRate)), color)
  ], {
    interaction: BY_QUARTER,
    scales: {
      x: { grid: { display: false }, ticks: { maxTicksLimit: 5 } },
      y: headcount
        ? { beginAtZero: true, ticks: { maxTicksLimit: 5 }, title: { display: true, text: 'Employees' } }
        : { ...moneyAxis(currency), ticks: { ...moneyAxis(currency).ticks, maxTicksLimit: 5 },
            title: { display: true, text: `Annual run-rate (${currency})` } }
    },
    plugins: {
      legend: { display: false },
      tooltip: headcount
        ? { callbacks: { label: (item) => `Employees: ${(item.parsed.y ?? 0).toLocaleString('en-US')}` } }
        : moneyTooltip(currency)
    }
  })
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
      plugins: {
        tooltip: {
          callbacks: {
            ...moneyTooltip(projection.currency).callbacks,
            footer: footerByQuarter((i) => (rows[i] ? spendTooltipFooter(rows[i], projection.currency) : []))
          }
        }
      }
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
  const headroom = scenarios.map((s) => alignTo(labels, s.projection, (q) => q.variance))
  return lineChart(labels, scenarios.flatMap((s, i) => [
    line(`${s.doc.name}: spend`, alignTo(labels, s.projection, (q) => q.total), SERIES_COLORS[i]),
    line(`${s.doc.name}: budget`, alignTo(labels, s.projection, (q) => q.budget), SERIES_COLORS[i], { borderWidth: 1, borderDash: [5, 4] })
  ]), {
    interaction: BY_QUARTER,
    scales: { x: { grid: { display: false } }, y: moneyAxis(currency) },
    plugins: {
      tooltip: {
        callbacks: {
          ...moneyTooltip(currency).callbacks,
          // Each scenario's headroom in the quarter (its spend, the total, is a line above), in its own currency.
          footer: footerByQuarter((i) => scenarios.flatMap((s, j) => {
            const value = headroom[j][i]
            return value === null ? [] : [`${s.doc.name}: ${headroomText(value, s.projection.currency)}`]
          }))
        }
      }
    }
  })
}

/** Compare: achieved maturity phase per scenario. */
export function compareMaturityConfig(scenarios: readonly ScenarioWithResults[]): Config {
  const labels = unionLabels(scenarios)
  return lineChart(labels, scenarios.map((s, i) =>
    line(s.doc.name, alignTo(labels, s.projection, (q) => phaseIndex(q.maturityPhase)), SERIES_COLORS[i], { stepped: 'middle' })),
  { scales: { x: { grid: { display: false } }, y: phaseAxis } })
}

/** Compare: security FTE per scenario. */
export function compareFteConfig(scenarios: readonly ScenarioWithResults[]): Config {
  const labels = unionLabels(scenarios)
  return lineChart(labels, scenarios.map((s, i) =>
    line(s.doc.name, alignTo(labels, s.projection, (q) => q.securityFte), SERIES_COLORS[i], { stepped: true })),
  { scales: { x: { grid: { display: false } }, y: { beginAtZero: true, title: { display: true, text: 'Security FTE' } } } })
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
      interaction: BY_QUARTER,
      scales: { x: { grid: { display: false } }, y: moneyAxis(currency) },
      plugins: {
        tooltip: {
          callbacks: {
            ...moneyTooltip(currency).callbacks,
            // The planned total and its headroom, and the actual's once recorded.
            footer: footerByQuarter((i) => {
              const row = rows[i]
              if (!row) return []
              const planned = `Planned total: ${formatMoney(row.planned.total, currency)}; ${headroomText(row.budget - row.planned.total, currency)}`
              return row.actual
                ? [planned, `Actual total: ${formatMoney(row.actual.total, currency)}; ${headroomText(row.budget - row.actual.total, currency)}`]
                : [planned]
            })
          }
        }
      }
    }
  }
}

/** Track: the hires the plan makes to date against those recorded, and the team the plan has in post. */
export function planActualHiresConfig(rows: readonly QuarterPlanVersusActual[]): Config {
  const lastRecorded = rows.reduce((last, r, i) => (r.actual ? i : last), -1)
  return lineChart(rows.map((r) => r.label), [
    line('Planned hires to date', rows.map((r) => r.plannedHiresToDate), COLORS.planned, { stepped: true }),
    line('Planned security FTE in post', rows.map((r) => r.plannedFteInPost), COLORS.headcount,
      { stepped: true, borderWidth: 1.5, borderDash: [4, 3] }),
    line('Hired to date (recorded)', rows.map((r, i) => (i <= lastRecorded ? r.hiredToDate : null)), COLORS.actual,
      { stepped: true, pointRadius: 3 })
  ], { scales: { x: { grid: { display: false } }, y: { beginAtZero: true } } })
}
