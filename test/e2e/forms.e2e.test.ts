// Messages in plain words by their field, staying until the field is fixed (the editor and the
// check-in), and the hiring suggestion with "Keep current hires", which names what each hire is for.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { ROLE_BY_ID } from '../../src/core/catalog'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { suggestHiringSequence } from '../../src/core/hiring'
import type { ScenarioDoc } from '../../src/core/scenario'
import { startApp, type RunningApp } from './harness'

/** How long the sidebar pop-up that used to carry these messages lasted. */
const OLD_POP_UP_MS = 4500

let app: RunningApp | null = null

async function start(seed: ScenarioDoc[]): Promise<Page> {
  app = await startApp({ seed })
  await app.page.locator('.sidebar-scenario:not(:empty)').waitFor()
  return app.page
}

afterEach(async () => {
  const errors = app?.consoleErrors ?? []
  await app?.close()
  app = null
  expect(errors).toEqual([])
})

/** The message a field's aria-describedby points at: what a screen reader says with the field. */
async function describedError(field: Locator): Promise<string | null> {
  return field.evaluate((input) => {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
    return ids.map((id) => document.getElementById(id)).find((e) => e?.classList.contains('field-error'))?.textContent ?? null
  })
}

describe('messages in plain words', () => {
  it('names the field and writes money as money, by the field, until the field is fixed', async () => {
    const page = await start([DEFAULT_SCENARIO])
    await page.click('nav [data-view="editor"]')
    const revenue = page.locator('[data-field="revenue[0].value"]')
    await revenue.fill('1000000000000000')
    const message = 'Revenue milestone 1 · annual run-rate must be at most $10T'
    await expect.poll(() => describedError(revenue)).toBe(message)
    // The live check lists it with the JSON path and the engine's own words as details.
    const live = page.locator('[data-testid="live-check"] .live-errors li')
    await expect(live.first().getByRole('button').textContent()).resolves.toBe('Revenue milestone 1 · annual run-rate')
    await expect(live.first().textContent()).resolves.toMatch(/^Revenue milestone 1 · annual run-rate must be at most \$10T/)
    await expect(live.first().locator('.error-details').textContent()).resolves.toBe('revenue[0].value: 1000000000000000 must be at most 10000000000000')
    // Still there after the old pop-up would have gone, and after leaving the tab and coming back.
    await page.waitForTimeout(OLD_POP_UP_MS + 500)
    await page.getByRole('tab', { name: 'Budget policy' }).click()
    await page.getByRole('tab', { name: 'Plan & growth' }).click()
    await expect(describedError(revenue)).resolves.toBe(message)
    await revenue.fill('90000000')
    await expect.poll(() => describedError(revenue)).toBeNull()
    await expect.poll(() => live.count()).toBe(0)
  })

  it('keeps each refused check-in field\'s message until that field is fixed', async () => {
    const page = await start([DEFAULT_SCENARIO])
    await page.click('nav [data-view="track"]')
    const checkin = page.locator('[data-testid="checkin"]')
    const field = (label: string) => checkin.getByLabel(label, { exact: true })
    await field('People spend (USD)').fill('-1000')
    await field('Programs spend (USD)').fill('0')
    await field('Hires this quarter').fill('0')
    await checkin.getByRole('button', { name: 'Save check-in' }).click()
    await expect.poll(() => describedError(field('People spend (USD)'))).toBe('People spend must be at least $0')
    await expect(describedError(field('Tools spend (USD)'))).resolves.toBe('Tools spend is required')
    await page.locator('.notice', { hasText: 'Check-in not saved: fix the fields marked in the form' }).waitFor()

    await field('People spend (USD)').fill('120000')
    await expect.poll(() => describedError(field('People spend (USD)'))).toBeNull()
    await page.waitForTimeout(OLD_POP_UP_MS + 500)
    await expect(describedError(field('Tools spend (USD)'))).resolves.toBe('Tools spend is required')
    await field('Tools spend (USD)').fill('30000')
    await expect.poll(() => describedError(field('Tools spend (USD)'))).toBeNull()
    await checkin.getByRole('button', { name: 'Save check-in' }).click()
    await page.locator('.notice', { hasText: 'Saved the' }).waitFor()
  })
})

describe('the hiring suggestion with "Keep current hires"', () => {
  it('proposes no role the plan already starts in the same window, and says why and what for', async () => {
    const page = await start([DEFAULT_SCENARIO])
    await page.click('nav [data-view="editor"]')
    await page.getByRole('tab', { name: 'Hiring' }).click()
    await expect(page.getByLabel('Keep current hires').isChecked()).resolves.toBe(true)
    await page.getByRole('button', { name: 'Suggest a sequence' }).click()
    const rows = page.locator('[data-testid="suggestion"] table:not([data-testid="suggestion-effect"]) tbody tr')
    await rows.first().waitFor()
    const { added } = suggestHiringSequence(DEFAULT_SCENARIO)
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))
    expect(cells.map((c) => [c[0], c[2]])).toEqual(added.map((h) => [ROLE_BY_ID.get(h.role)!.name, h.startLabel]))
    for (const [i, hire] of added.entries()) {
      expect(cells[i][4]).toContain(hire.reason)
      expect(cells[i][4]).toContain(`Serves: ${hire.serves[0]}`)
      // Never a second person of a role the plan already starts within the recruiting window.
      const lead = hire.role === 'ciso' || hire.role === 'security-manager' ? 2 : 1
      expect((DEFAULT_SCENARIO.hires ?? []).filter((h) => h.role === hire.role && Math.abs(h.quarter - hire.quarter) <= lead)).toEqual([])
    }
  })
})
