// The start screen (an empty database) at the windows it meets: 1440×900, 1280×720 and 1024×640.
// At each: no sideways overflow, no text wider than its box, no word stranded on the subtitle's
// last line, the four stage templates in full rows (four across, or two by two: never three and an
// orphan), every template's name and button in view and inside its card, a visible focus ring in
// reading order, and no serious axe finding.
// On a 1920×1080 monitor it keeps a readable width, centred. Screenshots go to test-output/e2e/.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { PLAN_TEMPLATES } from '../../src/core/planTemplates'
import { seriousFindings } from './axe'
import { SHOTS, startAppForFile, type RunningApp } from './harness'

const SIZES = [
  { width: 1440, height: 900, columns: 4 },
  { width: 1280, height: 720, columns: 2 },
  { width: 1024, height: 640, columns: 2 }
] as const
/** The start screen's widest; beyond it lines get too long to read and the cards too sparse. */
const MAX_WIDTH = 1200

let app: RunningApp
let page: Page

startAppForFile({ seed: [] }, async (started) => {
  app = started
  page = app.page
  await page.locator('[data-testid="start-screen"]').waitFor()
})

/**
 * The page's sideways overflow, text wider than its own box, the template cards per row, and the
 * subtitle's lines each as a share of the widest (a last line of one stranded word is a small share).
 */
async function layout(): Promise<{ overflow: number; clipped: string[]; cardsPerRow: number[]; subtitleLines: number[] }> {
  return page.evaluate(() => {
    const content = document.querySelector('.content')!
    const screen = document.querySelector('[data-testid="start-screen"]')!
    const overflow = Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, content.scrollWidth - content.clientWidth)
    const clipped = [...screen.querySelectorAll<HTMLElement>('h1, h2, h3, p, button, .chip, .badge')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.textContent?.trim() ?? element.tagName)
    const rows = new Map<number, number>()
    for (const card of screen.querySelectorAll<HTMLElement>('.start-template')) {
      const top = Math.round(card.getBoundingClientRect().top)
      rows.set(top, (rows.get(top) ?? 0) + 1)
    }
    const range = document.createRange()
    range.selectNodeContents(screen.querySelector('.page-subtitle')!)
    const lineWidths = new Map<number, number>()
    for (const rect of range.getClientRects()) lineWidths.set(Math.round(rect.top), (lineWidths.get(Math.round(rect.top)) ?? 0) + rect.width)
    const widest = Math.max(...lineWidths.values())
    return { overflow, clipped, cardsPerRow: [...rows.values()], subtitleLines: [...lineWidths.values()].map((w) => w / widest) }
  })
}

/** A template card scrolled into view: whether its name and button are on screen, unhidden and inside the card, the name level with its badge. */
async function templateInView(stage: string): Promise<{ name: string; nameShown: boolean; level: boolean; buttonShown: boolean }> {
  const card = page.locator(`.start-template[data-stage="${stage}"]`)
  await card.scrollIntoViewIfNeeded()
  return card.evaluate((li) => {
    const inside = (inner: DOMRect, outer: { left: number; right: number; top: number; bottom: number }) =>
      inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5
    const viewport = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }
    /** Inside its card and the window, and what the window shows at its centre (nothing laid over it). */
    const shown = (element: HTMLElement) => {
      const box = element.getBoundingClientRect()
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      return box.width > 0 && inside(box, li.getBoundingClientRect()) && inside(box, viewport) && top !== null && element.contains(top)
    }
    const name = li.querySelector('h3')!
    const middle = (box: DOMRect) => box.top + box.height / 2
    const level = Math.abs(middle(name.getBoundingClientRect()) - middle(li.querySelector('.badge')!.getBoundingClientRect())) <= 1
    return { name: name.textContent ?? '', nameShown: shown(name), level, buttonShown: shown(li.querySelector('button')!) }
  })
}

/** Tabs from the page's start through the start screen: each control reached there, in order, with its focus ring, and whether the ring is in view. */
async function tabThroughStartScreen(): Promise<{ name: string; ring: boolean; inView: boolean }[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const reached: { name: string; ring: boolean; inView: boolean }[] = []
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null
      if (!element?.closest('[data-testid="start-screen"]')) return null
      const style = getComputedStyle(element)
      const box = element.getBoundingClientRect()
      // The ring too: focus that scrolls a control flush to the window's edge cuts its ring off.
      const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
      return {
        name: element.textContent?.trim() ?? '',
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        inView: box.top - ring >= 0 && box.bottom + ring <= window.innerHeight && box.left - ring >= 0 && box.right + ring <= window.innerWidth
      }
    })
    if (focused) reached.push(focused)
    else if (reached.length > 0) break
  }
  return reached
}

for (const size of SIZES) {
  describe(`the start screen at ${size.width}×${size.height}`, () => {
    it(`fits without overflow or clipped text, the templates ${size.columns} to a full row, and no serious accessibility fault`, async () => {
      await page.setViewportSize(size)
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await page.locator('.content').evaluate((content) => content.scrollTo(0, 0))
      await page.screenshot({ path: join(SHOTS, `${size.width}x${size.height}-start-screen.png`) })
      const { overflow, clipped, cardsPerRow, subtitleLines } = await layout()
      expect({ overflow, clipped }).toEqual({ overflow: 0, clipped: [] })
      for (const share of subtitleLines) expect(share).toBeGreaterThan(0.3)
      // Import stays beside the title instead of taking a row of its own above the choices.
      const importBox = await page.getByRole('button', { name: 'Import a scenario file…' }).boundingBox()
      const titleBox = await page.locator('[data-testid="start-screen"] .page-header > :first-child').boundingBox()
      expect(importBox!.y).toBeLessThan(titleBox!.y + titleBox!.height)
      expect(cardsPerRow).toEqual(Array(PLAN_TEMPLATES.length / size.columns).fill(size.columns))
      expect(await seriousFindings(page)).toEqual([])
    })

    it('shows every template\'s name, level with its badge, and button inside its card and the window', async () => {
      for (const template of PLAN_TEMPLATES) {
        expect(await templateInView(template.stage)).toEqual({ name: template.title, nameShown: true, level: true, buttonShown: true })
      }
    })

    it('takes the keyboard through its choices in reading order, each with a visible focus ring, scrolled into view', async () => {
      expect(await tabThroughStartScreen()).toEqual([
        'Import a scenario file…', 'Open the sample', 'Start a blank plan', ...PLAN_TEMPLATES.map((t) => `Use the ${t.title} template`)
      ].map((name) => ({ name, ring: true, inView: true })))
    })
  })
}

describe('the start screen on a wide monitor', () => {
  it(`keeps to ${MAX_WIDTH} px, centred in the space beside the sidebar`, async () => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.screenshot({ path: join(SHOTS, '1920x1080-start-screen.png') })
    const { width, left, right } = await page.evaluate(() => {
      const content = document.querySelector('.content')!.getBoundingClientRect()
      const screen = document.querySelector('[data-testid="start-screen"]')!.getBoundingClientRect()
      return { width: screen.width, left: screen.left - content.left, right: content.right - screen.right }
    })
    expect(width).toBe(MAX_WIDTH)
    expect(Math.abs(left - right)).toBeLessThanOrEqual(1)
    expect((await layout()).cardsPerRow).toEqual([PLAN_TEMPLATES.length])
  })
})
