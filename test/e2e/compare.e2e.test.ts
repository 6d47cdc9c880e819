// Compare's period table and bridge: a what-if's figures by fiscal year and by quarter, each with
// its difference from the base (over the base is +), and the bridge of its total spend, all as
// the engine computes them; the charts' tables; axe and the 1024×640 window on the view.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { bridgeOf } from '../../src/core/bridge'
import { phaseName } from '../../src/core/catalog'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { formatMoneyCompact, signedMoney } from '../../src/core/format'
import { comparePeriods, type ComparedPeriod, type PeriodKind } from '../../src/core/periods'
import { projectScenario } from '../../src/core/projection'
import type { ScenarioDoc } from '../../src/core/scenario'
import { seriousFindings } from './axe'
import { SHOTS, startAppForFile, type RunningApp } from './harness'

// A what-if that hires a quarter later at 10% more pay and adds a pen test: every part of the bridge moves.
const WHAT_IF: ScenarioDoc = {
  ...DEFAULT_SCENARIO,
  name: 'Later and dearer',
  hires: (DEFAULT_SCENARIO.hires ?? []).map((h) => (h.existing ? h : { ...h, quarter: Math.min(h.quarter + 1, DEFAULT_SCENARIO.quarters - 1), annualCost: h.annualCost * 1.1 })),
  programs: [...(DEFAULT_SCENARIO.programs ?? []), { name: 'Extra pen test', quarter: 2, amount: 90_000, recurrence: 'once' }]
}
const base = projectScenario(DEFAULT_SCENARIO)
const whatIf = projectScenario(WHAT_IF)
const money = (v: number) => formatMoneyCompact(v, base.currency)

let app: RunningApp
let page: Page

startAppForFile({ seed: [DEFAULT_SCENARIO, WHAT_IF], viewport: { width: 1024, height: 640 } }, async (started) => {
  app = started
  page = app.page
  await page.locator('.sidebar-scenario:not(:empty)').waitFor()
  await page.click('nav [data-view="compare"]')
  await page.getByLabel('Base scenario').selectOption({ label: DEFAULT_SCENARIO.name })
  await page.getByLabel(WHAT_IF.name, { exact: true }).check()
})

/** What the Delta component prints: "no change", or a sign and the amount. */
const delta = (v: number, format: (n: number) => string) => (Math.abs(v) < 1e-9 ? 'no change' : `${v > 0 ? '+' : '−'}${format(Math.abs(v))}`)
const phases = (n: number) => `${n} phase${n === 1 ? '' : 's'}`

/** Each cell as [figure, difference], in the table's column order. */
function expectedRow(row: ComparedPeriod): string[][] {
  const d = row.delta!
  const headroom = row.headroom < 0 ? `${money(row.headroom)} over` : money(row.headroom)
  return [
    [money(row.budget), delta(d.money!.budget, money)], [money(row.people), delta(d.money!.people, money)],
    [money(row.tools), delta(d.money!.tools, money)], [money(row.programs), delta(d.money!.programs, money)],
    [money(row.total), delta(d.money!.total, money)], [headroom, delta(d.money!.headroom, money)],
    [row.securityFte.toLocaleString('en-US'), delta(d.securityFte, String)],
    [phaseName(row.maturityPhase), delta(d.maturityPhases, phases)], [phaseName(row.orgPhase), delta(d.orgPhases, phases)]
  ]
}

async function tableRows(): Promise<{ label: string; cells: string[][] }[]> {
  return page.locator('[data-testid="compare-period-table"] tbody tr').evaluateAll((rows) => rows.map((r) => ({
    label: r.querySelector('th')?.textContent ?? '',
    cells: [...r.querySelectorAll('td')].map((td) => [...td.children].map((c) => c.textContent ?? ''))
  })))
}

function expectedRows(kind: PeriodKind) {
  return comparePeriods(base, whatIf, kind).map((row) => ({
    label: row.partial ? `${row.label} (${row.quarters.length} of 4 quarters)` : row.label,
    cells: expectedRow(row)
  }))
}

describe('the period table on Compare', () => {
  it('shows the what-if by fiscal year with the engine\'s difference from the base, then by quarter', async () => {
    const table = page.getByTestId('compare-period-table')
    await table.locator('tbody tr').first().waitFor()
    await expect(table.getByLabel('What-if').inputValue()).resolves.toBe('1')
    expect(await tableRows()).toEqual(expectedRows('years'))
    // The what-if does differ: some years cost more in people, and the table says so with a +.
    expect(comparePeriods(base, whatIf, 'years').some((y) => y.delta!.money!.people > 0)).toBe(true)

    await table.getByLabel('Quarters').check()
    await expect.poll(async () => (await tableRows()).length).toBe(whatIf.quarters.length)
    expect(await tableRows()).toEqual(expectedRows('quarters'))
    await expect(table.locator('thead th').allTextContents()).resolves.toEqual([
      'Quarter', 'Budget', 'People', 'Tools', 'Programs', 'Total', 'Headroom', 'Security FTE', 'Maturity', 'Organisation'
    ])
    await table.getByLabel('Fiscal years').check()
    await expect.poll(async () => (await tableRows()).length).toBe(whatIf.fiscalYears.length)
  })

  it('bridges the base\'s total spend to the what-if\'s, part by part, as the engine does', async () => {
    const bridge = bridgeOf(base, whatIf)!
    const row = page.getByTestId('compare-bridge').locator('tbody tr', { hasText: WHAT_IF.name })
    const personYears = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 1 })
    await expect(row.locator('td').allTextContents()).resolves.toEqual([
      money(bridge.total), signedMoney(bridge.difference, 'USD'), signedMoney(bridge.peopleTiming, 'USD'), signedMoney(bridge.peoplePay, 'USD'),
      signedMoney(bridge.fees, 'USD'), signedMoney(bridge.tools, 'USD'), signedMoney(bridge.programs, 'USD'),
      `${personYears(bridge.personYears.scenario)} (base ${personYears(bridge.personYears.base)})`
    ])
    // Later hiring is fewer person-years (timing, −), dearer pay is +, and the pen test is +$90K.
    expect(bridge.peopleTiming).toBeLessThan(0)
    expect(bridge.peoplePay).toBeGreaterThan(0)
    expect(bridge.programs).toBe(90_000)
  })

  it('shows a chart\'s numbers as a table from the keyboard', async () => {
    const card = page.getByTestId('chart-compare-spend')
    const toggle = card.getByRole('button', { name: 'Show as table: Planned spend and budget' })
    await toggle.focus()
    await page.keyboard.press('Enter')
    const region = card.getByRole('region', { name: 'Planned spend and budget: the numbers' })
    await region.waitFor()
    await expect(card.getByRole('button', { name: 'Hide table: Planned spend and budget' }).getAttribute('aria-expanded')).resolves.toBe('true')
    const first = base.quarters[0]
    await expect(region.locator('tbody tr').first().locator('th, td').allTextContents()).resolves.toEqual([
      first.label, money(first.total), money(first.budget), money(whatIf.quarters[0].total), money(whatIf.quarters[0].budget)
    ])
  })

  it('has no serious or critical axe finding and fits a 1024×640 window', async () => {
    expect(await seriousFindings(page)).toEqual([])
    const overflow = await page.evaluate(() => {
      const content = document.querySelector('.content')!
      return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, content.scrollWidth - content.clientWidth)
    })
    expect(overflow).toBeLessThanOrEqual(0)
    await page.getByTestId('compare-period-table').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'compare-periods-1024.png') })
  })
})
