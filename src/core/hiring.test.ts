import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../../test/fixtures/scenarios'
import { FTE_PER_100_TARGET, firstHireOptions, suggestHiringSequence } from './hiring'
import { projectScenario } from './projection'

describe('hiring suggestion', () => {
  const growing = minimalScenario({
    quarters: 12,
    headcount: [{ quarter: 0, value: 30 }, { quarter: 2, value: 60 }, { quarter: 8, value: 600 }]
  })

  it('starts with a senior security engineer as the first hire, with the requisition opened a quarter ahead', () => {
    const [first] = suggestHiringSequence(growing).added
    expect(first).toMatchObject({ role: 'security-engineer', quarter: 2, requisitionQuarter: 1, startLabel: '2026-Q3' })
    expect(first.reason).toMatch(/^First security hire/)
  })

  it('brings a CISO as the company reaches Growth, recruited two quarters ahead', () => {
    const { added } = suggestHiringSequence(growing)
    const growthFrom = projectScenario(growing).quarters.findIndex((r) => r.orgPhase === 'growth')
    const ciso = added.find((h) => h.role === 'ciso')!
    expect(ciso).toMatchObject({ quarter: growthFrom, requisitionQuarter: growthFrom - 2, reason: 'Growth phase needs a CISO to lead the programme' })
  })

  it('fills the team with the phases\' roles in order before rotating through scaling roles', () => {
    const roles = suggestHiringSequence(growing).added.map((h) => h.role)
    const firstSeen = [...new Set(roles)]
    expect(firstSeen).toEqual(['security-engineer', 'ai-security-specialist', 'ciso', 'appsec-engineer',
      'cloud-security-engineer', 'grc-analyst', 'detection-engineer'])
    const { added } = suggestHiringSequence(growing)
    expect(added.find((h) => h.role === 'cloud-security-engineer')!.reason).toBe('Growth phase needs a cloud security engineer')
    expect(added.find((h) => h.role === 'ai-security-specialist')!.reason).toBe('Foundation phase needs an AI security specialist')
  })

  it('never hires ahead of the target FTE per 100 employees, apart from the CISO', () => {
    const { added } = suggestHiringSequence(growing)
    const rows = projectScenario(growing).quarters
    for (const row of rows.filter((r) => r.orgPhase !== 'adhoc')) {
      const target = Math.max(1, Math.ceil(row.headcount * FTE_PER_100_TARGET[row.orgPhase] / 100))
      const inPost = added.filter((h) => h.quarter <= row.quarter && h.role !== 'ciso').length
      expect(inPost, row.label).toBeLessThanOrEqual(target)
    }
  })

  it('grows the team to the target FTE per 100 employees', () => {
    const { draft } = suggestHiringSequence(growing)
    const end = projectScenario({ ...growing, hires: draft }).quarters.at(-1)!
    expect(end.securityFte).toBeGreaterThanOrEqual(Math.ceil(600 * 0.015))
  })

  it('keeps the existing hires and only fills the gaps, unless asked to plan from scratch', () => {
    const withTeam = { ...growing, hires: [{ role: 'security-engineer', count: 1, quarter: 0, annualCost: 240_000 }] }
    const kept = suggestHiringSequence(withTeam)
    expect(kept.draft[0]).toEqual(withTeam.hires[0])
    expect(kept.added.some((h) => h.role === 'security-engineer' && h.reason.startsWith('First'))).toBe(false)
    const fresh = suggestHiringSequence(withTeam, { keepExisting: false })
    expect(fresh.draft).not.toContainEqual(withTeam.hires[0])
  })

  it('never opens a requisition before the plan starts, even when the plan is shorter than the lead time', () => {
    const short = minimalScenario({ quarters: 2, headcount: [{ quarter: 0, value: 300 }] })
    const { added } = suggestHiringSequence(short)
    expect(added.length).toBeGreaterThan(0)
    for (const hire of added) expect(hire.requisitionQuarter).toBeGreaterThanOrEqual(0)
    expect(added.find((h) => h.role === 'ciso')).toMatchObject({ quarter: 1, requisitionQuarter: 0 })
  })

  it('leaves the scenario itself unchanged', () => {
    const before = JSON.stringify(growing)
    suggestHiringSequence(growing)
    expect(JSON.stringify(growing)).toBe(before)
  })

  it('compares the four first-hire profiles, recommending the security engineer', () => {
    const options = firstHireOptions()
    expect(options.map((o) => o.role)).toEqual(['security-engineer', 'ai-security-specialist', 'ciso', 'compliance-expert'])
    expect(options.filter((o) => o.recommended).map((o) => o.role)).toEqual(['security-engineer'])
  })
})
