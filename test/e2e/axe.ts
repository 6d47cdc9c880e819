// axe-core in the page: its source goes in through page.evaluate, since the app's CSP refuses
// script tags. Parts of this file run in the page (page.evaluate), so it is typed against the DOM too.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8')

/** Rules checked at every impact: the ones an accessibility review of the app named. */
export const NAMED_RULES = ['label-content-name-mismatch', 'heading-order', 'empty-table-header', 'duplicate-id', 'aria-allowed-role']

export interface Finding { id: string; impact: string; help: string; targets: string[] }

/** axe's serious and critical findings on the page as it stands, or inside `selector` only. */
export async function seriousFindings(page: Page, selector?: string): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run: (context: Document | Element, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe
    const context = within ? document.querySelector(within) : document
    if (!context) throw new Error(`nothing matches ${within}`)
    const result = await axe.run(context, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
  }, selector ?? null)
}

/** Every finding, any impact, of the rules named. */
export async function namedFindings(page: Page, ids: string[]): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async (rules) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
  }, ids)
}
