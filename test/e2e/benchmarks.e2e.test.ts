// The dashboard's benchmarks by fiscal year: the engine's figures for the sample plan, each metric
// beside its cited peer figures, accessible and inside a 1024×640 window.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { peerFigures } from '../../src/core/catalog'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { FISCAL_YEAR_BENCHMARK_ROWS } from '../../src/core/fiscalYearBenchmarks'
import { formatMoney, formatPercent, formatRatioAsPercent } from '../../src/core/format'
import { projectScenario } from '../../src/core/projection'
import { seriousFindings } from './axe'
import { SHOTS, startAppForFile, type RunningApp } from './harness'

let app: RunningApp
let page: Page
const projection = projectScenario(DEFAULT_SCENARIO)

startAppForFile({}, async (started) => {
  app = started
  page = app.page
  await page.getByRole('heading', { level: 1, name: DEFAULT_SCENARIO.name }).waitFor()
})

/** Each row's header and value cells, without the peer figures' column. */
async function metricCells(): Promise<string[][]> {
  return page.locator('[data-testid="benchmarks-card"] tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td.num')].map((c) => c.textContent ?? '')))
}

describe('the benchmarks card', () => {
  it('shows the engine\'s benchmarks for each fiscal year of the sample plan', async () => {
    const card = page.getByTestId('benchmarks-card')
    await card.waitFor()
    const y = projection.fiscalYears.map((f) => f.benchmarks)
    const c = projection.currency
    expect(await metricCells()).toEqual([
      ['spend per employee', ...y.map((b) => formatMoney(b.spendPerEmployee!, c))],
      ['people share of spend', ...y.map((b) => formatRatioAsPercent(b.peopleShare!, 0))],
      ['security FTE per 100 employees', ...y.map((b) => b.securityFtePer100!.toFixed(2))],
      ['% of revenue', ...y.map((b) => formatPercent(b.percentOfRevenue!, 2))],
      ['% of IT budget', ...y.map((b) => formatPercent(b.percentOfIt!, 1))]
    ])
    // The sample plan opens and closes on a partial fiscal year, named as every other table names it.
    expect(projection.fiscalYears.filter((f) => f.partial).length).toBeGreaterThan(0)
    expect(await card.locator('thead th').allTextContents()).toEqual([
      'Metric', ...projection.fiscalYears.map((f) => (f.partial ? `${f.label} (${f.quarters.length} of 4 quarters)` : f.label)), 'Peer figures'
    ])
    expect(await card.getByRole('table', { name: 'The plan\'s benchmarks by fiscal year beside the cited peer figures' }).count()).toBe(1)
    // Every head sits on the bottom line, by the figures, so a partial year's head that breaks in two lines up.
    expect(new Set(await card.locator('thead th').evaluateAll((heads) => heads.map((th) => getComputedStyle(th).verticalAlign))))
      .toEqual(new Set(['bottom']))
  })

  it('sets each metric beside its cited peer figures, reference, with source and year; the practitioner range says so', async () => {
    const card = page.getByTestId('benchmarks-card')
    for (const row of FISCAL_YEAR_BENCHMARK_ROWS) {
      const ids = await card.getByRole('row', { name: new RegExp(`^${row.label.replace(/[%]/g, '\\$&')}`) })
        .locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-benchmark')))
      expect(ids).toEqual(peerFigures(row.metric).map((b) => b.id))
    }
    for (const b of peerFigures('percentOfIt')) {
      const text = await card.locator(`li[data-benchmark="${b.id}"]`).textContent()
      expect(text).toContain(`(${b.source}, ${b.year})`)
      expect(text).toMatch(/^reference/)
    }
    expect(await card.locator('li[data-benchmark="practitioner-fte-range"]').textContent())
      .toBe('reference Practitioner range: 1–3.45: Security staff per 100 employees: from 1 per 100 (low risk) to 1 per 29 (critical risk) (Practitioner guidance (not a survey), 2024)')
    expect(await card.locator('li[data-benchmark="deloitte-2020-per-employee"] strong').textContent()).toBe('$2,691')
    // A revised edition gives way to its revision.
    expect(await card.locator('li[data-benchmark="ians-2024-it"]').count()).toBe(0)
    expect(await card.locator('.badge-derived').count()).toBe(1)
    await card.screenshot({ path: join(SHOTS, 'dashboard-benchmarks.png') })
  })

  it('has no serious accessibility findings and scrolls sideways inside its card at 1024×640', async () => {
    expect(await seriousFindings(page, '[data-testid="benchmarks-card"]')).toEqual([])
    await page.setViewportSize({ width: 1024, height: 640 })
    // Charts redraw to the new width a frame or two after the resize, so the layout is read once settled.
    const layout = () => page.evaluate(() => {
      const content = document.querySelector('.content')!
      const card = document.querySelector('[data-testid="benchmarks-card"]')!
      const region = card.querySelector('.table-scroll')!
      return {
        overflow: Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, content.scrollWidth - content.clientWidth),
        cardInside: card.getBoundingClientRect().right <= content.getBoundingClientRect().right + 0.5,
        scrolls: region.scrollWidth > region.clientWidth
      }
    })
    await expect.poll(layout).toEqual({ overflow: 0, cardInside: true, scrolls: true })
    await page.getByTestId('benchmarks-card').screenshot({ path: join(SHOTS, '1024x640-dashboard-benchmarks.png') })
    expect(await seriousFindings(page)).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })
})
