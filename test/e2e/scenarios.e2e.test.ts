// Looking after scenarios in the window: what-ifs, renames, the bin, revision history, import,
// and an edit that survives the window closing before its autosave.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import type { BinEntry, RevisionSummary, ScenarioSummary, StoredScenario } from '../../src/shared/ipc'
import { SHOTS, startApp, startAppForFile, type RunningApp } from './harness'
// These cases read the pre-version-2 DataFlow AI plan's overruns, warnings and line items.

let app: RunningApp
let page: Page

const row = (name: string) => page.locator('[data-testid="scenario-list"] tbody tr', { has: page.getByRole('button', { name, exact: true }) })
const names = async () => (await app.call<ScenarioSummary[]>('scenario/list')).map((s) => s.name).sort()

startAppForFile({ seed: [LEGACY_DATAFLOW] }, async (started) => {
  app = started
  page = app.page
  await page.getByRole('heading', { level: 1, name: LEGACY_DATAFLOW.name }).waitFor()
  await page.click('nav [data-view="scenarios"]')
})

describe('managing scenarios', () => {
  it('duplicates the open scenario as a what-if and renames it', async () => {
    await row(LEGACY_DATAFLOW.name).getByRole('button', { name: 'Duplicate as what-if' }).click()
    // The copy opens in the editor (test/e2e/start.e2e.test.ts follows it into Compare).
    await expect.poll(() => page.getByLabel('Scenario name').inputValue()).toBe(`${LEGACY_DATAFLOW.name} - what-if`)
    await page.click('nav [data-view="scenarios"]')
    await row(`${LEGACY_DATAFLOW.name} - what-if`).waitFor()
    await row(`${LEGACY_DATAFLOW.name} - what-if`).getByRole('button', { name: 'Rename' }).click()
    await page.getByLabel(`New name for ${LEGACY_DATAFLOW.name} - what-if`).fill('Hire the CISO first')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await row('Hire the CISO first').waitFor()
    await expect.poll(names).toEqual([LEGACY_DATAFLOW.name, 'Hire the CISO first'].sort())
    expect(app.consoleErrors).toEqual([])
  })

  it('deletes a scenario to the bin and restores it', async () => {
    await row('Hire the CISO first').getByRole('button', { name: 'Delete' }).click()
    const bin = page.locator('[data-testid="bin"]')
    await bin.getByText('Hire the CISO first').waitFor()
    expect(await names()).toEqual([LEGACY_DATAFLOW.name])
    expect((await app.call<BinEntry[]>('bin/list')).map((b) => b.name)).toEqual(['Hire the CISO first'])
    await bin.getByRole('button', { name: 'Restore' }).click()
    await row('Hire the CISO first').waitFor()
    expect(await app.call<BinEntry[]>('bin/list')).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })

  it('restores an earlier revision as a new one', async () => {
    await row(LEGACY_DATAFLOW.name).getByRole('button', { name: 'Edit' }).click()
    await page.getByLabel('Scenario name').fill('Renamed in the editor')
    await page.locator('[data-testid="save-status"]', { hasText: 'revision 2' }).waitFor()
    await page.click('nav [data-view="scenarios"]')
    const history = page.locator('[data-testid="revisions"]')
    await history.getByText('Revision 2').waitFor()
    await history.locator('li', { hasText: 'Revision 1' }).getByRole('button', { name: 'Restore' }).click()
    await history.getByText('Revision 3').waitFor()
    await page.screenshot({ path: join(SHOTS, 'scenarios-history.png') })
    const list = await app.call<ScenarioSummary[]>('scenario/list')
    const restored = list.find((s) => s.revision === 3)!
    expect(restored.name).toBe(LEGACY_DATAFLOW.name)
    expect((await app.call<RevisionSummary[]>('revision/list', restored.id)).map((r) => r.name))
      .toEqual(expect.arrayContaining([LEGACY_DATAFLOW.name, 'Renamed in the editor']))
    expect(app.consoleErrors).toEqual([])
  })

  it('imports a scenario file chosen in the open dialog', async () => {
    const file = join(app.folder, 'imported.json')
    writeFileSync(file, JSON.stringify({ ...LEGACY_DATAFLOW, name: 'From a colleague', quarters: 8, capabilities: [], hires: [], tools: [], programs: [],
      headcount: [{ quarter: 0, value: 40 }], revenue: [{ quarter: 0, value: 5_000_000 }] }))
    app.dialogs.openAnswers.push([file])
    await page.getByRole('button', { name: 'Import…' }).click()
    await row('From a colleague').waitFor()
    await page.locator('.sidebar-scenario', { hasText: 'From a colleague' }).waitFor()
    expect(app.consoleErrors).toEqual([])
  })

  it('keeps an edit made just before the window closes', async () => {
    await page.click('nav [data-view="editor"]')
    await page.getByLabel('Scenario name').fill('Typed, then closed')
    // No wait for the autosave: closing the window must flush it.
    await page.close({ runBeforeUnload: true })
    await expect.poll(names).toContain('Typed, then closed')
    const list = await app.call<ScenarioSummary[]>('scenario/list')
    const stored = await app.call<StoredScenario>('scenario/get', list.find((s) => s.name === 'Typed, then closed')!.id)
    expect(stored.document.quarters).toBe(8)
    expect(app.consoleErrors).toEqual([])
  })
})

describe('deleting the last scenario', () => {
  it('leaves no scenario open until the user creates one, and the deleted one waits in the bin', async () => {
    const single = await startApp({ seed: [LEGACY_DATAFLOW] })
    try {
      const { page: window } = single
      await window.getByRole('heading', { level: 1, name: LEGACY_DATAFLOW.name }).waitFor()
      await window.click('nav [data-view="scenarios"]')
      await window.getByRole('button', { name: 'Delete' }).click()
      await window.locator('[data-testid="bin"]').getByText(LEGACY_DATAFLOW.name).waitFor()
      // The start screen takes the empty list's place, with the bin beside it.
      await window.locator('[data-testid="start-screen"]').waitFor()
      // Nothing is created behind the user's back.
      expect(await single.call<ScenarioSummary[]>('scenario/list')).toEqual([])
      await expect(window.locator('.sidebar-scenario').textContent()).resolves.toBe('')
      await window.getByRole('button', { name: 'Start a blank plan' }).click()
      await window.locator('.sidebar-scenario', { hasText: 'New scenario' }).waitFor()
      expect((await single.call<ScenarioSummary[]>('scenario/list')).map((s) => s.name)).toEqual(['New scenario'])
      expect(single.consoleErrors).toEqual([])
    } finally {
      await single.close()
    }
  })
})
