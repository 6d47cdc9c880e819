// Adding a tool or service offers the capabilities it delivers: one keyboard press adds those the
// plan lacks, at the tool's start and waiting for it (`needs`), and one undo takes them back.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { findPitfalls } from '../../src/core/pitfalls'
import { projectScenario } from '../../src/core/projection'
import type { ScenarioDoc } from '../../src/core/scenario'
import type { ScenarioSummary, StoredScenario } from '../../src/shared/ipc'
import { blankScenario } from '../../src/renderer/src/session/blankScenario'
import { seriousFindings } from './axe'
import { SHOTS, startAppForFile, type RunningApp } from './harness'

let app: RunningApp
let page: Page

/** No tools yet, and SIEM already planned for 2027-Q1 (its own warning until something delivers it). */
const NO_TOOLS: ScenarioDoc = {
  ...blankScenario('Buying detection', new Date(2026, 0, 15)),
  capabilities: [{ id: 'first-security-hire', quarter: 0 }, { id: 'siem', quarter: 4 }]
}

startAppForFile({ seed: [NO_TOOLS], viewport: { width: 1024, height: 640 } }, async (started) => {
  app = started
  page = app.page
  await page.getByRole('heading', { level: 1, name: NO_TOOLS.name }).waitFor()
  await page.click('nav [data-view="editor"]')
  await page.locator('#tab-tools').click()
})

async function stored(): Promise<ScenarioDoc> {
  const [summary] = await app.call<ScenarioSummary[]>('scenario/list')
  return (await app.call<StoredScenario>('scenario/get', summary.id)).document
}

describe('what a tool delivers', () => {
  it('offers a managed SOC\'s capabilities, adds the missing ones with needs in one edit, and undo takes them back', async () => {
    await page.getByRole('button', { name: 'Add tool' }).click()
    await page.getByLabel('Tool 1', { exact: true }).selectOption('managed-soc')
    await page.getByLabel('Tool 1 from quarter', { exact: true }).selectOption('2')
    await expect.poll(async () => (await stored()).tools?.map((t) => [t.tool, t.quarter])).toEqual([['managed-soc', 2]])

    const offer = page.getByTestId('delivery-offer-managed-soc')
    await expect.poll(() => offer.textContent()).toBe(
      'Managed SOC delivers: SOAR, Threat-intelligence platform (from 2026-Q3); SIEM already planned' +
      'Add them to the planNot now')
    const accept = page.getByRole('button', { name: 'Add them to the plan: what Managed SOC delivers', exact: true })
    await accept.scrollIntoViewIfNeeded()
    const box = await accept.boundingBox()
    expect(box !== null && box.x >= 0 && box.x + box.width <= 1024 && box.y >= 0 && box.y + box.height <= 640).toBe(true)
    expect(await seriousFindings(page, '.editor-section')).toEqual([])
    await page.screenshot({ path: join(SHOTS, 'tool-delivers-offer.png') })

    await accept.focus()
    await page.keyboard.press('Enter')
    const added = [
      { id: 'soar', quarter: 2, needs: ['tool:managed-soc'] },
      { id: 'threat-intel', quarter: 2, needs: ['tool:managed-soc'] }
    ]
    await expect.poll(async () => (await stored()).capabilities).toEqual([...NO_TOOLS.capabilities!, ...added])
    expect(await offer.count()).toBe(0)
    expect(await page.getByRole('status').filter({ hasText: 'Added 2 capabilities that wait for Managed SOC.' }).count()).toBe(1)

    // The engine finds no capability without its tool, and the live check counts what it finds.
    const doc = await stored()
    const pitfalls = findPitfalls(doc, projectScenario(doc))
    expect(pitfalls.filter((p) => p.kind === 'capabilityBeforeTool')).toEqual([])
    const warnings = page.getByTestId('live-check').locator('dt', { hasText: 'Warnings' }).locator('xpath=following-sibling::dd')
    await expect.poll(() => warnings.textContent()).toBe(String(pitfalls.length))

    await page.evaluate(() => (window as unknown as { __rampartEmit: (e: string, p: unknown) => void }).__rampartEmit('menu/command', { command: 'undo' }))
    await expect.poll(async () => (await stored()).capabilities).toEqual(NO_TOOLS.capabilities)
    await offer.waitFor()
    expect(app.consoleErrors).toEqual([])
  })

  it('puts an offer aside with Not now, leaving the plan as it is', async () => {
    await page.getByRole('button', { name: 'Not now: what Managed SOC delivers', exact: true }).click()
    expect(await page.getByTestId('delivery-offers').count()).toBe(0)
    expect((await stored()).capabilities).toEqual(NO_TOOLS.capabilities)
    expect(app.consoleErrors).toEqual([])
  })

  it('offers nothing while the tool starts outside the horizon, and again once it is back inside', async () => {
    const horizon = async (quarters: string) => {
      await page.locator('#tab-plan').click()
      await page.getByLabel('Quarters', { exact: true }).fill(quarters)
      await page.locator('#tab-tools').click()
    }
    await horizon('2')
    await page.getByLabel('Tool 1 from quarter', { exact: true }).waitFor()
    expect(await page.getByTestId('delivery-offers').count()).toBe(0)
    await horizon('12')
    await page.getByTestId('delivery-offer-managed-soc').waitFor()
    expect((await stored()).capabilities).toEqual(NO_TOOLS.capabilities)
    expect(app.consoleErrors).toEqual([])
  })
})
