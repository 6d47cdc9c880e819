// The simulation in the window: the dashboard's ranges and chances with the engine's numbers for
// the default seed, the editor's Uncertainty tab moving the band, an edit stopping a simulation
// in progress without a stale answer ever showing, and Compare's simulated figures side by side.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { formatMoneyCompact } from '../../src/core/format'
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../src/core/limits'
import type { ScenarioDoc } from '../../src/core/scenario'
import { simulateScenario, type SimulationResult } from '../../src/core/simulation'
import { bandCoversText, chanceText, deadlineChanceText, fteRangeText, moneyRangeText, phaseRangeText } from '../../src/renderer/src/components/simulatedText'
import type { ScenarioSummary, StoredScenario } from '../../src/shared/ipc'
import { OUTPUT_DIR, startApp, type RunningApp } from './harness'

const SHOTS = join(OUTPUT_DIR, 'e2e')
let app: RunningApp
let page: Page

const simulate = (doc: ScenarioDoc): SimulationResult => simulateScenario(doc, { seed: DEFAULT_SEED, samples: DEFAULT_SAMPLES })
const money = (v: number) => formatMoneyCompact(v, 'USD')

async function stored(): Promise<ScenarioDoc> {
  const [summary] = await app.call<ScenarioSummary[]>('scenario/list')
  return (await app.call<StoredScenario>('scenario/get', summary.id)).document
}

async function rows(testId: string): Promise<string[][]> {
  return page.locator(`[data-testid="${testId}"] tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')))
}

async function items(testId: string): Promise<string[]> {
  return page.locator(`[data-testid="${testId}"] li`).allTextContents()
}

/** What the dashboard's ranges card shows, read from the page. */
async function shownRanges() {
  return {
    covers: await page.getByTestId('band-covers').textContent(),
    phases: await items('phase-ranges'),
    deadlines: await items('deadline-chances'),
    years: await rows('fiscal-year-ranges'),
    quarters: await rows('quarter-ranges')
  }
}

/** The same, as the engine gives it for a document. */
function expectedRanges(simulation: SimulationResult) {
  return {
    covers: bandCoversText(simulation.sources),
    phases: simulation.phases.map(phaseRangeText),
    deadlines: simulation.deadlines.map(deadlineChanceText),
    years: simulation.fiscalYears.map((y) => [
      y.partial ? `${y.label} (${y.quarters.length} of 4 quarters)` : y.label,
      money(y.p10), money(y.p50), money(y.p90), money(y.budget), chanceText(y.overrunProbability)
    ]),
    quarters: simulation.quarters.map((q) => [
      q.label, moneyRangeText(q, 'USD'), money(q.p50), fteRangeText(q.fte), String(q.fte.p50), chanceText(q.overrunProbability)
    ])
  }
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  app = await startApp({ seed: [DEFAULT_SCENARIO] })
  page = app.page
  await page.getByRole('heading', { level: 1, name: DEFAULT_SCENARIO.name }).waitFor()
})

afterAll(async () => {
  const errors = app?.consoleErrors ?? []
  await app?.close()
  expect(errors).toEqual([])
})

describe('the dashboard', () => {
  it('says what the band covers and shows FTE bands, phase ranges, deadline chances and fiscal-year overrun chances, as the engine does', async () => {
    const doc = await stored()
    const simulation = simulate(doc)
    await page.getByTestId('simulated-ranges').waitFor()
    expect(await shownRanges()).toEqual(expectedRanges(simulation))
    // The default plan leaves everything uncertain, and its FTE band is a band.
    expect(await page.getByTestId('band-covers').textContent()).toBe('P10–P90 band: tool prices, pay, hiring dates, attrition and revenue growth')
    expect(simulation.quarters.some((q) => q.fte.p10 < q.fte.p90)).toBe(true)
    expect(await page.locator('[data-testid="chart-spend"] .card-subtitle').textContent()).toContain(bandCoversText(simulation.sources))
    await page.getByTestId('chart-fte-band').locator('canvas').waitFor()
    // Simulated figures say where they come from.
    expect(await page.locator('[data-testid="simulated-ranges"] h2 .badge').textContent()).toBe('derived')
    await page.getByTestId('simulated-ranges').screenshot({ path: join(SHOTS, 'dashboard-simulated-ranges.png') })
  })
})
