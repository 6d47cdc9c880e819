// Every view and editor tab at 1024×640 and 1440×900: no horizontal page overflow, no visible
// field or table cell narrower than 40 px or past the window's edge (a table wider than its card
// scrolls inside the card instead), no heading, button or KPI text wider than its own box, no card
// title squeezed beside its buttons, and row headers level with their figures.
// Screenshots of each go to test-output/e2e/.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { EDITOR_TABS } from '../../src/renderer/src/views/editor/editorShared'
import { SHOTS, startAppForFile, VIEWS_BUT_EDITOR, type RunningApp } from './harness'

const SIZES = [{ width: 1024, height: 640 }, { width: 1440, height: 900 }] as const
/** Narrower than this, a field or cell cannot show a number or a word. */
const MIN_WIDTH = 40

let app: RunningApp
let page: Page

startAppForFile({ seed: [DEFAULT_SCENARIO, { ...DEFAULT_SCENARIO, name: 'Lean team' }] }, async (started) => {
  app = started
  page = app.page
  await page.locator('.sidebar-scenario:not(:empty)').waitFor()
})

/** What a view shows once its simulation is done: its layout is checked with the results in it, not the wait. */
const SETTLED: Partial<Record<(typeof VIEWS_BUT_EDITOR)[number], string>> = {
  dashboard: '[data-testid="simulated-ranges"]',
  compare: '[data-testid="simulated-comparison"]'
}

interface LayoutFault { what: string; width: number; right: number }

/** What overflows the page, and every visible field or cell that is too narrow or past the edge. */
async function layoutFaults(): Promise<{ pageOverflow: number; faults: LayoutFault[] }> {
  return page.evaluate((minWidth) => {
    const content = document.querySelector('.content')!
    const pageOverflow = Math.max(
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
      content.scrollWidth - content.clientWidth
    )
    /** Inside a box that scrolls sideways, being past the window's edge is only being scrolled out of view. */
    const inSideScroller = (element: Element): boolean => {
      for (let e = element.parentElement; e && e !== content; e = e.parentElement) {
        const overflow = getComputedStyle(e).overflowX
        if ((overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth) return true
      }
      return false
    }
    const faults: { what: string; width: number; right: number }[] = []
    const candidates = content.querySelectorAll('input:not([type=checkbox]):not([type=radio]), select, textarea, td, th')
    for (const element of candidates) {
      const box = element.getBoundingClientRect()
      const style = getComputedStyle(element)
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || element.closest('.visually-hidden')) continue
      const narrow = box.width < minWidth
      const pastEdge = box.right > window.innerWidth + 1 && !inSideScroller(element)
      if (narrow || pastEdge) {
        const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent?.slice(0, 30) ?? ''
        faults.push({ what: `${element.tagName.toLowerCase()} "${label.trim()}"`, width: Math.round(box.width), right: Math.round(box.right) })
      }
    }
    // Text wider than its own box spills over its neighbour or is cut off (a KPI's value past its tile).
    for (const element of content.querySelectorAll<HTMLElement>('h1, h2, h3, .kpi-label, .kpi-value, .kpi-detail, button')) {
      if (element.offsetParent === null || inSideScroller(element) || element.scrollWidth <= element.clientWidth + 1) continue
      const box = element.getBoundingClientRect()
      faults.push({ what: `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30)}" spills`, width: Math.round(box.width), right: Math.round(box.right) })
    }
    // Nothing cut short with an ellipsis where the window has room for it whole.
    for (const element of content.querySelectorAll<HTMLElement>('*')) {
      if (element.offsetParent === null || getComputedStyle(element).textOverflow !== 'ellipsis' || element.scrollWidth <= element.clientWidth) continue
      const box = element.getBoundingClientRect()
      faults.push({ what: `"${element.textContent?.trim().slice(0, 30)}" cut short`, width: Math.round(box.width), right: Math.round(box.right) })
    }
    // A card's title and subtitle are not squeezed into a narrow column beside its buttons: with
    // something beside it, a title over more than two lines or a subtitle of under 30 characters a
    // line (a column of two or three words) is a squeeze.
    const lineCount = (element: Element): number => {
      const range = document.createRange()
      range.selectNodeContents(element)
      // Boxes that overlap vertically (a word and a badge beside it) are one line.
      const boxes = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top)
      let lines = 0
      let bottom = -Infinity
      for (const box of boxes) {
        if (box.top >= bottom - 2) lines++
        bottom = Math.max(bottom, box.bottom)
      }
      return lines
    }
    for (const header of content.querySelectorAll<HTMLElement>('.card-header')) {
      const title = header.firstElementChild as HTMLElement | null
      if (!title || header.offsetParent === null || title.getBoundingClientRect().width >= header.getBoundingClientRect().width - 24) continue
      const heading = title.querySelector('h2, h3')
      const subtitle = title.querySelector('.card-subtitle')
      const subtitleLines = subtitle ? lineCount(subtitle) : 0
      if ((heading && lineCount(heading) > 2) || (subtitleLines > 1 && (subtitle?.textContent?.length ?? 0) / subtitleLines < 30)) {
        const box = title.getBoundingClientRect()
        faults.push({ what: `card title "${heading?.textContent?.trim().slice(0, 30)}" squeezed`, width: Math.round(box.width), right: Math.round(box.right) })
      }
    }
    // A row's header reads on the same line as its figures: the bottoms of their first lines of text level.
    const firstLineBottom = (cell: Element): number | null => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) })
      const text = walker.nextNode()
      if (!text) return null
      const range = document.createRange()
      range.selectNodeContents(text)
      return range.getClientRects()[0]?.bottom ?? null
    }
    for (const row of content.querySelectorAll('tbody tr')) {
      const header = row.querySelector(':scope > th[scope="row"]')
      if (!header || (header as HTMLElement).offsetParent === null || row.querySelector('input, select, button')) continue
      const level = firstLineBottom(header)
      const off = [...row.querySelectorAll(':scope > td')].map(firstLineBottom).filter((b): b is number => b !== null && level !== null && Math.abs(b - level) > 2)
      if (off.length > 0) {
        const box = header.getBoundingClientRect()
        faults.push({ what: `row "${header.textContent?.trim().slice(0, 30)}" not level with its figures`, width: Math.round(box.width), right: Math.round(box.right) })
      }
    }
    return { pageOverflow, faults }
  }, MIN_WIDTH)
}

for (const size of SIZES) {
  describe(`at ${size.width}×${size.height}`, () => {
    beforeAll(async () => {
      await page.setViewportSize(size)
    })

    for (const view of VIEWS_BUT_EDITOR) {
      it(`lays out ${view} without overflow or squeezed fields`, async () => {
        await page.click(`nav [data-view="${view}"]`)
        await page.locator('main h1').first().waitFor()
        const settled = SETTLED[view]
        if (settled) await page.locator(settled).waitFor({ timeout: 60_000 })
        await page.screenshot({ path: join(SHOTS, `${size.width}x${size.height}-${view}.png`) })
        expect(await layoutFaults()).toEqual({ pageOverflow: 0, faults: [] })
      })
    }

    for (const tab of EDITOR_TABS) {
      it(`lays out the editor's ${tab.title} tab without overflow or squeezed fields`, async () => {
        await page.click('nav [data-view="editor"]')
        await page.locator(`#tab-${tab.id}`).click()
        await page.locator(`#tab-${tab.id}[aria-selected="true"]`).waitFor()
        await page.screenshot({ path: join(SHOTS, `${size.width}x${size.height}-editor-${tab.id}.png`) })
        expect(await layoutFaults()).toEqual({ pageOverflow: 0, faults: [] })
        // The tabs on one line, each name on one line ("Plan & growth" over two made a ragged strip).
        const tabLines = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => {
          const range = document.createRange()
          range.selectNodeContents(t.firstChild!)
          return { top: Math.round(t.getBoundingClientRect().top), lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size }
        }))
        expect(tabLines).toEqual(EDITOR_TABS.map(() => ({ top: tabLines[0].top, lines: 1 })))
        if (tab.id === 'budget') {
          // The budget preview fits its card: a partial year's head breaks before its coverage instead of widening the table.
          const preview = page.locator('[role="region"][aria-label="Budget by fiscal year in each mode"]')
          expect(await preview.evaluate((region) => region.scrollWidth - region.clientWidth)).toBe(0)
        }
      })
    }
  })
}
