// The dashboard's table of numbers: the engine's fiscal years and quarters, formatted, switching
// between the two.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { phaseName } from '../../src/core/catalog'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { formatMoneyCompact } from '../../src/core/format'
import { projectScenario } from '../../src/core/projection'
import { startAppForFile, type RunningApp } from './harness'

let app: RunningApp
let page: Page
const projection = projectScenario(DEFAULT_SCENARIO)
const money = (v: number) => formatMoneyCompact(v, projection.currency)

startAppForFile({}, async (started) => {
  app = started
  page = app.page
  await page.getByRole('heading', { level: 1, name: DEFAULT_SCENARIO.name }).waitFor()
})

async function tableCells(): Promise<string[][]> {
  return page.locator('[data-testid="period-table"] tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')))
}

describe('the period table', () => {
  it('shows the engine\'s fiscal years first, then its quarters, with headroom and phase', async () => {
    const table = page.getByTestId('period-table')
    await table.waitFor()
    const headroom = (v: number) => (v < 0 ? `${money(v)} over` : money(v))
    expect(await tableCells()).toEqual(projection.fiscalYears.map((y) => [
      y.partial ? `${y.label} (${y.quarters.length} of 4 quarters)` : y.label,
      money(y.budget), money(y.people), money(y.tools), money(y.programs), money(y.total), headroom(y.variance),
      y.securityFte.toLocaleString('en-US'), phaseName(y.maturityPhase), phaseName(y.orgPhase)
    ]))
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Fiscal year', 'Budget', 'People', 'Tools', 'Programs', 'Total', 'Headroom', 'Security FTE', 'Maturity', 'Organisation'
    ])

    await table.getByLabel('Quarters').check()
    await expect.poll(async () => (await tableCells()).length).toBe(projection.quarters.length)
    expect(await tableCells()).toEqual(projection.quarters.map((q) => [
      q.label, money(q.budget), money(q.people), money(q.tools), money(q.programs), money(q.total), headroom(q.variance),
      q.securityFte.toLocaleString('en-US'), phaseName(q.maturityPhase), phaseName(q.orgPhase)
    ]))
    expect(await table.locator('thead th').first().textContent()).toBe('Quarter')
    expect(app.consoleErrors).toEqual([])
  })
})
