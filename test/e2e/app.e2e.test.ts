// The app a CISO works in, end to end: the built renderer in Chromium over the real IPC handlers
// and a real database. Screenshots of every view go to test-output/e2e/.
// Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { projectionKpis } from '../../src/core/compare'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { formatMoneyCompact } from '../../src/core/format'
import { suggestHiringSequence } from '../../src/core/hiring'
import { findPitfalls } from '../../src/core/pitfalls'
import { projectScenario } from '../../src/core/projection'
import { quarterRangeLabel } from '../../src/core/quarters'
import { sensitivity } from '../../src/core/sensitivity'
import { DEFAULT_SAMPLES } from '../../src/core/limits'
import type { ExportProgress, QuarterActual, ScenarioSummary, StoredScenario } from '../../src/shared/ipc'
import { SHOTS, startAppForFile, type RunningApp } from './harness'
// These cases read the pre-version-2 DataFlow AI plan's overruns, warnings and line items.

let app: RunningApp
let page: Page

async function go(view: string): Promise<void> {
  await page.click(`nav [data-view="${view}"]`)
}

/** What the user sees at 1280x800, and the whole scrolled view. */
async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) })
  // The view scrolls inside the window, so the whole view needs a window as tall as it.
  const height = await page.evaluate(() => document.querySelector('.content')?.scrollHeight ?? 800)
  const viewport = page.viewportSize()!
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) })
  await page.screenshot({ path: join(SHOTS, `${name}-full.png`) })
  await page.setViewportSize(viewport)
}

async function kpi(id: string): Promise<string> {
  return (await page.locator(`[data-testid="${id}"] .kpi-value`).textContent()) ?? ''
}

async function savedRevision(): Promise<void> {
  await page.locator('[data-testid="save-status"]', { hasText: /^Saved/ }).waitFor()
}

async function storedDefault(): Promise<StoredScenario> {
  const list = await app.call<ScenarioSummary[]>('scenario/list')
  return app.call<StoredScenario>('scenario/get', list.find((s) => s.name === LEGACY_DATAFLOW.name)!.id)
}

startAppForFile({ seed: [LEGACY_DATAFLOW] }, async (started) => {
  app = started
  page = app.page
})

describe('the Rampart window', () => {
  it('opens on the default scenario with its dashboard', async () => {
    await page.getByRole('heading', { level: 1, name: LEGACY_DATAFLOW.name }).waitFor()
    await page.locator('[data-testid="chart-tornado"] canvas').waitFor()
    expect(Number(await kpi('kpi-fte'))).toBe(projectScenario(LEGACY_DATAFLOW).quarters.at(-1)!.securityFte)
    expect(await page.locator('[data-testid="warnings"] li').count()).toBeGreaterThan(0)
    // Every heat-map cell says in words what its colour shows.
    const cell = page.getByRole('cell', { name: `Model theft / IP loss, ${LEGACY_DATAFLOW.start}:` })
    await expect(cell.getAttribute('aria-label')).resolves.toMatch(/^Model theft \/ IP loss, 2027-Q1: (low|medium|high|critical) \(score [\d.]+, \d+ of \d+ mitigations in place\)$/)
    await shot('dashboard')
    await expect.poll(() => app.lifecycle).toEqual(['ready'])
    expect(app.consoleErrors).toEqual([])
  })

  it('words the budget envelope from the facts: quarters over budget are not "within envelope"', async () => {
    const stored = await app.call<StoredScenario>('scenario/get', (await app.call<ScenarioSummary[]>('scenario/list'))[0].id)
    const kpis = projectionKpis(projectScenario(stored.document))
    expect(kpis.quartersOverBudget).toBeGreaterThan(0)
    const tile = page.locator('[data-testid="kpi-total-spend"]')
    await expect(tile.locator('.kpi-detail').textContent()).resolves.toContain(`${kpis.quartersOverBudget} quarter${kpis.quartersOverBudget === 1 ? "" : "s"} over budget`)
    await expect(tile.getAttribute('class')).resolves.not.toContain('kpi-good')
  })

  it('simulates the dashboard with the default sample count', async () => {
    await expect.poll(() => page.locator('[data-testid="chart-spend"] .card-subtitle').textContent())
      .toContain(`${DEFAULT_SAMPLES.toLocaleString('en-US')} samples`)
  })

  it('names each tornado driver\'s low and high setting, as the engine moves it', async () => {
    const doc = (await storedDefault()).document
    const summary = page.locator('[data-testid="chart-tornado-summary"] li')
    await summary.first().waitFor({ state: 'attached' })
    const drivers = sensitivity(doc).drivers.slice(0, 10)
    expect(await summary.count()).toBe(drivers.length)
    for (const [i, driver] of drivers.entries()) {
      const text = (await summary.nth(i).textContent()) ?? ''
      expect(text).toContain(`${driver.label}: at ${driver.lowSetting} `)
      expect(text).toContain(`; at ${driver.highSetting} `)
    }
  })

  it('shows the first warnings with a button for the rest, and every warning the engine finds once expanded', async () => {
    const doc = (await storedDefault()).document
    const engine = findPitfalls(doc, projectScenario(doc))
    expect(engine.length).toBeGreaterThan(3)
    const items = page.locator('[data-testid="warnings"] li')
    expect(await items.count()).toBe(3)
    // No inner scroll box hides warnings.
    const list = page.locator('[data-testid="warnings"]')
    await expect(list.evaluate((ul) => ul.scrollHeight <= ul.clientHeight + 1)).resolves.toBe(true)
    const more = page.locator('[data-testid="warnings-more"]')
    await expect(more.textContent()).resolves.toBe(`Show ${engine.length - 3} more warning${engine.length - 3 === 1 ? '' : 's'}`)
    await more.click()
    await expect.poll(() => items.count()).toBe(engine.length)
    // Rendered from each warning's own words and field, whatever its kind.
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')))).toEqual(engine.map((p) => p.kind))
    for (const [i, pitfall] of engine.entries()) {
      await expect(items.nth(i).locator('strong').textContent()).resolves.toBe(pitfall.title)
      await expect(items.nth(i).getByRole('button').getAttribute('title')).resolves.toBe(pitfall.field)
    }
    await shot('dashboard-warnings')
    await more.click()
    await expect.poll(() => items.count()).toBe(3)
  })

  it('edits a hire and the dashboard shows the engine\'s numbers for the stored plan, saved automatically', async () => {
    const before = await kpi('kpi-total-spend')
    await go('editor')
    await page.getByRole('tab', { name: 'Hiring' }).click()
    const cost = page.getByLabel('Hire 1 annual cost', { exact: true })
    // Money boxes show the amount as people read it under the raw number.
    await expect(page.locator('[data-testid="hires-table"] tbody tr').first().locator('[data-testid="money-hint"]').last().textContent())
      .resolves.toBe('$250,000')
    await expect(cost.getAttribute('aria-describedby')).resolves.toBeTruthy()
    await page.getByLabel('Hire 1 count', { exact: true }).fill('5')
    await savedRevision()
    await shot('editor-hiring')
    await go('dashboard')
    const list = await app.call<ScenarioSummary[]>('scenario/list')
    const stored = await app.call<StoredScenario>('scenario/get', list[0].id)
    expect(stored.document.hires?.[0].count).toBe(5)
    const engine = projectionKpis(projectScenario(stored.document))
    await expect.poll(() => kpi('kpi-total-spend')).toBe(formatMoneyCompact(engine.totalSpend, engine.currency))
    expect(await kpi('kpi-total-spend')).not.toBe(before)
    expect(Number(await kpi('kpi-fte'))).toBe(engine.endSecurityFte)
    expect(await kpi('kpi-over-budget')).toBe(`${engine.quartersOverBudget} of ${engine.quarters}`)
    expect(app.consoleErrors).toEqual([])
  })

  it('shows the engine message next to a broken field, and undo repairs it', async () => {
    await go('editor')
    await page.getByRole('tab', { name: 'Hiring' }).click()
    const cost = page.getByLabel('Hire 2 annual cost', { exact: true })
    await cost.fill('-5')
    const row = page.locator('[data-testid="hires-table"] tbody tr').nth(1)
    await expect.poll(() => row.locator('.field-error').textContent()).toBe('Hire 2 · annual cost must be at least $0')
    await page.locator('[data-testid="save-status"]', { hasText: 'Not saved' }).waitFor()
    // The live check names the field as people do and links to it by its path.
    const link = page.locator('[data-testid="live-check"] .live-errors').getByRole('button', { name: 'Hire 2 · annual cost' })
    await expect(link.getAttribute('title')).resolves.toBe('hires[1].annualCost')
    await shot('editor-error')
    await page.keyboard.press('Control+z')
    await expect.poll(() => cost.inputValue()).toBe('320000')
    await expect.poll(() => row.locator('.field-error').count()).toBe(0)
    await savedRevision()
    // Redo brings the broken value back; undo again leaves it repaired.
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => cost.inputValue()).toBe('-5')
    await page.keyboard.press('Control+z')
    await expect.poll(() => cost.inputValue()).toBe('320000')
    expect(app.consoleErrors).toEqual([])
  })

  it('undoes and redoes from the application menu', async () => {
    const cost = page.getByLabel('Hire 2 annual cost', { exact: true })
    await cost.fill('330000')
    const menu = (command: 'undo' | 'redo') => page.evaluate((c) =>
      (window as unknown as { __rampartEmit: (e: string, p: unknown) => void }).__rampartEmit('menu/command', { command: c }), command)
    await menu('undo')
    await expect.poll(() => cost.inputValue()).toBe('320000')
    await menu('redo')
    await expect.poll(() => cost.inputValue()).toBe('330000')
    await menu('undo')
    await expect.poll(() => cost.inputValue()).toBe('320000')
    expect(app.consoleErrors).toEqual([])
  })

  it('suggests a hiring sequence as a draft to review, then applies it', async () => {
    await page.getByRole('tab', { name: 'Hiring' }).click()
    const rows = page.locator('[data-testid="hires-table"] tbody tr')
    const before = await rows.count()
    await page.getByLabel('Keep current hires').uncheck()
    await page.getByRole('button', { name: 'Suggest a sequence' }).click()
    const draft = page.locator('[data-testid="suggestion"]')
    await draft.locator('tbody tr').first().waitFor()
    await expect(draft.textContent()).resolves.toContain('First security hire')
    // What the draft does to spend and the budget, from the engine, before it is applied.
    await savedRevision()
    const doc = (await storedDefault()).document
    const now = projectionKpis(projectScenario(doc))
    const withDraft = projectionKpis(projectScenario({ ...doc, hires: suggestHiringSequence(doc, { keepExisting: false }).draft }))
    const effect = page.locator('[data-testid="suggestion-effect"]')
    const spendRow = effect.locator('tr', { hasText: 'Planned spend over the plan' })
    await expect(spendRow.locator('td').nth(0).textContent()).resolves.toBe(formatMoneyCompact(now.totalSpend, now.currency))
    await expect(spendRow.locator('td').nth(1).textContent()).resolves.toBe(formatMoneyCompact(withDraft.totalSpend, now.currency))
    const overRow = effect.locator('tr', { hasText: 'Quarters over budget' })
    await expect(overRow.locator('td').nth(1).textContent()).resolves.toBe(`${withDraft.quartersOverBudget} of ${now.quarters}`)
    await shot('editor-suggestion')
    const apply = draft.getByRole('button', { name: /^Apply draft/ })
    const planned = Number(/\((\d+) hires\)/.exec((await apply.textContent()) ?? '')?.[1])
    await apply.click()
    await expect.poll(() => rows.count()).toBe(planned)
    expect(planned).not.toBe(before)
    // One undo takes the whole draft back.
    await page.keyboard.press('Control+z')
    await expect.poll(() => rows.count()).toBe(before)
    expect(app.consoleErrors).toEqual([])
  })

  it('shows the budget policy against the band and the cited benchmarks, tools and programs', async () => {
    await page.getByRole('tab', { name: 'Budget policy' }).click()
    await expect(page.locator('[data-testid="benchmarks"]').textContent()).resolves.toContain('IANS/Artico Security Budget Benchmark 2024')
    await shot('editor-budget')
    await page.getByRole('tab', { name: 'Tools' }).click()
    await page.locator('[data-testid="tools-table"] .badge-reference').first().waitFor()
    const tools = page.locator('[data-testid="tools-table"]')
    await expect(tools.locator('thead').textContent()).resolves.toContain('USD/employee/year')
    const edr = tools.locator('tbody tr').first()
    await expect(edr.getByLabel('Tool 1 per employee (USD/employee/year)').inputValue()).resolves.toBe('60')
    await expect(edr.locator('td').nth(5).locator('[data-testid="money-hint"]').textContent()).resolves.toBe('$60')
    // A quoted amount shows once, under its box, not again under the range bar.
    const quoted = tools.locator('tbody tr', { has: page.locator('select option:checked', { hasText: 'Quote' }) }).first()
    await expect(quoted.locator('td').nth(4).locator('[data-testid="money-hint"]').count()).resolves.toBe(1)
    await expect(quoted.locator('td').nth(4).locator('.range-value').count()).resolves.toBe(0)
    await shot('editor-tools')
    await page.getByRole('tab', { name: 'Programs' }).click()
    await page.locator('[data-testid="programs-table"] tbody tr').first().waitFor()
    await shot('editor-programs')
    expect(app.consoleErrors).toEqual([])
  })

  it('jumps from a warning to the field that causes it', async () => {
    await go('dashboard')
    await page.locator('[data-testid="warnings-more"]').click()
    const warning = page.locator('[data-testid="warnings"] li', { hasText: 'Scaling too quickly' }).first()
    await warning.getByRole('button').click()
    await page.getByRole('tab', { name: 'Capabilities', selected: true }).waitFor()
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-field'))
    expect(focused).toMatch(/^capabilities\[\d+\]\.quarter$/)
    await shot('editor-capabilities')
  })

  it('creates a scenario and opens it in the editor', async () => {
    await go('scenarios')
    await page.getByRole('button', { name: 'New scenario' }).click()
    await page.getByRole('tab', { name: 'Plan & growth', selected: true }).waitFor()
    await expect(page.getByLabel('Scenario name').inputValue()).resolves.toBe('New scenario')
    // Headcount and revenue each get their own chart, so curves of the same shape never read as one line.
    await page.locator('[data-testid="chart-headcount-curve"] canvas').waitFor()
    await page.locator('[data-testid="chart-revenue-curve"] canvas').waitFor()
    await shot('editor-plan')
    await go('scenarios')
    await expect(page.locator('[data-testid="scenario-list"] tbody tr').count()).resolves.toBe(2)
    // Each scenario's period, currency and planned spend, from the engine.
    const stored = await storedDefault()
    const kpis = projectionKpis(projectScenario(stored.document))
    const base = page.locator('[data-testid="scenario-list"] tbody tr', { has: page.getByRole('button', { name: LEGACY_DATAFLOW.name, exact: true }) })
    await expect.poll(() => base.locator('[data-testid="scenario-spend"]').textContent()).toBe(formatMoneyCompact(kpis.totalSpend, kpis.currency))
    await expect(base.locator('[data-testid="scenario-period"]').textContent())
      .resolves.toContain(quarterRangeLabel(stored.document.start, 0, stored.document.quarters - 1))
    await expect(base.textContent()).resolves.toContain('USD')
    await shot('scenarios')
    expect(app.consoleErrors).toEqual([])
  })

  it('compares two scenarios with deltas against the base', async () => {
    const list = await app.call<ScenarioSummary[]>('scenario/list')
    const base = list.find((s) => s.name === LEGACY_DATAFLOW.name)!
    await go('compare')
    await page.getByLabel('Base scenario').selectOption(String(base.id))
    await page.getByLabel('New scenario').check()
    const table = page.locator('[data-testid="compare-table"]')
    // The last comparison stays up while the new one runs, and it may already name New scenario
    // (as its base): wait for the one with the chosen base.
    await expect.poll(() => table.locator('thead th').nth(1).textContent()).toContain(LEGACY_DATAFLOW.name)
    await table.locator('thead', { hasText: 'New scenario' }).waitFor()
    // The planned-spend difference is the engine's, signed and in compact money.
    const other = list.find((s) => s.name === 'New scenario')!
    const [baseKpis, otherKpis] = await Promise.all([base.id, other.id].map(async (id) =>
      projectionKpis(projectScenario((await app.call<StoredScenario>('scenario/get', id)).document))))
    const spendDelta = otherKpis.totalSpend - baseKpis.totalSpend
    await expect(table.locator('tbody tr', { hasText: 'Planned spend over the plan' }).locator('td').nth(1).locator('.delta').textContent())
      .resolves.toBe(`${spendDelta > 0 ? '+' : '−'}${formatMoneyCompact(Math.abs(spendDelta), baseKpis.currency)}`)
    // Every maturity row says how the other scenario's timing differs from the base's.
    const maturityRows = table.locator('tbody tr', { hasText: 'Maturity reaches' })
    expect(await maturityRows.count()).toBe(4)
    for (const text of await maturityRows.evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.querySelector('.delta')?.textContent ?? ''))) {
      expect(text).toMatch(/^(same quarter|[+−]\d+ qtr (later|earlier)|neither reaches it|never; base does|reached; base never)$/)
    }
    await expect(maturityRows.first().locator('td').nth(1).locator('.delta').textContent()).resolves.toBe('never; base does')
    // The new scenario covers other quarters than the base: the totals are not like for like.
    await expect(page.locator('[data-testid="different-periods"]').textContent()).resolves.toContain('different periods')
    await page.locator('[data-testid="chart-compare-spend"] canvas').waitFor()
    await shot('compare')
    expect(app.consoleErrors).toEqual([])
  })

  it('records a quarter of actuals and shows it against the plan', async () => {
    await go('scenarios')
    await page.getByRole('button', { name: LEGACY_DATAFLOW.name }).click()
    await page.getByRole('heading', { level: 1, name: LEGACY_DATAFLOW.name }).waitFor()
    await go('track')
    const checkin = page.locator('[data-testid="checkin"]')
    await checkin.getByLabel('People spend (USD)').fill('70000')
    await checkin.getByLabel('Tools spend (USD)').fill('0')
    await checkin.getByLabel('Programs spend (USD)').fill('0')
    await checkin.getByLabel('Hires this quarter').fill('1')
    await checkin.getByLabel('Note').fill('First engineer started')
    await checkin.getByRole('button', { name: 'Save check-in' }).click()
    await page.locator('[data-testid="actuals-table"] tbody tr').first().waitFor()
    await expect(page.locator('[data-testid="insights"] h2').textContent()).resolves.toContain(LEGACY_DATAFLOW.start)
    const list = await app.call<ScenarioSummary[]>('scenario/list')
    const base = list.find((s) => s.name === LEGACY_DATAFLOW.name)!
    const actuals = await app.call<QuarterActual[]>('actual/list', base.id)
    expect(actuals).toEqual([expect.objectContaining({ quarter: 0, people: 70000, hires: 1, note: 'First engineer started' })])
    // Money unspent because hires are behind is not shown as good news.
    const underPlan = page.locator('[data-testid="variance-plan-0"]')
    await expect(underPlan.getAttribute('data-tone')).resolves.toBe('warn')
    await expect(underPlan.textContent()).resolves.toContain('hiring behind plan: 1 of 5 planned hires made')
    // Being on plan is not an improvement.
    const insights = page.locator('[data-testid="insights"]')
    await expect(insights.locator('.improved').count()).resolves.toBe(0)
    await expect(insights.locator('.concern strong', { hasText: /^Hiring$/ }).count()).resolves.toBe(1)
    // Every ticked capability is named above the checklist, and the count says how many.
    const legend = (await checkin.locator('.capability-checklist legend').textContent()) ?? ''
    const ticked = Number(/\((\d+)\)/.exec(legend)?.[1])
    await expect(checkin.locator('[data-testid="capabilities-in-place"] li').count()).resolves.toBe(ticked)
    await expect(checkin.locator('.capability-checklist input:checked').count()).resolves.toBe(ticked)
    await shot('track')
    expect(app.consoleErrors).toEqual([])
  })

  it('exports a board pack, following main\'s progress stage by stage, and the workbook reads back', async () => {
    const file = join(app.folder, 'board-pack.xlsx')
    app.dialogs.saveAnswers.push(file)
    await go('export')
    // What the page receives, recorded in the page itself.
    await page.evaluate(() => {
      const seen: unknown[] = []
      ;(window as unknown as { __progressSeen: unknown[] }).__progressSeen = seen
      window.rampart.onBoardPackProgress((progress) => seen.push(progress))
    })
    const sentBefore = app.events.length
    await page.getByRole('button', { name: 'Export board pack…' }).click()
    await page.locator('[data-testid="export-saved"]').waitFor()
    const sent = app.events.slice(sentBefore).filter((e) => e.event === 'boardPack/progress').map((e) => e.payload as ExportProgress)
    const stages = sent.map((p) => p.stage).filter((stage, i, all) => i === 0 || all[i - 1] !== stage)
    expect(stages).toEqual(['simulating', 'writing', 'saving', 'done'])
    const fractions = sent.map((p) => p.fraction)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(fractions.at(-1)).toBe(1)
    await expect.poll(() => page.evaluate(() => (window as unknown as { __progressSeen: unknown[] }).__progressSeen)).toEqual(sent)
    await expect(page.locator('[data-testid="export-progress"]').textContent()).resolves.toContain('Done')
    const sampling = (await page.locator('[data-testid="export-sampling"]').textContent()) ?? ''
    expect(sampling).toContain(`${DEFAULT_SAMPLES.toLocaleString('en-US')} samples, as on the dashboard and in comparisons`)
    expect(sampling).not.toContain('rather than')
    await shot('export')
    expect(existsSync(file)).toBe(true)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    expect(workbook.worksheets.length).toBeGreaterThan(1)
    const text = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join(' ')
    expect(text).toContain(LEGACY_DATAFLOW.name)
    expect(app.consoleErrors).toEqual([])
  })

  it('exports the board deck, and a workbook on the paper chosen', async () => {
    const deck = join(app.folder, 'board-deck.pptx')
    const letter = join(app.folder, 'board-pack-letter.xlsx')
    app.dialogs.saveAnswers.push(deck, letter)
    await go('export')
    await page.getByRole('button', { name: 'Export deck…' }).click()
    await expect.poll(() => page.locator('[data-testid="export-saved"]').textContent()).toContain('board-deck.pptx')
    const zip = await JSZip.loadAsync(readFileSync(deck))
    expect(Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length).toBeGreaterThanOrEqual(6)
    await page.getByLabel('Paper for the printed workbook').selectOption('letter')
    await page.getByRole('button', { name: 'Export board pack…' }).click()
    await expect.poll(() => page.locator('[data-testid="export-saved"]').textContent()).toContain('board-pack-letter.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(letter)
    expect(workbook.getWorksheet('Summary')!.pageSetup.paperSize).toBe(1)
    expect(app.consoleErrors).toEqual([])
  })

  it('moves between editor tabs with the arrow keys, Home and End', async () => {
    await go('editor')
    await page.getByRole('tab', { name: 'Hiring' }).click()
    await page.getByRole('tab', { name: 'Hiring' }).focus()
    const focusedTab = () => page.evaluate(() => document.activeElement?.textContent)
    await page.keyboard.press('ArrowRight')
    await page.getByRole('tab', { name: 'Tools', selected: true }).waitFor()
    expect(await focusedTab()).toBe('Tools')
    await page.keyboard.press('End')
    await page.getByRole('tab', { name: 'Capabilities', selected: true }).waitFor()
    await page.keyboard.press('ArrowRight')
    await page.getByRole('tab', { name: 'Plan & growth', selected: true }).waitFor()
    await page.keyboard.press('ArrowLeft')
    await page.getByRole('tab', { name: 'Capabilities', selected: true }).waitFor()
    await page.keyboard.press('Home')
    await page.getByRole('tab', { name: 'Plan & growth', selected: true }).waitFor()
    expect(await focusedTab()).toBe('Plan & growth')
    // Only the chosen tab is in the Tab order.
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1)
  })

  it('labels every control in every view, so each is reachable and named for the keyboard and screen readers', async () => {
    const unnamed: string[] = []
    for (const view of ['dashboard', 'editor', 'scenarios', 'compare', 'track', 'export']) {
      await go(view)
      const tabs = view === 'editor' ? ['Plan & growth', 'Budget policy', 'Hiring', 'Tools', 'Programs', 'Capabilities'] : ['']
      for (const tab of tabs) {
        if (tab) await page.getByRole('tab', { name: tab }).click()
        unnamed.push(...await page.evaluate((where) => Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea, button'))
          .filter((control) => {
            const labelled = control instanceof HTMLButtonElement
              ? (control.textContent ?? '').trim() !== ''
              : (control as HTMLInputElement).labels?.length > 0
            return !labelled && !control.getAttribute('aria-label') && !control.getAttribute('aria-labelledby')
          })
          .map((control) => `${where}: <${control.tagName.toLowerCase()}> ${control.outerHTML.slice(0, 120)}`), `${view}${tab ? `/${tab}` : ''}`))
      }
    }
    expect(unnamed).toEqual([])
  })

  it('saves a chart as a PNG through the native dialog', async () => {
    const file = join(app.folder, 'spend.png')
    app.dialogs.saveAnswers.push(file)
    await go('dashboard')
    await page.getByRole('button', { name: 'Save PNG of "Budget envelope and planned spend"' }).click()
    const notice = page.locator('.notice', { hasText: file })
    await notice.waitFor()
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG')
    // Notices sit in the sidebar, clear of the working area.
    const box = (await notice.boundingBox())!
    const sidebar = (await page.locator('nav.sidebar').boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(sidebar.x + sidebar.width)
    expect(app.consoleErrors).toEqual([])
  })
})
