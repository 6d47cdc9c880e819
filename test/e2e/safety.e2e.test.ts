// Nothing typed is lost and nothing is destroyed by accident: drafts that survive a reload and a
// switch of scenario, the close handshake with main, the start after a crash, confirmations
// before what cannot be undone, and failures that are reported instead of hanging.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import type { BackupInfo, BinEntry, ScenarioSummary, StoredScenario } from '../../src/shared/ipc'
import { MAX_IMPORT_BYTES } from '../../src/core/limits'
import { SHOTS, startApp, type RunningApp, type StartOptions } from './harness'
// These cases read the pre-version-2 DataFlow AI plan's overruns, warnings and line items.

let app: RunningApp | null = null

async function start(options: StartOptions = {}): Promise<{ app: RunningApp; page: Page }> {
  app = await startApp({ seed: [LEGACY_DATAFLOW], ...options })
  return { app, page: app.page }
}

afterEach(async () => {
  // Every test fails on a console error, including those that do not check it themselves.
  const errors = app?.consoleErrors ?? []
  await app?.close()
  app = null
  expect(errors).toEqual([])
})

const SECOND = { ...LEGACY_DATAFLOW, name: 'Lean team' }

async function openedOn(page: Page, name: string): Promise<void> {
  await page.locator('.sidebar-scenario', { hasText: name }).waitFor()
}

/** With several scenarios stored, which one opens first is the app's choice: open the one wanted. */
async function openByName(page: Page, name: string): Promise<void> {
  await page.locator('.sidebar-scenario:not(:empty)').waitFor()
  await page.click('nav [data-view="scenarios"]')
  await page.getByRole('button', { name, exact: true }).click()
  await openedOn(page, name)
}

async function storedDoc(running: RunningApp, name: string): Promise<StoredScenario['document']> {
  const list = await running.call<ScenarioSummary[]>('scenario/list')
  return (await running.call<StoredScenario>('scenario/get', list.find((s) => s.name === name)!.id)).document
}

const draftKeys = (page: Page) => page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('rampart.draft.')))

describe('drafts of unsaved work', () => {
  it('saves the last valid state while a field is broken, and offers the broken draft back after a reload', async () => {
    const { app, page } = await start()
    await openedOn(page, LEGACY_DATAFLOW.name)
    await page.click('nav [data-view="editor"]')
    await page.getByRole('tab', { name: 'Hiring' }).click()
    await page.getByLabel('Hire 1 count', { exact: true }).fill('5')
    // Broken straight away, before the autosave of the valid edit was due.
    await page.getByLabel('Hire 2 annual cost', { exact: true }).fill('-5')
    await expect.poll(async () => (await storedDoc(app, LEGACY_DATAFLOW.name)).hires?.[0].count).toBe(5)
    expect((await storedDoc(app, LEGACY_DATAFLOW.name)).hires?.[1].annualCost).toBe(320000)

    await page.reload()
    const offer = page.locator('[data-testid="draft-offer"]')
    await offer.waitFor()
    await expect(offer.textContent()).resolves.toContain(`Unsaved changes to "${LEGACY_DATAFLOW.name}" were kept`)
    await page.screenshot({ path: join(SHOTS, 'draft-offer.png') })
    await offer.getByRole('button', { name: 'Restore changes' }).click()
    await expect.poll(() => offer.count()).toBe(0)
    await page.click('nav [data-view="editor"]')
    await page.getByRole('tab', { name: 'Hiring' }).click()
    await expect(page.getByLabel('Hire 2 annual cost', { exact: true }).inputValue()).resolves.toBe('-5')
    await expect(page.getByLabel('Hire 1 count', { exact: true }).inputValue()).resolves.toBe('5')
    await page.locator('[data-testid="hires-table"] .field-error', { hasText: 'Hire 2 · annual cost must be at least $0' }).waitFor()

    // Undoing the restore goes back to what is stored, so there is no draft left to offer.
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.getByLabel('Hire 2 annual cost', { exact: true }).inputValue()).toBe('320000')
    await expect.poll(() => draftKeys(page)).toEqual([])
    await page.reload()
    await openedOn(page, LEGACY_DATAFLOW.name)
    await page.locator('[data-testid="kpi-total-spend"]').waitFor()
    expect(await page.locator('[data-testid="draft-offer"]').count()).toBe(0)
    expect(app.consoleErrors).toEqual([])
  })

  it('says a broken draft is kept when switching scenario, offers it on return, and forgets it when discarded', async () => {
    const { app, page } = await start({ seed: [LEGACY_DATAFLOW, SECOND] })
    await openByName(page, LEGACY_DATAFLOW.name)
    await page.click('nav [data-view="editor"]')
    await page.getByLabel('Quarters', { exact: true }).fill('0')
    await page.locator('[data-testid="save-status"]', { hasText: 'Not saved' }).waitFor()
    await page.click('nav [data-view="scenarios"]')
    await page.getByRole('button', { name: SECOND.name, exact: true }).click()
    await openedOn(page, SECOND.name)
    await page.locator('.notice', { hasText: `"${LEGACY_DATAFLOW.name}" has 1 field to fix` }).waitFor()
    await expect(page.locator('.notice', { hasText: 'kept as a draft' }).count()).resolves.toBe(1)
    expect((await storedDoc(app, LEGACY_DATAFLOW.name)).quarters).toBe(LEGACY_DATAFLOW.quarters)

    await page.click('nav [data-view="scenarios"]')
    await page.getByRole('button', { name: LEGACY_DATAFLOW.name, exact: true }).click()
    const offer = page.locator('[data-testid="draft-offer"]')
    await offer.waitFor()
    await offer.getByRole('button', { name: 'Discard' }).click()
    await expect.poll(() => offer.count()).toBe(0)
    expect(await draftKeys(page)).toEqual([])
    await page.click('nav [data-view="editor"]')
    await expect(page.getByLabel('Quarters', { exact: true }).inputValue()).resolves.toBe(String(LEGACY_DATAFLOW.quarters))
    expect(app.consoleErrors).toEqual([])
  })
})

describe('the window and main', () => {
  it('reports ready once the first scenario has rendered', async () => {
    const { app, page } = await start()
    await page.locator('[data-testid="kpi-total-spend"]').waitFor()
    await expect.poll(() => app.lifecycle).toEqual(['ready'])
  })

  it('saves the pending edit when main asks before closing, then says it is done', async () => {
    const { app, page } = await start()
    await openedOn(page, LEGACY_DATAFLOW.name)
    await page.click('nav [data-view="editor"]')
    await page.getByLabel('Scenario name').fill('Saved on close')
    await app.emit('app/flushBeforeClose', { timeoutMs: 3000 })
    await expect.poll(() => app.lifecycle).toEqual(['ready', 'flushed'])
    // The save landed before the page said it was done.
    expect((await app.call<ScenarioSummary[]>('scenario/list')).map((s) => s.name)).toEqual(['Saved on close'])
  })

  it('keeps a broken edit as a draft when main asks before closing', async () => {
    const { app, page } = await start()
    await openedOn(page, LEGACY_DATAFLOW.name)
    await page.click('nav [data-view="editor"]')
    await page.getByLabel('Quarters', { exact: true }).fill('0')
    await app.emit('app/flushBeforeClose', { timeoutMs: 3000 })
    await expect.poll(() => app.lifecycle).toEqual(['ready', 'flushed'])
    const kept = await page.evaluate(() => Object.entries(window.localStorage).filter(([k]) => k.startsWith('rampart.draft.')).map(([, v]) => JSON.parse(v)))
    expect(kept).toEqual([expect.objectContaining({ baseRevision: 1, document: expect.objectContaining({ quarters: 0 }) })])
  })

  it('opens the scenario list instead of the last scenario after a crash, and still reports ready', async () => {
    const { app, page } = await start({ query: '?safe=1' })
    await page.locator('[data-testid="safe-start"]').waitFor()
    await page.getByRole('heading', { level: 1, name: 'Scenarios' }).waitFor()
    await page.screenshot({ path: join(SHOTS, 'safe-start.png') })
    await expect(page.locator('.sidebar-scenario').textContent()).resolves.toBe('')
    await expect.poll(() => app.lifecycle).toEqual(['ready'])
    await page.getByRole('button', { name: LEGACY_DATAFLOW.name, exact: true }).click()
    await openedOn(page, LEGACY_DATAFLOW.name)
    await expect.poll(() => page.locator('[data-testid="safe-start"]').count()).toBe(0)
    expect(app.consoleErrors).toEqual([])
  })
})

describe('asking before what cannot be undone', () => {
  it('empties the bin only after the user confirms in a dialog', async () => {
    const { app, page } = await start({ seed: [LEGACY_DATAFLOW, SECOND] })
    await openByName(page, LEGACY_DATAFLOW.name)
    await page.click('nav [data-view="scenarios"]')
    const row = page.locator('[data-testid="scenario-list"] tbody tr', { hasText: SECOND.name })
    await row.getByRole('button', { name: 'Delete' }).click()
    const bin = page.locator('[data-testid="bin"]')
    await bin.getByText(SECOND.name).waitFor()

    await bin.getByRole('button', { name: 'Empty bin' }).click()
    const dialog = page.getByRole('dialog', { name: 'Empty the bin?' })
    await dialog.waitFor()
    await expect(dialog.textContent()).resolves.toContain(`"${SECOND.name}"`)
    await page.screenshot({ path: join(SHOTS, 'confirm-empty-bin.png') })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect((await app.call<BinEntry[]>('bin/list')).map((b) => b.name)).toEqual([SECOND.name])

    await bin.getByRole('button', { name: 'Empty bin' }).click()
    await dialog.getByRole('button', { name: 'Empty bin' }).click()
    await page.locator('.notice', { hasText: 'Deleted 1 scenario for good' }).waitFor()
    expect(await app.call<BinEntry[]>('bin/list')).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })

  it('restores a backup only after the user confirms, and Escape cancels', async () => {
    const { app, page } = await start()
    await openedOn(page, LEGACY_DATAFLOW.name)
    await page.click('nav [data-view="scenarios"]')
    await page.getByRole('button', { name: 'Back up now' }).click()
    const backups = page.locator('section', { has: page.getByRole('heading', { name: 'Backups' }) })
    await backups.getByRole('button', { name: 'Restore' }).first().waitFor()
    const safetyCopies = async () => (await app.call<BackupInfo[]>('backup/list')).filter((b) => b.kind === 'pre-restore').length

    await backups.getByRole('button', { name: 'Restore' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    // Restoring first backs up the current state, so no such copy means nothing was restored.
    expect(await safetyCopies()).toBe(0)

    await backups.getByRole('button', { name: 'Restore' }).first().click()
    await dialog.getByRole('button', { name: 'Restore backup' }).click()
    await page.locator('.notice', { hasText: 'Restored backup' }).waitFor()
    expect(await safetyCopies()).toBe(1)
    expect(app.consoleErrors).toEqual([])
  })

  it('warns before an unsaved check-in is dropped by changing quarter or view', async () => {
    const { app, page } = await start()
    await openedOn(page, LEGACY_DATAFLOW.name)
    await page.click('nav [data-view="track"]')
    const checkin = page.locator('[data-testid="checkin"]')
    const people = checkin.getByLabel('People spend (USD)')
    await people.fill('50000')

    await page.click('nav [data-view="dashboard"]')
    const dialog = page.getByRole('dialog', { name: 'Discard the unsaved check-in?' })
    await dialog.getByRole('button', { name: 'Keep editing' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await expect(people.inputValue()).resolves.toBe('50000')
    await page.getByRole('heading', { level: 1, name: 'Track' }).waitFor()

    const quarter = checkin.getByLabel('Quarter', { exact: true })
    const first = await quarter.inputValue()
    await quarter.selectOption('1')
    await dialog.getByRole('button', { name: 'Keep editing' }).click()
    await expect.poll(() => quarter.inputValue()).toBe(first)
    await quarter.selectOption('1')
    await recordCheckInForm(page)
    await dialog.getByRole('button', { name: 'Discard changes' }).click()
    // The form switches as a whole: once it shows quarter 1, its people box is empty at once, in
    // every state the page ever showed (the box once caught up one render late: see below).
    await expect.poll(() => quarter.inputValue()).toBe('1')
    await expect(people.inputValue()).resolves.toBe('')
    const seen = await checkInFormsSeen(page)
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.filter(([q]) => q === '1')).toEqual(seen.filter(([q]) => q === '1').map(() => ['1', '']))

    // A saved check-in leaves without a question.
    await people.fill('60000')
    for (const label of ['Tools spend (USD)', 'Programs spend (USD)', 'Hires this quarter']) await checkin.getByLabel(label).fill('0')
    await checkin.getByRole('button', { name: 'Save check-in' }).click()
    await page.locator('.notice', { hasText: 'Saved the' }).waitFor()
    await page.click('nav [data-view="dashboard"]')
    await page.locator('[data-testid="kpi-total-spend"]').waitFor()
    expect(app.consoleErrors).toEqual([])
  })
})

/**
 * Records the check-in form's quarter and people boxes after every change the page makes to the
 * form, as the page shows them (a MutationObserver runs right after each render's DOM changes,
 * before any later task). A number box that followed its value in an effect showed the new
 * quarter with the old amount for one render: a test reading the two boxes one after the other
 * could see that state, which is how "expected '50000' to be ''" failed once.
 */
async function recordCheckInForm(page: Page): Promise<void> {
  await page.evaluate(() => {
    const form = document.querySelector('[data-testid="checkin"]')!
    const box = (label: string) => [...form.querySelectorAll('label')].find((l) => l.textContent === label)?.control as HTMLInputElement | HTMLSelectElement
    const states: [string, string][] = []
    new MutationObserver(() => states.push([box('Quarter').value, box('People spend (USD)').value]))
      .observe(form, { subtree: true, childList: true, characterData: true, attributes: true })
    ;(window as unknown as { checkInStates: typeof states }).checkInStates = states
  })
}

const checkInFormsSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { checkInStates: [string, string][] }).checkInStates)

describe('undo from the menu in a text box', () => {
  it('undoes the typing in the focused text box, not the last scenario edit', async () => {
    const { app, page } = await start()
    await openedOn(page, LEGACY_DATAFLOW.name)
    await page.click('nav [data-view="editor"]')
    await page.getByLabel('Scenario name').fill('Renamed first')
    await page.click('nav [data-view="track"]')
    const note = page.locator('[data-testid="checkin"]').getByLabel('Note')
    await note.click()
    await page.keyboard.type('Typed note')
    await app.emit('menu/command', { command: 'undo' })
    await expect.poll(() => note.inputValue()).not.toBe('Typed note')
    await app.emit('menu/command', { command: 'redo' })
    await expect.poll(() => note.inputValue()).toBe('Typed note')
    await expect(page.locator('.sidebar-scenario').textContent()).resolves.toBe('Renamed first')

    // Outside a text box the menu undoes the scenario edit.
    await page.locator('[data-testid="insights"]').click()
    await app.emit('menu/command', { command: 'undo' })
    await page.locator('.sidebar-scenario', { hasText: LEGACY_DATAFLOW.name }).waitFor()
    expect(app.consoleErrors).toEqual([])
  })
})

describe('dropped files', () => {
  it('refuses a file over the import limit before reading it, and imports one within it', async () => {
    const { app, page } = await start()
    await openedOn(page, LEGACY_DATAFLOW.name)
    await page.click('nav [data-view="scenarios"]')
    const drop = (name: string, text: string | null, bytes: number) => page.evaluate(({ name, text, bytes }) => {
      const file = new File([text ?? new Uint8Array(bytes)], name, { type: 'application/json' })
      const transfer = new DataTransfer()
      transfer.items.add(file)
      document.querySelector('.view.scenarios')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }, { name, text, bytes })

    await drop('huge.json', null, MAX_IMPORT_BYTES + 1)
    const limit = `${(MAX_IMPORT_BYTES / (1024 * 1024)).toFixed(1)} MB`
    await page.locator('.notice', { hasText: `huge.json was not imported: it is ${limit}, and scenario files can be at most ${limit}` }).waitFor()
    expect((await app.call<ScenarioSummary[]>('scenario/list')).map((s) => s.name)).toEqual([LEGACY_DATAFLOW.name])

    await drop('small.json', JSON.stringify({ ...LEGACY_DATAFLOW, name: 'Dropped in' }), 0)
    await openedOn(page, 'Dropped in')
    expect((await app.call<ScenarioSummary[]>('scenario/list')).map((s) => s.name).sort()).toEqual([LEGACY_DATAFLOW.name, 'Dropped in'])
    expect(app.consoleErrors).toEqual([])
  })
})

describe('the content security policy', () => {
  it('runs the window and its simulation worker without a single violation', async () => {
    const { app, page } = await start()
    // The sensitivity chart is drawn from the worker's answer, so both have run by then.
    await page.locator('[data-testid="chart-tornado"] canvas').waitFor()
    await expect.poll(() => app.lifecycle).toEqual(['ready'])
    expect(app.consoleErrors).toEqual([])
  })

  it('would report a violation as a console error (the check above can fail)', async () => {
    const { app, page } = await start({ initScript: "addEventListener('load', () => { try { new Function('') } catch {} })" })
    await page.locator('[data-testid="chart-tornado"] canvas').waitFor()
    await expect.poll(() => app.consoleErrors.join('\n')).toMatch(/^CSP violation: script-src refused eval at /)
    app.consoleErrors.length = 0
  })
})

describe('failures that used to hang', () => {
  // A worker that fails outside any request: the kind of failure the worker's own error handling
  // cannot answer (a crash, running out of memory, a script that does not load).
  const brokenWorker = `window.Worker = class {
    postMessage() { setTimeout(() => this.onerror && this.onerror(new ErrorEvent('error', { message: 'injected failure' })), 0) }
    terminate() {}
  }`

  // A worker whose every answer arrives 1.5 s late: long enough to see what shows while one runs.
  const slowWorker = `{
    const Real = window.Worker
    window.Worker = class extends Real {
      set onmessage(listener) { super.onmessage = listener && ((event) => setTimeout(() => listener(event), 1500)) }
      get onmessage() { return super.onmessage }
    }
  }`

  it('says a comparison is updating while the next runs, over the last one, until the new one lands', async () => {
    const { app, page } = await start({ seed: [LEGACY_DATAFLOW, SECOND], initScript: slowWorker })
    await openByName(page, LEGACY_DATAFLOW.name)
    await page.click('nav [data-view="compare"]')
    await page.getByLabel('Base scenario').selectOption({ label: LEGACY_DATAFLOW.name })
    const table = page.locator('[data-testid="compare-table"]')
    // The other scenario is chosen to begin with: the table shows both once the first run lands.
    await table.locator('thead', { hasText: SECOND.name }).waitFor()
    await expect.poll(() => page.getByTestId('compare-updating').count()).toBe(0)
    await page.getByLabel(SECOND.name).uncheck()
    await page.getByTestId('compare-updating').waitFor()
    expect(await page.getByTestId('compare-updating').textContent()).toBe('Updating for the new choice…')
    // Meanwhile the last comparison is still up, so its figures are not taken for the new choice's.
    expect(await table.locator('thead', { hasText: SECOND.name }).count()).toBe(1)
    await expect.poll(() => table.locator('thead', { hasText: SECOND.name }).count(), { timeout: 15_000 }).toBe(0)
    expect(await page.getByTestId('compare-updating').count()).toBe(0)
    expect(app.consoleErrors).toEqual([])
  })

  it('reports a failed simulation on the dashboard and in the comparison instead of simulating for ever', async () => {
    const { app, page } = await start({ seed: [LEGACY_DATAFLOW, SECOND], initScript: brokenWorker })
    await page.locator('.notice', { hasText: 'Simulation failed: the simulation stopped unexpectedly (injected failure)' }).waitFor()
    await page.locator('[data-testid="kpi-over-budget"]', { hasText: 'the simulation failed' }).waitFor()

    await page.click('nav [data-view="compare"]')
    await page.locator('.notice', { hasText: 'Comparison failed' }).waitFor()
    await expect.poll(() => page.getByText('Simulating…').count()).toBe(0)
    expect(app.consoleErrors).toEqual([])
  })
})

describe('comparing scenarios in different currencies', () => {
  it('shows money differences against the base as n/a, as the board pack does', async () => {
    const { app, page } = await start({ seed: [LEGACY_DATAFLOW, { ...LEGACY_DATAFLOW, name: 'In euros', currency: 'EUR' }] })
    await openByName(page, LEGACY_DATAFLOW.name)
    await page.click('nav [data-view="compare"]')
    await page.getByLabel('Base scenario').selectOption({ label: LEGACY_DATAFLOW.name })
    await page.getByLabel('In euros').check()
    const table = page.locator('[data-testid="compare-table"]')
    await table.locator('thead', { hasText: 'In euros' }).waitFor()
    await page.locator('[data-testid="mixed-currencies"]').waitFor()
    const cell = (kpi: string) => table.locator('tbody tr', { has: page.getByRole('rowheader', { name: kpi, exact: true }) }).locator('td').nth(1)
    await expect(cell('Planned spend over the plan').locator('.delta').textContent()).resolves.toBe('n/a')
    await expect(cell('Revenue over the plan').locator('.delta').textContent()).resolves.toBe('n/a')
    await expect(cell('Planned spend over the plan').textContent()).resolves.toContain('€')
    // Counts and percentages still compare.
    await expect(cell('Quarters over budget').locator('.delta').textContent()).resolves.toBe('no change')
    expect(app.consoleErrors).toEqual([])
  })
})
