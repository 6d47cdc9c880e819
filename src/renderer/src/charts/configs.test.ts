import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../core/defaultScenario'
import { sensitivity } from '../../../core/sensitivity'
import { formatMoney } from '../../../core/format'
import { projectScenario } from '../../../core/projection'
import {
  compareSpendConfig, liveSpendConfig, maturityConfig, planActualSpendConfig, settingsPair, spendConfig, spendTooltipFooter, tornadoConfig,
  tornadoLabel, wrapWords
} from './configs'
import { compareScenarios } from '../../../core/compare'
import { planVersusActual } from '../../../core/actuals'
import { COLORS } from './palette'
import { PHASES } from '../../../core/catalog'
import { headlessChart } from '../testing/headlessChart'

describe('tornado labels', () => {
  it('wraps a long driver name over two lines instead of cutting it', () => {
    expect(wrapWords('AI security platform cost range', 26, 2)).toEqual(['AI security platform cost', 'range'])
  })

  it('ends the last line in an ellipsis only when words are left over', () => {
    expect(wrapWords('one two three four five six', 9, 2)).toEqual(['one two', 'three…'])
    expect(wrapWords('Supercalifragilistic', 10, 2)).toEqual(['Supercali…'])
    expect(wrapWords('CISO pay', 26, 2)).toEqual(['CISO pay'])
  })

  it('says settings that start alike once', () => {
    expect(settingsPair('one quarter later', 'one quarter earlier')).toBe('one quarter later / earlier')
    expect(settingsPair('$100K', '$500K')).toBe('$100K / $500K')
    expect(settingsPair('-20%', '+20%')).toBe('-20% / +20%')
  })

  it('puts each driver\'s low and high setting under its name on the axis', () => {
    const result = sensitivity(DEFAULT_SCENARIO)
    const labels = tornadoConfig(result, 'USD').data.labels as string[][]
    const timing = result.drivers.findIndex((d) => d.id === 'hiringTiming')
    expect(timing).toBeGreaterThanOrEqual(0)
    expect(labels[timing]).toEqual(['Hiring timing', 'one quarter later / earlier'])
    for (const [i, label] of labels.entries()) {
      const driver = result.drivers[i]
      expect(label.at(-1)).toBe(settingsPair(driver.lowSetting, driver.highSetting))
      expect(label.slice(0, -1).join(' ').replace('…', '')).toSatisfy((name: string) => driver.label.startsWith(name.trimEnd()))
    }
    expect(tornadoLabel({ label: 'AI security platform cost range', lowSetting: '$100K', highSetting: '$500K' }))
      .toEqual(['AI security platform cost range', '$100K / $500K'])
    expect(tornadoLabel({ label: 'Senior security engineer (AI experience) pay', lowSetting: '-20%', highSetting: '+20%' }))
      .toEqual(['Senior security engineer (AI', 'experience) pay', '-20% / +20%'])
  })
})

describe('maturity chart', () => {
  it('draws the achieved line inside the plot at Ad Hoc, not on the axis, with the five phases as ticks', () => {
    const config = maturityConfig(projectScenario({ ...DEFAULT_SCENARIO, capabilities: [] }))
    const y = (config.options?.scales as Record<string, { min: number; max: number; ticks: { callback: (v: number) => string } }>).y
    expect(config.data.datasets[1].data.every((v) => v === 0)).toBe(true)
    expect(y.min).toBe(-0.5)
    expect(y.max).toBe(4.5)
    expect([-0.5, 0, 1, 2, 3, 4, 4.5].map((v) => y.ticks.callback(v))).toEqual(['', 'Ad Hoc', 'Foundation', 'Growth', 'Optimization', 'World-Class', ''])
  })

  it('labels its axis with the five phases in a real Chart.js chart, one tick on each', () => {
    // Chart.js chooses the ticks: stepping from the axis's minimum (-0.5) it once put each between two
    // phases, and every label came out blank.
    const chart = headlessChart(maturityConfig(projectScenario(DEFAULT_SCENARIO)))
    expect(chart.scales.y.ticks.map((t) => [t.value, t.label])).toEqual(PHASES.map((p, i) => [i, p.name]))
    chart.destroy()
  })

  it('tells the two lines apart by dash and width as well as by a colour-blind-safe blue and orange', () => {
    const [org, achieved] = maturityConfig(projectScenario(DEFAULT_SCENARIO)).data.datasets as { borderColor: string; borderDash?: number[]; borderWidth: number }[]
    expect([org.borderColor, achieved.borderColor]).toEqual([COLORS.orgPhase, COLORS.maturity])
    expect([COLORS.orgPhase, COLORS.maturity]).toEqual(['#0072b2', '#d55e00'])
    expect(org.borderDash).toEqual([6, 4])
    expect(achieved.borderDash).toBeUndefined()
    expect(achieved.borderWidth).toBeGreaterThan(org.borderWidth)
  })
})

describe('spend chart tooltip', () => {
  it('ends with the quarter\'s total and its headroom, or how far it is over', () => {
    expect(spendTooltipFooter({ total: 1234567.4, variance: 12345 }, 'USD')).toEqual(['Total: $1,234,567', 'Headroom: $12,345'])
    expect(spendTooltipFooter({ total: 500, variance: -40900 }, 'EUR')).toEqual(['Total: €500', 'Over budget by €40,900'])
    const projection = projectScenario(DEFAULT_SCENARIO)
    const footer = (spendConfig(projection, null).options?.plugins?.tooltip?.callbacks as { footer: (items: { dataIndex: number }[]) => string[] }).footer
    const q = projection.quarters[3]
    expect(footer([{ dataIndex: 3 }])).toEqual(spendTooltipFooter(q, 'USD'))
  })
})

type Footer = (items: { dataIndex: number }[]) => string[]
const footerOf = (config: { options?: unknown }) =>
  (config.options as { plugins: { tooltip: { callbacks: { footer: Footer } } } }).plugins.tooltip.callbacks.footer

describe('every spend chart\'s tooltip', () => {
  const projection = projectScenario(DEFAULT_SCENARIO)

  it('ends with the total and the headroom on the editor\'s live check', () => {
    const q = projection.quarters[5]
    expect(footerOf(liveSpendConfig(projection))([{ dataIndex: 5 }])).toEqual(spendTooltipFooter(q, 'USD'))
  })

  it('gives each compared scenario\'s headroom in the quarter', () => {
    const lean = { ...DEFAULT_SCENARIO, name: 'Lean', quarters: 4 }
    const { scenarios } = compareScenarios([DEFAULT_SCENARIO, lean], { samples: 10 })
    const footer = footerOf(compareSpendConfig(scenarios, 'USD'))
    const [base, other] = scenarios.map((s) => s.projection.quarters)
    const words = (v: number) => (v < 0 ? `over budget by ${formatMoney(-v, 'USD')}` : `headroom: ${formatMoney(v, 'USD')}`)
    expect(footer([{ dataIndex: 2 }])).toEqual([`${DEFAULT_SCENARIO.name}: ${words(base[2].variance)}`, `Lean: ${words(other[2].variance)}`])
    // Past the shorter plan's end only the base has the quarter.
    expect(footer([{ dataIndex: 6 }])).toEqual([`${DEFAULT_SCENARIO.name}: ${words(base[6].variance)}`])
  })

  it('gives the planned total and its headroom on Track, and the actual\'s once recorded', () => {
    const rows = planVersusActual(DEFAULT_SCENARIO, [{ quarter: 0, people: 100_000, tools: 20_000, programs: 0, hires: 1, capabilities: [], note: '' }])
    const footer = footerOf(planActualSpendConfig(rows, 'USD'))
    const [first, second] = rows
    expect(footer([{ dataIndex: 0 }])).toEqual([
      `Planned total: ${formatMoney(first.planned.total, 'USD')}; headroom: ${formatMoney(first.budget - first.planned.total, 'USD')}`,
      `Actual total: $120,000; headroom: ${formatMoney(first.budget - 120_000, 'USD')}`
    ])
    expect(footer([{ dataIndex: 1 }])).toHaveLength(1)
    expect(second.actual).toBeNull()
  })
})
