// A first launch and the smaller faults around it, in Chromium against the real handlers: the
// start screen on an empty database (at 1024×640, with axe), the sample marked as one, a
// template opening in the editor, a what-if compared with its original, Export's own base with
// Open and Show in folder, milestones in quarter order, stranded milestones by their labels, and
// the currency relabel notice.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import type { ScenarioDoc } from '../../src/core/scenario'
import type { ScenarioSummary, StoredScenario } from '../../src/shared/ipc'
import { NAMED_RULES, namedFindings, seriousFindings } from './axe'
import { SHOTS, startApp, type RunningApp } from './harness'

const SMALL = { width: 1024, height: 640 }

let app: RunningApp | null = null
let page: Page

afterEach(async () => {
  const errors = app?.consoleErrors ?? []
  await app?.close()
  app = null
  expect(errors).toEqual([])
})

async function start(seed: ScenarioDoc[], viewport = { width: 1280, height: 800 }): Promise<RunningApp> {
  app = await startApp({ seed, viewport })
  page = app.page
  return app
}

const stored = async (running: RunningApp) => {
  const list = await running.call<ScenarioSummary[]>('scenario/list')
  return Promise.all(list.map((s) => running.call<StoredScenario>('scenario/get', s.id)))
}

/** Fields and buttons narrower than 40 px, or past their card's or the window's right edge, and the page's own overflow. */
async function squeezed(): Promise<{ overflow: number; narrow: string[] }> {
  return page.evaluate(() => {
    const narrow = [...document.querySelectorAll<HTMLElement>('main button, main select, main input')]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => {
        const box = element.getBoundingClientRect()
        const card = element.parentElement?.closest('.card, .start-template')?.getBoundingClientRect()
        return box.width < 40 || box.right > window.innerWidth || (card !== undefined && box.right > card.right)
      })
      .map((element) => element.textContent?.trim() || element.getAttribute('aria-label') || element.tagName)
    const content = document.querySelector('.content')!
    const overflow = Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, content.scrollWidth - content.clientWidth)
    return { overflow, narrow }
  })
}

function currentQuarter(today = new Date()): string {
  return `${today.getFullYear()}-Q${Math.floor(today.getMonth() / 3) + 1}`
}

describe('a first launch', () => {
  it('opens on the start screen, which fits 1024×640 with no serious accessibility fault, and a template opens in the editor', async () => {
    const running = await start([], SMALL)
    const screen = page.locator('[data-testid="start-screen"]')
    await screen.waitFor()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Start a security plan')
    await expect(screen.getByText('Sample: DataFlow AI - Base', { exact: true }).count()).resolves.toBe(1)
    for (const stage of ['Seed', 'Series A', 'Series B', 'Growth']) {
      await expect(page.getByRole('button', { name: `Use the ${stage} template`, exact: true }).count()).resolves.toBe(1)
    }
    // The window counts as started once the start screen is up, with nothing stored behind the user's back.
    await expect.poll(() => running.lifecycle).toEqual(['ready'])
    expect(await running.call<ScenarioSummary[]>('scenario/list')).toEqual([])
    expect(await squeezed()).toEqual({ overflow: 0, narrow: [] })
    expect(await seriousFindings(page)).toEqual([])
    expect(await namedFindings(page, NAMED_RULES)).toEqual([])
    await page.screenshot({ path: join(SHOTS, '1024x640-start-screen.png') })
    // The README's picture (docs/images/start-screen.png is a copy): as wide, tall enough for every choice.
    await page.setViewportSize({ width: SMALL.width, height: 900 })
    await page.screenshot({ path: join(SHOTS, 'start-screen.png') })

    await page.getByRole('button', { name: 'Use the Series B template' }).click()
    await expect.poll(() => page.getByLabel('Scenario name').inputValue()).toBe('Series B plan')
    await expect(page.locator('nav [data-view="editor"]').getAttribute('aria-current')).resolves.toBe('page')
    await expect(page.getByLabel('First quarter').inputValue()).resolves.toBe(currentQuarter())
    const [only, ...rest] = await stored(running)
    expect(rest).toEqual([])
    expect(only.document).toMatchObject({ name: 'Series B plan', start: currentQuarter(), quarters: 16 })
    await page.click('nav [data-view="dashboard"]')
    await page.locator('[data-testid="kpis"]').waitFor()
  })

  it('opens the sample on its dashboard, named as a sample in the sidebar and the scenario list', async () => {
    const running = await start([])
    await page.getByRole('button', { name: 'Open the sample' }).click()
    await expect.poll(() => page.locator('.sidebar-scenario').textContent()).toBe('Sample: DataFlow AI - Base')
    await expect(page.locator('nav [data-view="dashboard"]').getAttribute('aria-current')).resolves.toBe('page')
    const [sample] = await stored(running)
    expect(sample.document).toEqual({ ...DEFAULT_SCENARIO, name: 'Sample: DataFlow AI - Base' })
    await page.click('nav [data-view="scenarios"]')
    await page.locator('[data-testid="scenario-list"]').getByText('Sample: DataFlow AI - Base').first().waitFor()
    await expect(page.locator('[data-testid="start-screen"]').count()).resolves.toBe(0)
  })
})

describe('what-ifs, Compare and Export', () => {
  it('opens a what-if in the editor, and Compare keeps the original as its base', async () => {
    const running = await start([{ ...DEFAULT_SCENARIO, name: 'Base plan' }, { ...DEFAULT_SCENARIO, name: 'Other plan' }])
    await page.locator('.sidebar-scenario:not(:empty)').waitFor()
    await page.click('nav [data-view="scenarios"]')
    await page.locator('[data-testid="scenario-list"] tbody tr', { hasText: 'Base plan' })
      .getByRole('button', { name: 'Duplicate as what-if' }).click()
    await expect.poll(() => page.getByLabel('Scenario name').inputValue()).toBe('Base plan - what-if')
    await expect(page.locator('nav [data-view="editor"]').getAttribute('aria-current')).resolves.toBe('page')
    const ids = new Map((await running.call<ScenarioSummary[]>('scenario/list')).map((s) => [s.name, s.id]))

    await page.click('nav [data-view="compare"]')
    await expect(page.locator('[data-testid="compare-base"]').inputValue()).resolves.toBe(String(ids.get('Base plan')))
    const picker = page.locator('.compare-picker')
    await expect(picker.getByLabel('Base plan - what-if').isChecked()).resolves.toBe(true)
    await expect(picker.getByLabel('Other plan').isChecked()).resolves.toBe(false)
  })

  it('exports the board pack with the base chosen in its own field, then opens it and shows it in its folder', async () => {
    const running = await start(['Alpha', 'Bravo', 'Charlie'].map((name) => ({ ...DEFAULT_SCENARIO, name, quarters: 8,
      headcount: [{ quarter: 0, value: 50 }], revenue: [{ quarter: 0, value: 24_000_000 }], hires: [], tools: [], programs: [],
      capabilities: [], deadlines: [], itBudget: undefined })))
    await page.locator('.sidebar-scenario:not(:empty)').waitFor()
    const open = await page.locator('.sidebar-scenario').textContent()
    await page.click('nav [data-view="export"]')
    const ids = new Map((await running.call<ScenarioSummary[]>('scenario/list')).map((s) => [s.name, s.id]))
    // The open scenario is the base until the user chooses another.
    const base = page.locator('[data-testid="export-base"]')
    await expect(base.inputValue()).resolves.toBe(String(ids.get(open ?? '')))
    await base.selectOption(String(ids.get('Alpha')))
    // Ticking others first and choosing the base afterwards: the base is what the field says.
    const others = page.locator('[data-testid="export-scenarios"]')
    await others.getByLabel('Bravo').check()
    await base.selectOption(String(ids.get('Charlie')))
    await others.getByLabel('Alpha').check()
    // The others follow in the order of the scenario list, whatever order they were ticked in.
    const listedOthers = [...ids.keys()].filter((name) => name !== 'Charlie')
    await expect(page.locator('[data-testid="export-order"]').textContent()).resolves.toBe(`Comparison sheets: Charlie vs ${listedOthers.join(' vs ')}`)
    await expect(others.getByLabel('Charlie').count()).resolves.toBe(0)

    const file = join(running.folder, 'pack.xlsx')
    running.dialogs.saveAnswers.push(file)
    await page.getByRole('button', { name: 'Export board pack…' }).click()
    await page.locator('[data-testid="export-saved"]').getByText(`Saved ${file}`).waitFor()
    expect(running.dialogs.saveRequests.at(-1)?.defaultName).toBe('Charlie board pack.xlsx')
    await page.getByRole('button', { name: 'Open the board pack' }).click()
    await expect.poll(() => running.shell.opened).toEqual([file])
    await page.getByRole('button', { name: 'Show in folder (the board pack)' }).click()
    await expect.poll(() => running.shell.shown).toEqual([file])

    // A scenario file exported beside it can be opened too, under names of its own.
    const scenarioFile = join(running.folder, 'plan.json')
    running.dialogs.saveAnswers.push(scenarioFile)
    await page.getByRole('button', { name: 'Export scenario…' }).click()
    await page.locator('[data-testid="other-export-saved"]').getByText(`Saved ${scenarioFile}`).waitFor()
    await page.getByRole('button', { name: 'Open the scenario file' }).click()
    await expect.poll(() => running.shell.opened).toEqual([file, scenarioFile])
    expect(await seriousFindings(page)).toEqual([])
  })
})

describe('the plan tab', () => {
  const headcountQuarters = () => page.locator('select[data-field^="headcount["][data-field$="].quarter"]')
    .evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''))

  it('keeps milestones in quarter order, the moved one keeping the focus, and stores them sorted', async () => {
    const running = await start([DEFAULT_SCENARIO])
    await page.click('nav [data-view="editor"]')
    expect(await headcountQuarters()).toEqual(['2027-Q1', '2027-Q3', '2028-Q3', '2030-Q1', '2031-Q4'])
    await page.getByLabel('Headcount milestone 2 quarter').selectOption({ label: '2029-Q2' })
    await expect.poll(headcountQuarters).toEqual(['2027-Q1', '2028-Q3', '2029-Q2', '2030-Q1', '2031-Q4'])
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('headcount[2].quarter')
    await page.getByRole('button', { name: 'Add milestone' }).first().click()
    await expect.poll(headcountQuarters).toEqual(['2027-Q1', '2028-Q3', '2029-Q2', '2030-Q1', '2031-Q3', '2031-Q4'])
    await expect.poll(async () => (await stored(running))[0].document.headcount.map((m) => m.quarter)).toEqual([0, 6, 9, 12, 18, 19])
  })

  it('explains milestones stranded by a shorter plan with the plan\'s own quarter labels', async () => {
    await start([DEFAULT_SCENARIO])
    await page.click('nav [data-view="editor"]')
    await page.getByLabel('Quarters', { exact: true }).fill('4')
    await expect.poll(headcountQuarters).toEqual(['2027-Q1', '2027-Q3', '2028-Q3 (after the plan)', '2030-Q1 (after the plan)', '2031-Q4 (after the plan)'])
    const stranded = page.locator('[data-field="headcount"]').getByText("2028-Q3 is after the plan's last quarter, 2027-Q4: choose a quarter in the plan, or lengthen the plan")
    await expect(stranded.count()).resolves.toBe(1)
    await expect(page.locator('main').getByText(/is outside the 4-quarter horizon/).count()).resolves.toBe(0)
  })

  it('says a currency change relabels the money and converts nothing', async () => {
    const running = await start([DEFAULT_SCENARIO])
    await page.click('nav [data-view="editor"]')
    await page.getByLabel('Currency').selectOption('EUR')
    await page.locator('.notices').getByText('Amounts are now labelled EUR; they were not converted from USD.', { exact: false }).waitFor()
    await expect.poll(async () => (await stored(running))[0].document.currency).toBe('EUR')
    expect((await stored(running))[0].document.revenue).toEqual(DEFAULT_SCENARIO.revenue)
  })
})
