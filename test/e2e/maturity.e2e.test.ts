// Maturity you can act on: the dashboard says what the next phase needs, from the engine, and one
// click puts the fewest needed capabilities in the plan, which moves the achieved phase.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import type { ScenarioDoc } from '../../src/core/scenario'
import type { ScenarioSummary, StoredScenario } from '../../src/shared/ipc'
import { SHOTS, startAppForFile, type RunningApp } from './harness'

let app: RunningApp
let page: Page

/**
 * 8 of the blueprint's 12 Foundation capabilities, with the two derived baselines (10 of the
 * catalog's 14), all in place from the first quarter: two short of Foundation's 80%.
 */
const EIGHT_OF_TWELVE: ScenarioDoc = {
  ...DEFAULT_SCENARIO,
  name: 'Eight of twelve',
  capabilities: [
    'security-governance', 'model-protection', 'model-version-control', 'data-governance',
    'training-data-privacy', 'secure-ai-code-review', 'ai-risk-assessment', 'ai-threat-modelling',
    'workforce-identity-baseline', 'endpoint-protection-baseline'
  ].map((id) => ({ id, quarter: 0 }))
}
const HELD = EIGHT_OF_TWELVE.capabilities!.length

startAppForFile({ seed: [EIGHT_OF_TWELVE] }, async (started) => {
  app = started
  page = app.page
  await page.getByRole('heading', { level: 1, name: EIGHT_OF_TWELVE.name }).waitFor()
})

/** The capabilities the stored plan has beyond those it started with. */
async function storedAdditions(): Promise<unknown> {
  const [summary] = await app.call<ScenarioSummary[]>('scenario/list')
  return (await app.call<StoredScenario>('scenario/get', summary.id)).document.capabilities?.slice(HELD)
}

describe('what the next phase needs', () => {
  it('shows, beside the maturity chart, which Foundation capabilities to add, and adding them moves the achieved phase', async () => {
    const card = page.getByTestId('next-phase')
    await card.waitFor()
    const last = DEFAULT_SCENARIO.quarters - 1
    expect(await page.getByLabel('Quarter', { exact: true }).inputValue()).toBe(String(last))
    expect(await card.getByTestId('next-phase-achieved').textContent()).toBe('Ad Hoc')
    await expect.poll(() => card.getByText('Foundation needs 2 more of its capabilities in place', { exact: false }).count()).toBe(1)
    const items = card.locator('[data-testid="next-phase-items"] li')
    expect(await items.evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-id'), li.getAttribute('data-marked')]))).toEqual([
      ['first-security-hire', 'true'],
      ['security-champions', 'true'],
      ['ml-supply-chain', 'false'],
      ['developer-ai-training', 'false']
    ])
    // The card sits in the grid cell next to the maturity chart, on the same row, with the simulation
    // in as well as before it (the simulated FTE chart, landing, once pushed the card to the next row).
    await page.getByTestId('chart-fte-band').waitFor({ timeout: 60_000 })
    const chart = await page.getByTestId('chart-maturity').boundingBox()
    const box = await card.boundingBox()
    expect(chart && box && Math.abs(chart.y - box.y)).toBeLessThan(2)
    expect(box!.x).toBeGreaterThan(chart!.x + chart!.width - 1)
    await page.screenshot({ path: join(SHOTS, 'next-phase-before.png') })
    await card.screenshot({ path: join(SHOTS, 'next-phase-card.png') })

    const add = card.getByTestId('next-phase-add')
    expect(await add.textContent()).toBe(`Add the 2 needed to the plan in ${await page.locator('#next-phase-quarter option:checked').textContent()}`)
    await add.click()
    await card.getByTestId('next-phase-achieved').filter({ hasText: 'Foundation' }).waitFor()
    await expect.poll(() => card.locator('[data-testid="next-phase-items"] li[data-id="first-security-hire"]').count()).toBe(0)
    // The change is the plan's: autosaved with both capabilities at the chosen quarter.
    await expect.poll(storedAdditions).toEqual([
      { id: 'first-security-hire', quarter: last }, { id: 'security-champions', quarter: last }
    ])
    expect(app.consoleErrors).toEqual([])
  })

  it('reads an earlier quarter too, and the button brings forward what was planned later', async () => {
    await page.getByLabel('Quarter', { exact: true }).selectOption('0')
    const card = page.getByTestId('next-phase')
    expect(await card.getByTestId('next-phase-achieved').textContent()).toBe('Ad Hoc')
    await card.locator('li[data-id="first-security-hire"]', { hasText: 'planned for' }).waitFor()
    await card.getByTestId('next-phase-add').click()
    await card.getByTestId('next-phase-achieved').filter({ hasText: 'Foundation' }).waitFor()
    await expect.poll(storedAdditions).toEqual([
      { id: 'first-security-hire', quarter: 0 }, { id: 'security-champions', quarter: 0 }
    ])
  })
})
