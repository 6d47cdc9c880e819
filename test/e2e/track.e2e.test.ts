// Track you can trust: the check-in opens on the next unrecorded quarter or on a recorded one with
// its figures loaded (never a blank form over saved data), and variance reads as finance reads it.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { formatMoneyCompact } from '../../src/core/format'
import { projectScenario } from '../../src/core/projection'
import { quarterLabel } from '../../src/core/quarters'
import type { QuarterActual, ScenarioSummary } from '../../src/shared/ipc'
import { startAppForFile, type RunningApp } from './harness'

let app: RunningApp
let page: Page
const planned = projectScenario(DEFAULT_SCENARIO).quarters[0]

startAppForFile({}, async (started) => {
  app = started
  page = app.page
  await page.getByRole('heading', { level: 1, name: DEFAULT_SCENARIO.name }).waitFor()
})

const checkin = () => page.locator('[data-testid="checkin"]')
const field = (label: string) => checkin().getByLabel(label, { exact: true })

describe('the check-in', () => {
  it('saves the first quarter, then on coming back opens the next, and the first again with its figures', async () => {
    await page.click('nav [data-view="track"]')
    expect(await field('Quarter').inputValue()).toBe('0')
    expect(await page.getByTestId('checkin-status').textContent()).toBe(`${quarterLabel(DEFAULT_SCENARIO.start, 0)} is not recorded yet.`)
    // Over plan by $40,900 on people.
    const people = Math.round(planned.people) + 40_900
    await field('People spend (USD)').fill(String(people))
    await field('Tools spend (USD)').fill(String(Math.round(planned.tools)))
    await field('Programs spend (USD)').fill(String(Math.round(planned.programs)))
    await field('Hires this quarter').fill('1')
    await checkin().getByRole('button', { name: 'Save check-in' }).click()
    await page.locator('[data-testid="actuals-table"] tbody tr').first().waitFor()

    await page.click('nav [data-view="dashboard"]')
    await page.getByTestId('kpis').waitFor()
    await page.click('nav [data-view="track"]')
    // The next unrecorded quarter, blank because nothing is saved for it.
    await expect.poll(() => field('Quarter').inputValue()).toBe('1')
    expect(await field('People spend (USD)').inputValue()).toBe('')
    expect(await page.getByTestId('checkin-status').textContent()).toBe(`${quarterLabel(DEFAULT_SCENARIO.start, 1)} is not recorded yet.`)

    // The recorded quarter, from its row in the variance table: loaded and editable.
    await page.getByTestId('actuals-table').getByRole('button', { name: quarterLabel(DEFAULT_SCENARIO.start, 0) }).click()
    await expect.poll(() => field('People spend (USD)').inputValue()).toBe(String(people))
    expect(await field('Quarter').inputValue()).toBe('0')
    expect(await page.getByTestId('checkin-status').textContent())
      .toBe(`${quarterLabel(DEFAULT_SCENARIO.start, 0)} is recorded: its saved figures are loaded, and saving replaces them.`)
    await field('Note').fill('Corrected')
    await checkin().getByRole('button', { name: 'Save check-in' }).click()
    // Saving the loaded quarter replaces its figures rather than blanking them.
    const [summary] = await app.call<ScenarioSummary[]>('scenario/list')
    await expect.poll(async () => (await app.call<QuarterActual[]>('actual/list', summary.id))
      .map((a) => [a.quarter, a.people, a.note])).toEqual([[0, people, 'Corrected']])
    expect(app.consoleErrors).toEqual([])
  })

  it('puts the variance table first, over plan positive and red with its percentage', async () => {
    const order = await page.locator('.view.track').evaluate((view) => {
      const table = view.querySelector('[data-testid="actuals-table"]')!
      const form = view.querySelector('[data-testid="checkin"]')!
      return table.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING
    })
    expect(order).toBeTruthy()
    const cell = page.getByTestId('variance-plan-0')
    const over = Math.round(planned.people) + 40_900 + Math.round(planned.tools) + Math.round(planned.programs) - planned.total
    expect(await cell.getAttribute('data-tone')).toBe('bad')
    expect(await cell.textContent()).toBe(`+${formatMoneyCompact(over, 'USD')} (+${((over / planned.total) * 100).toFixed(1)}%)`)
    expect(await cell.evaluate((td) => getComputedStyle(td).color)).toBe('rgb(185, 28, 28)')
  })
})
