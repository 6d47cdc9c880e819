// The simulation in the window: the dashboard's ranges and chances with the engine's numbers for
// the default seed, the editor's Uncertainty tab moving the band, an edit stopping a simulation
// in progress without a stale answer ever showing, and Compare's simulated figures side by side.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { formatMoneyCompact } from '../../src/core/format'
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../src/core/limits'
import { uncertaintySourcesText } from '../../src/core/uncertaintyText'
import type { ScenarioDoc } from '../../src/core/scenario'
import { simulateScenario, type SimulationResult } from '../../src/core/simulation'
import { BAND_EFFECT_SAMPLES, bandEffects } from '../../src/renderer/src/compute/bandEffects'
import { bandEffectText } from '../../src/renderer/src/views/editor/uncertainty/bandEffectText'
import { bandCoversText, chanceText, deadlineChanceText, fteRangeText, moneyRangeText, phaseRangeText, phaseWhenText } from '../../src/renderer/src/components/simulatedText'
import type { ScenarioSummary, StoredScenario } from '../../src/shared/ipc'
import { NAMED_RULES, namedFindings, seriousFindings } from './axe'
import { SHOTS, startAppForFile, type RunningApp } from './harness'

let app: RunningApp
let page: Page

const simulate = (doc: ScenarioDoc): SimulationResult => simulateScenario(doc, { seed: DEFAULT_SEED, samples: DEFAULT_SAMPLES })
const money = (v: number) => formatMoneyCompact(v, 'USD')

/** A what-if: every planned hire that has no leaving quarter starts a quarter later. */
const HIRE_LATER: ScenarioDoc = {
  ...DEFAULT_SCENARIO, name: 'Hire a quarter later',
  hires: DEFAULT_SCENARIO.hires?.map((h) => (h.existing || h.endQuarter !== undefined ? h : { ...h, quarter: Math.min(h.quarter + 1, DEFAULT_SCENARIO.quarters - 1) }))
}

async function stored(name = DEFAULT_SCENARIO.name): Promise<ScenarioDoc> {
  const list = await app.call<ScenarioSummary[]>('scenario/list')
  return (await app.call<StoredScenario>('scenario/get', list.find((s) => s.name === name)!.id)).document
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

/** Counts the simulation workers the window stops (the real Worker, only counted). */
const COUNT_TERMINATIONS = `{
  const RealWorker = window.Worker
  window.__terminations = 0
  window.Worker = class extends RealWorker {
    terminate() { window.__terminations += 1; super.terminate() }
  }
}`

/** No serious or critical axe finding inside the new part, nor any of the named rules on the page. */
async function accessible(selector: string): Promise<void> {
  expect(await seriousFindings(page, selector)).toEqual([])
  expect(await namedFindings(page, NAMED_RULES)).toEqual([])
}

const effectsOf = (doc: ScenarioDoc) => bandEffects(doc, { seed: DEFAULT_SEED, samples: BAND_EFFECT_SAMPLES })
const effectShown = (source: string) => page.getByTestId(`band-effect-${source}`).textContent()

startAppForFile({ seed: [HIRE_LATER, DEFAULT_SCENARIO], initScript: COUNT_TERMINATIONS }, async (started) => {
  app = started
  page = app.page
  await page.locator('.sidebar-scenario:not(:empty)').waitFor()
  await page.click('nav [data-view="scenarios"]')
  await page.getByRole('button', { name: DEFAULT_SCENARIO.name, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: DEFAULT_SCENARIO.name }).waitFor()
  await page.click('nav [data-view="dashboard"]')
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
    await accessible('[data-testid="simulated-ranges"]')
    await accessible('[data-testid="chart-fte-band"]')
  })
})

describe('the editor\'s Uncertainty tab', () => {
  it('shows what each setting does to the band, as the engine works it out with one seed', async () => {
    await page.click('nav [data-view="editor"]')
    await page.locator('#tab-uncertainty').click()
    const doc = await stored()
    const effects = effectsOf(doc)
    for (const source of ['hiringDates', 'pay', 'attrition', 'revenue', 'toolPrices'] as const) {
      await expect.poll(() => effectShown(source)).toBe(bandEffectText(effects, source, 'USD'))
    }
    expect(await page.getByTestId('band-effect-note').textContent()).toContain(`${BAND_EFFECT_SAMPLES.toLocaleString('en-US')} samples each with seed ${DEFAULT_SEED}`)
    expect(await page.getByLabel('Time to fill a role').inputValue()).toBe('typical')
    await page.getByTestId('uncertainty').screenshot({ path: join(SHOTS, 'editor-uncertainty.png') })
    await accessible('[data-testid="uncertainty"]')
  })

  it('changes the band when a setting changes, on this tab and on the dashboard', async () => {
    await page.getByLabel('Pay may land within ± of the plan').fill('40')
    await expect.poll(async () => (await stored()).uncertainty?.salaryPercent).toBe(40)
    const doc = await stored()
    await expect.poll(() => effectShown('pay')).toBe(bandEffectText(effectsOf(doc), 'pay', 'USD'))
    const before = simulate({ ...doc, uncertainty: { ...doc.uncertainty, salaryPercent: 10 } })
    const after = simulate(doc)
    expect(after.horizon.p90 - after.horizon.p10).toBeGreaterThan(before.horizon.p90 - before.horizon.p10)

    await page.click('nav [data-view="dashboard"]')
    await page.getByTestId('simulated-ranges').waitFor()
    expect(await shownRanges()).toEqual(expectedRanges(after))
  })

  it('stops a simulation in progress on the next edit, and shows only the answer for the plan as it ends up', async () => {
    await page.click('nav [data-view="editor"]')
    await page.locator('#tab-uncertainty').click()
    const terminations = () => page.evaluate(() => (window as unknown as { __terminations: number }).__terminations)
    const stopped = await terminations()
    const field = page.getByLabel('People who leave each year')
    for (const value of ['20', '30', '45', '5']) await field.fill(value)
    await expect.poll(async () => (await stored()).uncertainty?.attritionPercent).toBe(5)
    const doc = await stored()
    const expected = effectsOf(doc)
    await expect.poll(() => effectShown('attrition')).toBe(bandEffectText(expected, 'attrition', 'USD'))
    expect(await terminations()).toBeGreaterThan(stopped)
    // Nothing older arrives afterwards to replace it.
    await page.waitForTimeout(1500)
    expect(await effectShown('attrition')).toBe(bandEffectText(expected, 'attrition', 'USD'))
    expect(await page.getByTestId('band-effect-attrition').getAttribute('aria-busy')).toBe('false')
  })

  it('offers hiring dates in plain words, or chances of one\'s own', async () => {
    await page.getByLabel('Time to fill a role').selectOption('onTime')
    await expect.poll(async () => (await stored()).uncertainty?.hiringSlip).toBeUndefined()
    await expect.poll(() => effectShown('hiringDates')).toBe('Off: it adds nothing to the band.')

    await page.getByLabel('Time to fill a role').selectOption('custom')
    expect(await page.getByLabel('Chance a start is on time').inputValue()).toBe('100')
    await page.getByRole('button', { name: 'Add a later quarter' }).click()
    await page.getByLabel('Chance a start is on time').fill('60')
    await page.getByLabel('Chance a start is 1 quarter late').fill('40')
    await expect.poll(async () => (await stored()).uncertainty?.hiringSlip).toEqual([0.6, 0.4])
    const doc = await stored()
    await expect.poll(() => effectShown('hiringDates')).toBe(bandEffectText(effectsOf(doc), 'hiringDates', 'USD'))

    // Chances that do not add up say so next to them, and nothing is saved.
    await page.getByLabel('Chance a start is 1 quarter late').fill('30')
    await page.locator('[data-field="uncertainty.hiringSlip"] .field-error').waitFor()
    expect(await page.locator('[data-field="uncertainty.hiringSlip"] > .field-error').textContent()).toContain('sum to 0.9')
    expect((await stored()).uncertainty?.hiringSlip).toEqual([0.6, 0.4])
    await accessible('[data-testid="uncertainty"]')
    await page.setViewportSize({ width: 1024, height: 640 })
    await page.getByTestId('slip-chances').screenshot({ path: join(SHOTS, '1024x640-editor-uncertainty-own-chances.png') })
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.getByLabel('Chance a start is 1 quarter late').fill('40')
  })
})

describe('Compare', () => {
  it('sets the simulated figures side by side, with one seed for all', async () => {
    await page.click('nav [data-view="compare"]')
    const card = page.getByTestId('simulated-comparison')
    await card.waitFor()
    const [base, whatIf] = [simulate(await stored()), simulate(await stored(HIRE_LATER.name))]
    expect(await card.locator('thead th').allTextContents()).toEqual(['Simulated', `${DEFAULT_SCENARIO.name} (base)`, HIRE_LATER.name])
    const row = (key: string) => card.locator(`tr[data-row="${key}"] td > div:first-child`).allTextContents()
    await expect.poll(() => row('spend')).toEqual([moneyRangeText(base.horizon, 'USD'), moneyRangeText(whatIf.horizon, 'USD')])
    expect(await row('covers')).toEqual([uncertaintySourcesText(base.sources), uncertaintySourcesText(whatIf.sources)])
    // A partial fiscal year's row says how many of its quarters the plan covers, as every other table does.
    expect(base.fiscalYears.some((year) => year.partial)).toBe(true)
    for (const [y, year] of base.fiscalYears.entries()) {
      expect(await row(`year-${year.label}`)).toEqual([chanceText(year.overrunProbability), chanceText(whatIf.fiscalYears[y].overrunProbability)])
      expect(await card.locator(`tr[data-row="year-${year.label}"] th`).textContent())
        .toBe(`${year.partial ? `${year.label} (${year.quarters.length} of 4 quarters)` : year.label}: chance over budget`)
    }
    for (const [p, phase] of base.phases.entries()) {
      expect(await row(`phase-${phase.phase}`)).toEqual([phaseWhenText(phase), phaseWhenText(whatIf.phases[p])])
    }
    for (const [d, deadline] of base.deadlines.entries()) {
      const other = whatIf.deadlines[d]
      expect(await row(`deadline-${deadline.name}`)).toEqual([
        `${chanceText(deadline.metProbability)} by ${deadline.label}`, `${chanceText(other.metProbability)} by ${other.label}`
      ])
    }
    expect(await row('fte')).toEqual([base, whatIf].map((s) => fteRangeText(s.quarters[s.quarters.length - 1].fte)))
    expect(await page.getByTestId('simulated-comparison-seed').textContent()).toContain(`seed ${DEFAULT_SEED} and ${DEFAULT_SAMPLES.toLocaleString('en-US')} samples`)
    expect(await page.getByTestId('simulated-comparison-seed').textContent()).toContain('differences come from its plan, not from noise')
    await card.screenshot({ path: join(SHOTS, 'compare-simulated.png') })
    await accessible('[data-testid="simulated-comparison"]')
  })
})
