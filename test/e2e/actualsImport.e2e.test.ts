// Actuals imported from a finance system's CSV export in Chromium: a file with one bad row is
// refused whole, naming its row, and nothing is recorded; the corrected file is accepted, and Track
// shows the quarter against the plan by line. The native open dialog is scripted.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import type { QuarterActual, ScenarioSummary } from '../../src/shared/ipc'
import { seriousFindings } from './axe'
import { SHOTS, startAppForFile, type RunningApp } from './harness'

let app: RunningApp
let page: Page

startAppForFile({}, async (started) => {
  app = started
  page = app.page
  await page.getByRole('heading', { level: 1, name: DEFAULT_SCENARIO.name }).waitFor()
})

const panel = () => page.getByTestId('actuals-import')
const HEADER = 'Period,Account,Amount\n'

function exportFile(name: string, rows: string): string {
  const file = join(app.folder, name)
  writeFileSync(file, HEADER + rows)
  return file
}

describe('importing actuals from a CSV export', () => {
  it('refuses a file with one bad row, naming the row, then accepts the corrected file', async () => {
    const [scenario] = await app.call<ScenarioSummary[]>('scenario/list')
    await page.click('nav [data-view="track"]')
    const bad = exportFile('ledger.csv', '2027-Q1,Senior security engineer (AI experience),"$62,000.00"\n' +
      'Q1 2027,identity-access,"12,3x"\n2027-Q1,Programs,"(1,000)"\n')
    app.dialogs.openAnswers.push([bad])
    await panel().getByRole('button', { name: 'Choose a file…' }).click()
    await expect.poll(() => panel().getByTestId('actuals-import-summary').textContent())
      .toBe('ledger.csv: 3 rows below the header. Check how the columns are mapped.')
    // The preview shows the cells as read: the bad amount is text, not evaluated or reformatted.
    expect(await panel().locator('.import-preview tbody tr').nth(1).locator('td').allTextContents()).toEqual(['Q1 2027', 'identity-access', '12,3x'])
    // The mapping was guessed from the headers.
    expect(await panel().getByLabel('Quarter column').inputValue()).toBe('0')
    expect(await panel().getByLabel('Line column (role, tool or program)').inputValue()).toBe('1')
    expect(await panel().getByLabel('Amount column').inputValue()).toBe('2')
    expect(await seriousFindings(page)).toEqual([])

    // Keyboard: the import button is reached and pressed without a mouse.
    await panel().getByRole('button', { name: 'Import all 3 rows' }).focus()
    await page.keyboard.press('Enter')
    const errors = panel().getByTestId('actuals-import-errors')
    await errors.waitFor()
    expect(await errors.locator('li').allTextContents()).toEqual([
      'ledger.csv: row 3: amount "12,3x" is not a number'
    ])
    await panel().screenshot({ path: join(SHOTS, 'track-actuals-import-refused.png') })
    expect(await app.call<QuarterActual[]>('actual/list', scenario.id)).toEqual([])
    expect(await page.getByTestId('actuals-table').count()).toBe(0)

    // The file is corrected and chosen again: everything is recorded.
    const good = exportFile('ledger-fixed.csv', '2027-Q1,Senior security engineer (AI experience),"$62,000.00"\n' +
      'Q1 2027,identity-access,"12,300"\n2027-Q1,Programs,"1,000"\n')
    app.dialogs.openAnswers.push([good])
    await panel().getByRole('button', { name: 'Choose another file…' }).click()
    await expect.poll(() => panel().getByTestId('actuals-import-summary').textContent())
      .toBe('ledger-fixed.csv: 3 rows below the header. Check how the columns are mapped.')
    await panel().getByRole('button', { name: 'Import all 3 rows' }).click()
    await page.getByTestId('actuals-table').waitFor()
    expect(await panel().getByTestId('actuals-import-errors').count()).toBe(0)
    expect(await app.call<QuarterActual[]>('actual/list', scenario.id)).toEqual([{
      quarter: 0, people: 62000, tools: 12300, programs: 1000, hires: 0, capabilities: [], note: '',
      lines: [{ category: 'people', line: 'security-engineer', amount: 62000 }, { category: 'tools', line: 'identity-access', amount: 12300 }]
    }])

    // Track shows the quarter by line: the engineer's line with its plan, programs not itemised.
    const lines = page.getByTestId('line-variance')
    await lines.getByRole('heading', { name: '2027-Q1 by line' }).waitFor()
    const engineer = lines.getByTestId('line-people-security-engineer')
    expect(await engineer.locator('th').textContent()).toBe('Senior security engineer (AI experience)')
    expect(await engineer.locator('td').nth(1).textContent()).toBe('$62,000')
    expect(await lines.getByRole('rowheader', { name: 'Programs (no lines recorded)' }).count()).toBe(1)
    await lines.screenshot({ path: join(SHOTS, 'track-actuals-by-line.png') })
    expect(await seriousFindings(page)).toEqual([])

    // The next file with the same headers is mapped as this one was.
    app.dialogs.openAnswers.push([good])
    await panel().getByRole('button', { name: 'Choose a file…' }).click()
    await expect.poll(() => panel().getByTestId('actuals-import-summary').textContent())
      .toBe('ledger-fixed.csv: 3 rows below the header. The columns are mapped as last time for these headers.')
    expect(app.consoleErrors).toEqual([])
  })

  it('types amounts by line in the check-in, refusing lines above their category total next to that total', async () => {
    const [scenario] = await app.call<ScenarioSummary[]>('scenario/list')
    const checkin = page.getByTestId('checkin')
    await page.getByTestId('actuals-table').getByRole('button', { name: '2027-Q1' }).click()
    await expect.poll(() => checkin.getByLabel('Tools spend (USD)', { exact: true }).inputValue()).toBe('12300')
    const identity = checkin.getByLabel('2027-Q1 Identity and privileged access (SSO, MFA, PAM) (USD)', { exact: true })
    expect(await identity.inputValue()).toBe('12300')
    await identity.fill('20000')
    await checkin.getByRole('button', { name: 'Save check-in' }).click()
    await expect.poll(() => checkin.locator('.field-invalid .field-error').first().textContent())
      .toBe('Tools spend: $12.3K is less than the $20K its lines add up to; the lines of a category may not add up to more than its total')
    expect((await app.call<QuarterActual[]>('actual/list', scenario.id))[0].lines).toEqual([
      { category: 'people', line: 'security-engineer', amount: 62000 }, { category: 'tools', line: 'identity-access', amount: 12300 }
    ])
    await identity.fill('10000')
    expect(await checkin.getByTestId('not-itemised-tools').textContent()).toBe('Not itemised: $2,300 of $12,300')
    await checkin.getByRole('button', { name: 'Save check-in' }).click()
    await expect.poll(async () => (await app.call<QuarterActual[]>('actual/list', scenario.id))[0].lines).toEqual([
      { category: 'people', line: 'security-engineer', amount: 62000 }, { category: 'tools', line: 'identity-access', amount: 10000 }
    ])
    const lines = page.getByTestId('line-variance')
    await expect.poll(() => lines.getByTestId('line-tools-not-itemised').locator('td').nth(1).textContent()).toBe('$2,300')
    expect(await seriousFindings(page)).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })

  it('says it is opening while a file is chosen and read, and takes no second choice or import meanwhile', async () => {
    let release = () => {}
    app.dialogs.openHeld = new Promise((resolve) => { release = resolve })
    app.dialogs.openAnswers.push([join(app.folder, 'ledger-fixed.csv')])
    await panel().getByRole('button', { name: /^Choose (a|another) file…$/ }).click()
    const opening = panel().getByRole('button', { name: 'Opening…' })
    await opening.waitFor()
    expect(await opening.isDisabled()).toBe(true)
    expect(await opening.getAttribute('aria-busy')).toBe('true')
    expect(await panel().getByRole('button', { name: /^Import all/ }).isDisabled()).toBe(true)
    app.dialogs.openHeld = null
    release()
    await panel().getByRole('button', { name: 'Choose another file…' }).waitFor()
    expect(await panel().getByRole('button', { name: /^Import all/ }).isDisabled()).toBe(false)
    expect(app.consoleErrors).toEqual([])
  })

  it('fits 1024×640: the preview, the mapping, the lines and the table by line stay inside the window', async () => {
    await page.setViewportSize({ width: 1024, height: 640 })
    app.dialogs.openAnswers.push([join(app.folder, 'ledger-fixed.csv')])
    // The preview from the first test is still open.
    await panel().getByRole('button', { name: 'Choose another file…' }).click()
    await panel().getByLabel('Amount column').waitFor()
    const layout = await page.evaluate(() => {
      const content = document.querySelector('.content')!
      const track = document.querySelector('.view.track')!
      const widths = [...track.querySelectorAll('.actuals-import select, .checkin-lines input, .line-variance td')]
        .map((e) => e.getBoundingClientRect())
        .filter((box) => box.width > 0)
        .map((box) => Math.round(box.width))
      return { overflow: Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, content.scrollWidth - content.clientWidth), narrowest: Math.min(...widths) }
    })
    expect(layout.overflow).toBe(0)
    expect(layout.narrowest).toBeGreaterThanOrEqual(40)
    await page.screenshot({ path: join(SHOTS, '1024x640-track-actuals-import.png') })
    expect(app.consoleErrors).toEqual([])
  })
})
