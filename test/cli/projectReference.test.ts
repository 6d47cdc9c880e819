// `project --json` against an independent implementation of the projection rules (docs/model.md),
// written here from the rules alone: it shares no code with the engine, only the capability
// catalog (which phase each capability belongs to). Version 2 scenarios exercise fiscal years with
// partial years, glide and approved-amount budgets, loaded pay with recruiting fees, staff already
// in post, capabilities that wait for their needs, and deadlines met and missed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { CAPABILITIES, ROLES, TOOLS } from '../../src/core/catalog'
import { rampart } from './run'

import type { ScenarioDoc } from '../../src/core/scenario'

type Doc = ScenarioDoc

const dir = mkdtempSync(join(tmpdir(), 'rampart-reference-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// ---------------------------------------------------------------------------------------------
// The reference implementation.

const PHASES = ['adhoc', 'foundation', 'growth', 'optimization', 'worldclass']
const DEFAULT_PERCENT: Record<string, number> = { adhoc: 2, foundation: 3, growth: 4, optimization: 6, worldclass: 8 }
const DEFAULT_THRESHOLDS: Record<string, number> = { foundation: 50, growth: 200, optimization: 1000, worldclass: 5000 }

function series(milestones: { quarter: number; value: number }[], n: number): number[] {
  const m = [...milestones].sort((a, b) => a.quarter - b.quarter)
  return Array.from({ length: n }, (_, q) => {
    if (q <= m[0].quarter) return m[0].value
    const last = m[m.length - 1]
    if (q >= last.quarter) return last.value
    const i = m.findIndex((x) => x.quarter > q)
    const [a, b] = [m[i - 1], m[i]]
    return a.value + (b.value - a.value) * (q - a.quarter) / (b.quarter - a.quarter)
  })
}

function reference(doc: Doc) {
  const n: number = doc.quarters
  const [startYear, startQ] = [Number(doc.start.slice(0, 4)), Number(doc.start.slice(6))]
  const calendar = (q: number) => ({ year: startYear + Math.floor((startQ - 1 + q) / 4), quarter: ((startQ - 1 + q) % 4) + 1 })
  const label = (q: number) => `${calendar(q).year}-Q${calendar(q).quarter}`
  const s = doc.fiscalYearStart ?? 1
  const fiscalYear = (q: number) => {
    const { year, quarter } = calendar(q)
    return s === 1 || quarter < s ? year : year + 1
  }
  const thresholds: Record<string, number> = { ...DEFAULT_THRESHOLDS, ...doc.phaseThresholds }
  const percents: Record<string, number> = { ...DEFAULT_PERCENT, ...doc.budget.percent }
  const overhead = doc.peopleCosts?.overheadPercent ?? 0
  const fee = doc.peopleCosts?.recruitingFeePercent ?? 0
  const growth = doc.salaryGrowthPercent ?? 0
  const headcounts = series(doc.headcount, n).map((v) => Math.sign(v) * Math.round(Math.abs(v)))
  const revenues = series(doc.revenue, n)
  const itBudgets = doc.itBudget ? series(doc.itBudget, n) : null

  // Capabilities: in place from the latest of their quarter and each need's earliest line start.
  const firstStart = (need: string) => {
    const [kind, id] = need.split(':')
    const starts = kind === 'tool'
      ? (doc.tools ?? []).filter((t) => t.tool === id).map((t) => t.quarter)
      : (doc.hires ?? []).filter((h) => h.role === id).map((h) => h.quarter)
    return Math.min(...starts)
  }
  const inPlaceAt = new Map<string, number>()
  for (const c of doc.capabilities ?? []) {
    const at = Math.max(c.quarter, ...(c.needs ?? []).map(firstStart))
    if (at < n) inPlaceAt.set(c.id, at)
  }
  const phaseOfCount = (phase: string) => CAPABILITIES.filter((c) => c.phase === phase)

  const quarters = Array.from({ length: n }, (_, q) => {
    const headcount = headcounts[q]
    let orgPhase = 'adhoc'
    for (const p of PHASES.slice(1)) if (headcount >= thresholds[p]) orgPhase = p
    const revenue = revenues[q] / 4
    let budget: number
    if (doc.budget.mode === 'amounts') {
      budget = doc.budget.amounts!.find((a) => a.fiscalYear === fiscalYear(q))!.amount / 4
    } else {
      let percent: number
      if (doc.budget.mode === 'fixed') percent = doc.budget.fixedPercent!
      else if (doc.budget.mode === 'byPhase') percent = percents[orgPhase]
      else {
        const anchors = [[0, percents.adhoc], ...PHASES.slice(1).map((p) => [thresholds[p], percents[p]])]
        percent = percents.worldclass
        for (let i = 1; i < anchors.length; i++) {
          const [[x0, y0], [x1, y1]] = [anchors[i - 1], anchors[i]]
          if (headcount < x1) { percent = y0 + (y1 - y0) * (headcount - x0) / (x1 - x0); break }
        }
      }
      budget = Math.max(revenue * percent / 100, (doc.budget.minimumAnnual ?? 0) / 4)
    }
    const factor = (quarter: number) => (1 + growth / 100) ** Math.floor(quarter / 4)
    let people = 0
    let fte = 0
    for (const h of doc.hires ?? []) {
      if (h.quarter > q || (h.endQuarter !== undefined && q >= h.endQuarter)) continue
      fte += h.count
      people += h.count * h.annualCost * (1 + overhead / 100) * factor(q) / 4
      if (q === h.quarter && !h.existing) people += h.count * h.annualCost * fee / 100 * factor(q)
    }
    let tools = 0
    for (const t of doc.tools ?? []) {
      if (t.quarter > q) continue
      const point = t.point ?? 'mid'
      const value = point === 'low' ? t.low : point === 'high' ? t.high : point === 'mid' ? (t.low + t.high) / 2 : point
      tools += (value + (t.perEmployee ?? 0) * headcount) / 4
    }
    let programs = 0
    for (const p of doc.programs ?? []) {
      const due = p.recurrence === 'once' ? q === p.quarter : p.recurrence === 'quarterly' ? q >= p.quarter : q >= p.quarter && (q - p.quarter) % 4 === 0
      if (due) programs += p.amount
    }
    const total = people + tools + programs
    let maturityPhase = 'adhoc'
    for (const p of PHASES.slice(1)) {
      const all = phaseOfCount(p)
      const held = all.filter((c) => (inPlaceAt.get(c.id) ?? Infinity) <= q).length
      if (held / all.length < 0.8) break
      maturityPhase = p
    }
    return {
      label: label(q), fiscalYear: `FY${fiscalYear(q)}`, headcount, revenue, budget, people, tools, programs, total,
      variance: budget - total, utilization: budget === 0 ? null : total / budget, securityFte: fte, orgPhase, maturityPhase,
      maturityGap: PHASES.indexOf(orgPhase) - PHASES.indexOf(maturityPhase), itBudget: itBudgets ? itBudgets[q] / 4 : null
    }
  })

  const years = [...new Set(quarters.map((q) => q.fiscalYear))].map((fy) => {
    const rows = quarters.filter((q) => q.fiscalYear === fy)
    const sum = (key: 'revenue' | 'budget' | 'people' | 'tools' | 'programs' | 'total') => rows.reduce((a, r) => a + r[key], 0)
    const last = rows[rows.length - 1]
    const [budget, total] = [sum('budget'), sum('total')]
    return {
      label: fy, partial: rows.length < 4, quarters: rows.map((r) => r.label), revenue: sum('revenue'), budget,
      people: sum('people'), tools: sum('tools'), programs: sum('programs'), total, variance: budget - total,
      utilization: budget === 0 ? null : total / budget, headcount: last.headcount, securityFte: last.securityFte,
      orgPhase: last.orgPhase, maturityPhase: last.maturityPhase
    }
  })

  const deadlines = (doc.deadlines ?? []).map((d) => {
    const missing = d.capabilities.filter((id) => (inPlaceAt.get(id) ?? Infinity) > d.quarter)
    return { name: d.name, quarter: label(d.quarter), met: missing.length === 0, missing }
  })
  return { quarters, fiscalYears: years, deadlines }
}

// ---------------------------------------------------------------------------------------------
// Comparison.

/** Money and ratios compared to a relative 1e-9 (the two sum in different orders); the rest exactly. */
function expectSame(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)))
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object')
    for (const [key, value] of Object.entries(expected)) expectSame((actual as Record<string, unknown>)[key], value, `${path}.${key}`)
  } else {
    expect(actual, path).toEqual(expected)
  }
}

let files = 0
function projectJson(doc: Doc) {
  const file = join(dir, `plan-${++files}.json`)
  writeFileSync(file, JSON.stringify(doc))
  const run = rampart(['project', file, '--json'])
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout)
}

const base: Doc = {
  format: 'rampart-scenario', version: 2, name: 'Reference', start: '2027-Q3', quarters: 12, fiscalYearStart: 2,
  headcount: [{ quarter: 0, value: 40 }, { quarter: 5, value: 260 }, { quarter: 10, value: 1100 }],
  revenue: [{ quarter: 0, value: 8_000_000 }, { quarter: 10, value: 90_000_000 }],
  itBudget: [{ quarter: 0, value: 2_000_000 }, { quarter: 10, value: 9_000_000 }],
  budget: { mode: 'glide', percent: { foundation: 3.5 }, minimumAnnual: 400_000 },
  salaryGrowthPercent: 5,
  peopleCosts: { overheadPercent: 30, recruitingFeePercent: 22 },
  hires: [
    { role: 'security-engineer', count: 1, quarter: 0, annualCost: 200_000, existing: true },
    { role: 'detection-engineer', count: 2, quarter: 3, annualCost: 180_000 },
    { role: 'grc-analyst', count: 1, quarter: 5, annualCost: 130_000, endQuarter: 9 },
    { role: 'ciso', count: 1, quarter: 8, annualCost: 300_000 }
  ],
  tools: [
    { tool: 'mdr', quarter: 1, low: 30_000, high: 120_000, perEmployee: 90 },
    { tool: 'siem', quarter: 6, low: 50_000, high: 200_000, point: 'high' },
    { tool: 'identity-access', quarter: 0, low: 10_000, high: 80_000, point: 25_000, perEmployee: 60 }
  ],
  programs: [
    { name: 'Audit', quarter: 2, amount: 60_000, recurrence: 'annual' },
    { name: 'Training', quarter: 0, amount: 5_000, recurrence: 'quarterly' },
    { name: 'Board pack', quarter: 4, amount: 9_000, recurrence: 'once' }
  ],
  capabilities: [
    ...CAPABILITIES.filter((c) => c.phase === 'foundation').map((c, i) => ({ id: c.id, quarter: i % 5 })),
    { id: 'siem', quarter: 2, needs: ['tool:siem', 'role:detection-engineer'] },
    { id: 'edr', quarter: 1, needs: ['tool:mdr'] },
    { id: 'executive-reporting', quarter: 4, needs: ['role:ciso'] },
    { id: 'documented-policies', quarter: 5, needs: ['role:grc-analyst'] }
  ],
  deadlines: [
    { name: 'Detection live', quarter: 5, capabilities: ['siem', 'edr'], hard: true },
    { name: 'Policies', quarter: 7, capabilities: ['documented-policies'] },
    { name: 'Board reporting', quarter: 10, capabilities: ['executive-reporting', 'risk-register'] }
  ],
  uncertainty: { salaryPercent: 10, revenuePercent: 25, hiringSlip: [0.6, 0.4], attritionPercent: 12 }
}

describe('project --json equals an independent implementation of the rules', () => {
  it('on a version 2 plan with every feature: partial fiscal years, glide budget, loaded pay, fees, existing staff, needs, deadlines', () => {
    const expected = reference(base)
    // The plan's deadlines: one missed for a need that lands late, one met, one missing an unplanned capability.
    expect(expected.deadlines.map((d) => d.met)).toEqual([false, true, false])
    expect(expected.fiscalYears.map((y) => [y.label, y.partial])).toEqual(
      [['FY2028', true], ['FY2029', false], ['FY2030', false], ['FY2031', true]])
    expectSame(projectJson(base), expected)
  })

  it('on an approved-amounts budget, calendar fiscal years and a byPhase twin', () => {
    const amounts = { ...base, fiscalYearStart: 1,
      budget: { mode: 'amounts' as const, amounts: [{ fiscalYear: 2027, amount: 500_000 }, { fiscalYear: 2028, amount: 1_600_000 },
        { fiscalYear: 2029, amount: 2_400_000 }, { fiscalYear: 2030, amount: 900_000 }] } }
    expectSame(projectJson(amounts), reference(amounts))
    const byPhase = { ...base, fiscalYearStart: 4, budget: { mode: 'byPhase' as const, minimumAnnual: 250_000 } }
    expectSame(projectJson(byPhase), reference(byPhase))
  })

  it('on random version 2 plans', () => {
    fc.assert(fc.property(randomPlan, (doc) => {
      expectSame(projectJson(doc), reference(doc))
    }), { numRuns: 8 })
  })
})

const randomPlan: fc.Arbitrary<Doc> = fc.record({
  quarters: fc.integer({ min: 1, max: 16 }),
  start: fc.constantFrom('2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'),
  fiscalYearStart: fc.integer({ min: 1, max: 4 }),
  mode: fc.constantFrom('byPhase', 'fixed', 'glide', 'amounts'),
  overhead: fc.integer({ min: 0, max: 60 }),
  fee: fc.integer({ min: 0, max: 30 }),
  growth: fc.integer({ min: -5, max: 10 }),
  seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 })
}).map(({ quarters, start, fiscalYearStart, mode, overhead, fee, growth, seed }) => {
  let i = 0
  const next = (max: number) => seed[i++ % seed.length] % max
  const quarter = () => next(quarters)
  const hires = Array.from({ length: 1 + next(4) }, () => ({
    role: ROLES[next(ROLES.length)].id, count: 1 + next(3), quarter: quarter(), annualCost: 50_000 + next(300_000), existing: next(3) === 0
  }))
  const tools = Array.from({ length: 1 + next(4) }, () => {
    const t = TOOLS[next(TOOLS.length)]
    return { tool: t.id, quarter: quarter(), low: t.low, high: t.high, perEmployee: t.perEmployee, point: (['low', 'mid', 'high'] as const)[next(3)] }
  })
  const needs = [`tool:${tools[0].tool}`, `role:${hires[0].role}`]
  const capabilities = CAPABILITIES.filter(() => next(3) === 0).map((c) => ({ id: c.id, quarter: quarter(), ...(next(2) ? { needs } : {}) }))
  const years = [...new Set(Array.from({ length: quarters }, (_, q) => {
    const absolute = Number(start.slice(6)) - 1 + q
    const year = 2026 + Math.floor(absolute / 4)
    return fiscalYearStart === 1 || (absolute % 4) + 1 < fiscalYearStart ? year : year + 1
  }))]
  const budget = mode === 'amounts'
    ? { mode, amounts: years.map((fiscalYear) => ({ fiscalYear, amount: 100_000 + next(2_000_000) })) }
    : mode === 'fixed' ? { mode, fixedPercent: 1 + next(8), minimumAnnual: next(500_000) } : { mode, minimumAnnual: next(500_000) }
  return {
    format: 'rampart-scenario', version: 2, name: 'Random', start, quarters, fiscalYearStart,
    headcount: [{ quarter: 0, value: 20 + next(100) }, { quarter: quarters - 1, value: 100 + next(3000) }].filter((m, k, all) => k === 0 || m.quarter !== all[0].quarter),
    revenue: [{ quarter: 0, value: 1_000_000 + next(50_000_000) }],
    budget, salaryGrowthPercent: growth, peopleCosts: { overheadPercent: overhead, recruitingFeePercent: fee },
    hires, tools, capabilities,
    deadlines: capabilities.length === 0 ? [] : [{ name: 'Deadline', quarter: quarter(), capabilities: [capabilities[0].id] }]
  }
})
