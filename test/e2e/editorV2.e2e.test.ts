// The editor's version 2 fields: fiscal-year start, the four budget modes with a preview of each,
// approved amounts beside the reference band, overhead and recruiting fee, people already in post
// and base pay beside loaded cost.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEADLINE_TEMPLATES, quarterOfDate } from '../../src/core/catalog'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { absoluteQuarter } from '../../src/core/quarters'
import { formatMoneyCompact } from '../../src/core/format'
import { projectScenario } from '../../src/core/projection'
import type { ScenarioDoc } from '../../src/core/scenario'
import type { ScenarioSummary, StoredScenario } from '../../src/shared/ipc'
import { startAppForFile, type RunningApp } from './harness'

let app: RunningApp
let page: Page

/** The sample plan without its deadlines, so the deadline test starts from none. */
const { deadlines: _sampleDeadlines, ...WITHOUT_DEADLINES } = DEFAULT_SCENARIO

startAppForFile({ seed: [WITHOUT_DEADLINES] }, async (started) => {
  app = started
  page = app.page
  await page.getByRole('heading', { level: 1, name: DEFAULT_SCENARIO.name }).waitFor()
  await page.click('nav [data-view="editor"]')
})

async function stored(): Promise<ScenarioDoc> {
  const [summary] = await app.call<ScenarioSummary[]>('scenario/list')
  return (await app.call<StoredScenario>('scenario/get', summary.id)).document
}

describe('budget policy', () => {
  it('sets the fiscal year\'s first month', async () => {
    await page.locator('#tab-budget').click()
    await page.getByLabel('Fiscal year starts in', { exact: true }).selectOption('2')
    await expect.poll(async () => (await stored()).fiscalYearStart).toBe(2)
  })

  it('offers four modes, previews each by fiscal year, and keeps approved amounts beside the band', async () => {
    await page.locator('#tab-budget').click()
    const preview = page.getByTestId('budget-preview')
    expect(await preview.locator('tbody th').allTextContents()).toEqual([
      expect.stringMatching(/^By organisation phase/), expect.stringMatching(/^Fixed percent/), expect.stringMatching(/^Glide/), expect.stringMatching(/^Approved amounts/)
    ])
    const glideYears = projectScenario({ ...DEFAULT_SCENARIO, fiscalYearStart: 2, budget: { ...DEFAULT_SCENARIO.budget, mode: 'glide', percent: DEFAULT_SCENARIO.budget.percent ?? { adhoc: 2, foundation: 3, growth: 4, optimization: 6, worldclass: 8 } } }).fiscalYears
    expect(await preview.locator('tbody tr').nth(2).locator('td').allTextContents()).toEqual(glideYears.map((y) => formatMoneyCompact(y.budget, 'USD')))
    // A partial fiscal year says how much of it the plan covers, in the words every other table uses.
    expect(glideYears.some((y) => y.partial)).toBe(true)
    expect(await preview.locator('thead th').allTextContents())
      .toEqual(['Mode', ...glideYears.map((y) => (y.partial ? `${y.label} (${y.quarters.length} of 4 quarters)` : y.label))])

    await page.getByRole('radio', { name: 'Glide' }).check()
    await expect.poll(async () => (await stored()).budget.mode).toBe('glide')
    expect(await page.getByTestId('budget-mode-explains').textContent()).toContain('never jumps')

    await page.getByRole('radio', { name: 'Approved amounts' }).check()
    const first = glideYears[0]
    const field = page.getByLabel(`${first.label} approved budget (USD)`, { exact: true })
    expect(await field.inputValue()).toBe(String(Math.round(first.budget)))
    await field.fill('1500000')
    await expect.poll(async () => (await stored()).budget.amounts?.[0]).toEqual({ fiscalYear: first.year, amount: 1_500_000 })
    expect((await stored()).budget.minimumAnnual).toBeUndefined()
    const hint = await page.getByTestId('budget-amounts').locator('.field').first().textContent()
    expect(hint).toContain(`2–8% of revenue: ${formatMoneyCompact(first.revenue * 0.02, 'USD')}–${formatMoneyCompact(first.revenue * 0.08, 'USD')} (reference)`)
    expect(app.consoleErrors).toEqual([])
  })

})

describe('people costs', () => {
  it('shows base pay beside loaded cost, and marks a hire already in post', async () => {
    await page.locator('#tab-hiring').click()
    await page.getByLabel('Overhead on base pay', { exact: true }).fill('30')
    const base = DEFAULT_SCENARIO.hires![0].annualCost
    await expect.poll(() => page.getByTestId('hire-1-loaded').textContent()).toBe(formatMoneyCompact(base * 1.3, 'USD'))
    await page.getByLabel('Recruiting fee', { exact: true }).fill('20')
    await page.getByLabel('Hire 1 already in post (no recruiting fee, never slips)').check()
    await expect.poll(async () => {
      const doc = await stored()
      return [doc.peopleCosts, doc.hires?.[0].existing]
    }).toEqual([{ overheadPercent: 30, recruitingFeePercent: 20 }, true])
    expect(app.consoleErrors).toEqual([])
  })
})

describe('deadlines', () => {
  it('adds a deadline, requires capabilities, and shows the engine\'s verdict', async () => {
    await page.locator('#tab-capabilities').click()
    const section = page.getByTestId('deadlines')
    await section.getByRole('button', { name: 'Add deadline' }).click()
    await page.getByLabel('Deadline 1 name', { exact: true }).fill('SOC 2 Type II report')
    await page.getByLabel('Deadline 1 quarter', { exact: true }).selectOption('0')
    await page.getByLabel('Capability deadline 1 requires', { exact: true }).selectOption('soc2-iso27001')
    await section.getByText('Hard (missing it is critical)').click()
    const first = DEFAULT_SCENARIO.capabilities![0].id
    await expect.poll(async () => (await stored()).deadlines).toEqual([
      { name: 'SOC 2 Type II report', quarter: 0, capabilities: [first, 'soc2-iso27001'], hard: true }
    ])
    const status = page.getByTestId('deadline-1-status')
    await expect.poll(() => status.textContent()).toContain('Missed: ')
    expect(await status.textContent()).toContain('SOC 2 / ISO 27001 certification')
    await section.getByRole('button', { name: 'Remove deadline 1' }).click()
    await expect.poll(async () => (await stored()).deadlines).toBeUndefined()

    // From a template with a date in law: its quarter is that date's, counted from the plan's start.
    const template = DEADLINE_TEMPLATES.find((t) => t.id === 'eu-ai-act-gpai-existing')!
    await page.getByLabel('Add a deadline from a template', { exact: true }).selectOption(template.id)
    await expect.poll(async () => (await stored()).deadlines).toEqual([{
      name: template.name, capabilities: template.capabilities, hard: true,
      quarter: absoluteQuarter(quarterOfDate(template.date!)) - absoluteQuarter(DEFAULT_SCENARIO.start)
    }])
    expect(await page.getByLabel('Deadline 1 quarter', { exact: true }).locator('option:checked').textContent()).toBe(quarterOfDate(template.date!))
    expect(app.consoleErrors).toEqual([])
  })
})
