// axe-core over every view and editor tab of the built app in Chromium: no serious or critical
// violation (axe itself is run by ./axe.ts).
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { EDITOR_TABS } from '../../src/renderer/src/views/editor/editorShared'
import { NAMED_RULES, namedFindings, seriousFindings } from './axe'
import { startAppForFile, VIEWS_BUT_EDITOR, type RunningApp } from './harness'

let app: RunningApp
let page: Page

startAppForFile({ seed: [DEFAULT_SCENARIO, { ...DEFAULT_SCENARIO, name: 'Lean team' }] }, async (started) => {
  app = started
  page = app.page
  await page.locator('.sidebar-scenario:not(:empty)').waitFor()
})

describe('axe-core', () => {
  for (const view of VIEWS_BUT_EDITOR) {
    it(`finds no serious or critical violation, nor heading-order, on ${view}`, async () => {
      await page.click(`nav [data-view="${view}"]`)
      await page.locator('main h1').first().waitFor()
      await page.waitForLoadState('networkidle')
      expect(await seriousFindings(page)).toEqual([])
      expect(await namedFindings(page, NAMED_RULES)).toEqual([])
    })
  }

  for (const tab of EDITOR_TABS) {
    it(`finds no serious or critical violation, nor heading-order, on the editor's ${tab.title} tab`, async () => {
      await page.click('nav [data-view="editor"]')
      await page.locator(`#tab-${tab.id}`).click()
      await page.locator(`#tab-${tab.id}[aria-selected="true"]`).waitFor()
      expect(await seriousFindings(page)).toEqual([])
      expect(await namedFindings(page, NAMED_RULES)).toEqual([])
    })
  }

  it('names each milestone field after its table, so the two tables never share a name', async () => {
    await page.click('nav [data-view="editor"]')
    await page.locator('#tab-plan').click()
    for (const series of ['Headcount', 'Revenue']) {
      expect(await page.getByLabel(`${series} milestone 1 quarter`, { exact: true }).count()).toBe(1)
      expect(await page.getByRole('button', { name: `Remove ${series.toLowerCase()} milestone 1`, exact: true }).count()).toBe(1)
    }
    const names = await page.locator('#editor-panel table select, #editor-panel table input').evaluateAll((fields) =>
      fields.map((f) => (f as HTMLInputElement).labels?.[0]?.textContent ?? ''))
    expect(new Set(names).size).toBe(names.length)
  })

  it('offers a skip link, first in the keyboard order, that takes focus to the view', async () => {
    await page.click('nav [data-view="dashboard"]')
    const first = await page.evaluate(() => {
      const focusable = document.querySelector<HTMLElement>('a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])')
      return [focusable?.textContent, focusable?.getAttribute('href')]
    })
    expect(first).toEqual(['Skip to the view', '#main-content'])
    await page.locator('.skip-link').focus()
    expect(await page.locator('.skip-link').evaluate((a) => a.getBoundingClientRect().top >= 0)).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content')
  })
})
