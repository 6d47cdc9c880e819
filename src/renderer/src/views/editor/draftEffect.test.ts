import { describe, expect, it } from 'vitest'
import { projectionKpis } from '../../../../core/compare'
import { DEFAULT_SCENARIO } from '../../../../core/defaultScenario'
import { formatMoneyCompact } from '../../../../core/format'
import { suggestHiringSequence } from '../../../../core/hiring'
import { projectScenario } from '../../../../core/projection'
import { draftEffect } from './draftEffect'

const now = projectionKpis(projectScenario(DEFAULT_SCENARIO))

describe('the effect of a hiring draft', () => {
  it('shows the plan\'s spend and quarters over budget now and with the draft, from the engine', () => {
    const { draft } = suggestHiringSequence(DEFAULT_SCENARIO, { keepExisting: false })
    const next = projectionKpis(projectScenario({ ...DEFAULT_SCENARIO, hires: draft }))
    const rows = new Map(draftEffect(DEFAULT_SCENARIO, now, draft).map((r) => [r.measure, r]))
    expect(rows.get('Planned spend over the plan')).toMatchObject({
      now: formatMoneyCompact(now.totalSpend, 'USD'), withDraft: formatMoneyCompact(next.totalSpend, 'USD')
    })
    expect(rows.get('Quarters over budget')).toMatchObject({
      now: `${now.quartersOverBudget} of ${now.quarters}`, withDraft: `${next.quartersOverBudget} of ${now.quarters}`
    })
    expect(rows.get('Security FTE at the end')?.withDraft).toBe(String(next.endSecurityFte))
  })

  it('says "no change" for a draft that is the plan itself', () => {
    const rows = draftEffect(DEFAULT_SCENARIO, now, DEFAULT_SCENARIO.hires!)
    expect(rows.every((r) => r.change === 'no change' && r.tone === 'neutral')).toBe(true)
  })

  it('marks more quarters over budget as worse', () => {
    const doubled = DEFAULT_SCENARIO.hires!.map((h) => ({ ...h, count: h.count * 3 }))
    const row = draftEffect(DEFAULT_SCENARIO, now, doubled).find((r) => r.measure === 'Quarters over budget')!
    expect(row.tone).toBe('worse')
    expect(row.change.startsWith('+')).toBe(true)
  })
})
