// The start screen's plans: the sample marked as one, and a template per funding stage that is a
// valid version 2 scenario a CISO would recognise, raising no warning before the user edits it.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from './defaultScenario'
import { findPitfalls } from './pitfalls'
import { isShippedRevenue, PLAN_TEMPLATES, SAMPLE_SCENARIO } from './planTemplates'
import { projectScenario } from './projection'
import { SCENARIO_VERSION, validateScenario } from './scenario'

describe('the sample', () => {
  it('is the default scenario under a name that says it is a sample', () => {
    expect(SAMPLE_SCENARIO.name).toBe('Sample: DataFlow AI - Base')
    expect({ ...SAMPLE_SCENARIO, name: DEFAULT_SCENARIO.name }).toEqual(DEFAULT_SCENARIO)
    expect(validateScenario(SAMPLE_SCENARIO)).toEqual({ ok: true, scenario: SAMPLE_SCENARIO })
  })
})

describe('the templates by stage', () => {
  it('are seed, Series A, Series B and growth, each with its own name', () => {
    expect(PLAN_TEMPLATES.map((t) => [t.stage, t.title, t.document.name])).toEqual([
      ['seed', 'Seed', 'Seed-stage plan'],
      ['series-a', 'Series A', 'Series A plan'],
      ['series-b', 'Series B', 'Series B plan'],
      ['growth', 'Growth', 'Growth-stage plan']
    ])
  })

  it.each(PLAN_TEMPLATES.map((t) => [t.title, t] as const))('%s is a valid version 2 scenario, read back unchanged', (_title, template) => {
    expect(template.document.version).toBe(SCENARIO_VERSION)
    expect(SCENARIO_VERSION).toBe(2)
    expect(validateScenario(template.document)).toEqual({ ok: true, scenario: template.document })
    expect(template.source).toBe('illustrative')
  })

  it('grow from one stage into the next: people, revenue and horizon', () => {
    const shape = PLAN_TEMPLATES.map(({ document: d }) => [
      d.headcount[0].value, d.headcount[d.headcount.length - 1].value,
      d.revenue[0].value, d.revenue[d.revenue.length - 1].value, d.quarters
    ])
    expect(shape).toEqual([
      [12, 60, 500_000, 8_000_000, 12],
      [40, 150, 5_000_000, 25_000_000, 12],
      [120, 400, 30_000_000, 90_000_000, 16],
      [400, 1500, 90_000_000, 300_000_000, 16]
    ])
    for (const { document: d } of PLAN_TEMPLATES) {
      for (const series of [d.headcount, d.revenue]) {
        for (let i = 1; i < series.length; i++) expect(series[i].value).toBeGreaterThan(series[i - 1].value)
      }
    }
  })

  it.each(PLAN_TEMPLATES.map((t) => [t.title, t] as const))('%s stays within its budget every fiscal year, meets its deadlines and raises no warning', (_title, template) => {
    const projection = projectScenario(template.document)
    for (const year of projection.fiscalYears) expect(year.total, year.label).toBeLessThanOrEqual(year.budget)
    expect(projection.deadlines.filter((d) => !d.met)).toEqual([])
    expect(findPitfalls(template.document, projection)).toEqual([])
  })

  it.each(PLAN_TEMPLATES.map((t) => [t.title, t] as const))('%s has a security person from its first year and puts the first hire in place', (_title, template) => {
    const projection = projectScenario(template.document)
    expect(template.document.hires!.some((h) => h.quarter < 4)).toBe(true)
    expect(projection.capabilities.find((c) => c.id === 'first-security-hire')?.inPlace).not.toBeNull()
    expect(projection.quarters[projection.quarters.length - 1].securityFte).toBeGreaterThanOrEqual(1)
  })
})

describe('shipped revenue', () => {
  it('recognises the sample\'s and each template\'s own revenue milestones, and no longer once a value changes', () => {
    for (const doc of [SAMPLE_SCENARIO, ...PLAN_TEMPLATES.map((t) => t.document)]) {
      expect(isShippedRevenue(doc.revenue)).toBe(true)
      expect(isShippedRevenue(doc.revenue.map((m, i) => (i === 0 ? { ...m, value: m.value + 1 } : m)))).toBe(false)
    }
    expect(isShippedRevenue(DEFAULT_SCENARIO.revenue.slice(1))).toBe(false)
  })
})
