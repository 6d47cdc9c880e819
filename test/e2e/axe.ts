// axe-core in the page: its source goes in through page.evaluate, since the app's CSP refuses
// script tags. Parts of this file run in the page, so it is typed against the DOM too.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8')

export interface Finding { id: string; impact: string; help: string; targets: string[] }

type AxeRun = (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>

/** axe's violations on the page as it stands: every rule, or only `rules` when given. */
export async function axeFindings(page: Page, rules?: string[]): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: AxeRun } }).axe
    const result = await axe.run(document, only ? { runOnly: { type: 'rule', values: only }, resultTypes: ['violations'] } : { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
  }, rules ?? null)
}

/** axe's serious and critical findings on the page as it stands. */
export async function seriousFindings(page: Page): Promise<Finding[]> {
  return (await axeFindings(page)).filter((f) => f.impact === 'serious' || f.impact === 'critical')
}
