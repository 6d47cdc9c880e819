// The window's responsiveness on a large plan (test/fixtures/largePlan.ts: 80 quarters, 100 hires, 60
// tools, 40 programs): the time from an edit to the charts redrawn, measured inside Chromium on
// the built renderer with the real IPC handlers behind it (test/e2e/harness.ts). Goal: within a
// frame (~16 ms). Each iteration's in-page time is collected and the medians printed at the end;
// vitest's own figures also include the round trip to the browser.
// The measuring code runs in the page (page.evaluate), so it is typed against the DOM too.
import { afterAll, bench, describe } from 'vitest'
import { validateScenario } from '../src/core/scenario'
import { startApp } from '../test/e2e/harness'
import { largePlan } from '../test/fixtures/largePlan'

const plan = largePlan('80-quarter plan')
const checked = validateScenario(plan)
if (!checked.ok) throw new Error(`the benchmark plan is invalid: ${JSON.stringify(checked.errors)}`)

const app = await startApp({ seed: [plan] })
const { page } = app
await page.getByRole('heading', { level: 1, name: plan.name }).waitFor()

interface Timing {
  /** From the edit to the last chart in view drawn. */
  inView: number
  /** From the edit to the last chart drawn, out-of-view ones included (they wait for an idle moment). */
  all: number
}

const DASHBOARD_CHARTS = ['chart-spend', 'chart-headcount', 'chart-maturity', 'chart-scores']
  .map((id) => `[data-testid="${id}"] canvas`).join(', ')
const EDITOR_CHARTS = '[data-testid="live-check"] canvas'

/**
 * Runs in the page: makes an edit, then records when each of the charts it feeds first finishes
 * drawing after it (ChartView stamps `data-drawn-at`). Only the first draw counts, so a later
 * redraw with the worker's simulation does not stretch the figure.
 */
const measure = (action: 'edit-hire' | 'undo' | 'redo', selector: string) =>
  page.evaluate(async ({ action, selector }): Promise<{ inView: number; all: number; charts: number }> => {
    const canvases = Array.from(document.querySelectorAll<HTMLCanvasElement>(selector))
    const inView = new Set(canvases.filter((c) => {
      const box = c.getBoundingClientRect()
      return box.bottom > 0 && box.top < window.innerHeight
    }))
    const first = new Map<HTMLCanvasElement, number>()
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const canvas = record.target as HTMLCanvasElement
        if (canvases.includes(canvas) && !first.has(canvas)) first.set(canvas, Number(canvas.dataset.drawnAt))
      }
    })
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-drawn-at'] })
    const start = performance.now()
    if (action === 'edit-hire') {
      const input = document.querySelector<HTMLInputElement>('[data-field="hires[0].count"]')!
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      setValue.call(input, input.value === '2' ? '3' : '2')
      input.dispatchEvent(new Event('input', { bubbles: true }))
    } else {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: action === 'redo', bubbles: true }))
    }
    const deadline = start + 2000
    while (first.size < canvases.length && performance.now() < deadline) await new Promise((done) => setTimeout(done, 1))
    observer.disconnect()
    if (first.size < canvases.length) throw new Error(`only ${first.size} of ${canvases.length} charts redrew`)
    const drawn = [...first]
    return {
      inView: Math.max(...drawn.filter(([c]) => inView.has(c)).map(([, t]) => t)) - start,
      all: Math.max(...drawn.map(([, t]) => t)) - start,
      charts: canvases.length
    }
  }, { action, selector })

const timings = new Map<string, Timing[]>()
function record(name: string, timing: Timing): void {
  timings.set(name, [...(timings.get(name) ?? []), timing])
}

const EDITOR = 'editor: hire count edited -> live chart redrawn'
const DASHBOARD = 'dashboard: undo/redo -> spend, headcount, maturity and phase-score charts redrawn'

describe('ui', () => {
  bench(EDITOR, async () => {
    record(EDITOR, await measure('edit-hire', EDITOR_CHARTS))
  }, {
    iterations: 40,
    warmupIterations: 5,
    setup: async () => {
      await page.click('nav [data-view="editor"]')
      await page.getByRole('tab', { name: 'Hiring' }).click()
      await page.locator('[data-field="hires[0].count"]').waitFor()
    }
  })

  let redo = false
  bench(DASHBOARD, async () => {
    // Alternate undo and redo so the plan toggles between two states of the same size.
    record(DASHBOARD, await measure(redo ? 'redo' : 'undo', DASHBOARD_CHARTS))
    redo = !redo
  }, {
    iterations: 40,
    warmupIterations: 5,
    setup: async () => {
      await page.click('nav [data-view="dashboard"]')
      await page.locator('[data-testid="chart-tornado"] canvas').waitFor()
    }
  })
})

afterAll(async () => {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)]
  for (const [name, list] of timings) {
    const inView = list.map((t) => t.inView)
    const all = list.map((t) => t.all)
    console.log(`${name} (${list.length} edits, goal 16 ms):\n` +
      `  charts in view: median ${median(inView).toFixed(1)} ms, p90 ${p90(inView).toFixed(1)} ms\n` +
      `  every chart:    median ${median(all).toFixed(1)} ms, p90 ${p90(all).toFixed(1)} ms`)
  }
  await app.close()
})
