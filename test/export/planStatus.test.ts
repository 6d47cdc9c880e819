// What the board asks of the plan, read back from the workbook: what the simulated ranges cover,
// each fiscal year's chance of going over budget, phase dates as ranges, every deadline with its
// status and chance, what the next phase needs, and the provenance of every number on Assumptions.
// Every figure is checked against the engine run with the same seed and samples.
import type ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  BENCHMARKS, CAPABILITY_BY_ID, compareScenarios, DEFAULT_SCENARIO, fiscalYearLabel, nextPhaseNeeds, phaseName, type ScenarioDoc,
  type ScenarioWithResults
} from '../../src/core'
import { phaseDateText } from '../../src/core/uncertaintyText'
import JSZip from 'jszip'
import { buildBoardPack, buildDeck, SHEET_NAMES } from '../../src/boardpack'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { columnWith, GENERATED_AT, readWorkbook, rowWith, SAMPLES, SEED, sheet } from './helpers'

/** The default plan with its SOC 2 report due two quarters after the EU AI Act: missed in the plan. */
const EARLY_SOC2: ScenarioDoc = {
  ...DEFAULT_SCENARIO,
  name: 'DataFlow AI - early SOC 2',
  deadlines: DEFAULT_SCENARIO.deadlines!.map((d) => (d.name === 'SOC 2 Type II report' ? { ...d, quarter: 4 } : d))
}

const HEADER_ROW = 4

async function packOf(doc: ScenarioDoc): Promise<{ book: ExcelJS.Workbook; engine: ScenarioWithResults }> {
  const book = await readWorkbook(await buildBoardPack([doc], { generatedAt: GENERATED_AT, seed: SEED, samples: SAMPLES }))
  return { book, engine: compareScenarios([doc], { seed: SEED, samples: SAMPLES }).scenarios[0] }
}

/** A row's values left to right, a merged range once. */
function rowValues(ws: ExcelJS.Worksheet, r: number): unknown[] {
  const values: unknown[] = []
  ws.getRow(r).eachCell((cell) => { if (cell.master === cell) values.push(cell.value) })
  return values
}

/** Every row's values, joined, for finding a line whatever its columns. */
function rowTexts(ws: ExcelJS.Worksheet): string[] {
  return Array.from({ length: ws.rowCount }, (_, i) => rowValues(ws, i + 1).map(String).join(' | '))
}

let base: { book: ExcelJS.Workbook; engine: ScenarioWithResults }
let early: { book: ExcelJS.Workbook; engine: ScenarioWithResults }
beforeAll(async () => {
  base = await packOf(DEFAULT_SCENARIO)
  early = await packOf(EARLY_SOC2)
})

describe('the Summary', () => {
  it('says under its charts what the shaded band covers', async () => {
    const band = (book: ExcelJS.Workbook) => rowTexts(sheet(book, SHEET_NAMES.summary)).find((r) => r.startsWith('The shaded band: '))
    expect(band(base.book)).toBe('The shaded band: P10–P90 ranges cover tool prices, pay, hiring dates, attrition and revenue growth; ' +
      `from ${SAMPLES.toLocaleString('en-US')} simulated samples (seed ${SEED}).`)
    expect(sheet(base.book, SHEET_NAMES.plan).getCell('B2').value).toContain('P10–P90 ranges cover tool prices, pay, hiring dates')
    // A version 1 plan has only its tool prices uncertain, and the pack says so.
    const legacy = await readWorkbook(await buildBoardPack([LEGACY_DATAFLOW], { samples: 100 }))
    expect(band(legacy)).toBe('The shaded band: P10–P90 ranges cover tool prices; from 100 simulated samples (seed 20260101).')
    const flat = await readWorkbook(await buildBoardPack([{ ...LEGACY_DATAFLOW, tools: [] }], { samples: 100 }))
    expect(band(flat)).toContain('nothing in this plan is set as uncertain, so its P10–P90 ranges are the plan')
  })

  it('gives each fiscal year its simulated chance of going over budget', () => {
    const ws = sheet(base.book, SHEET_NAMES.summary)
    const header = rowWith(ws, 'Fiscal year')
    expect(ws.getCell(header, 14).value).toBe('P(over budget)')
    const years = base.engine.simulation.fiscalYears
    expect(years.length).toBe(base.engine.projection.fiscalYears.length)
    years.forEach((year, i) => {
      expect(ws.getCell(header + 1 + i, 1).value).toMatch(new RegExp(`^${year.label}`))
      expect(ws.getCell(header + 1 + i, 14).value).toBe(year.overrunProbability)
      expect(ws.getCell(header + 1 + i, 14).numFmt).toBe('0%')
    })
    // The default plan's FY2029 carries a real chance of overrunning: the column is not all zeros.
    expect(years.some((y) => y.overrunProbability > 0)).toBe(true)
  })

  it('gives each phase its simulated date as a range, beside the plan\'s', () => {
    const ws = sheet(base.book, SHEET_NAMES.summary)
    const header = rowWith(ws, 'Risk')
    expect(ws.getCell(header, 13).value).toBe('Simulated: P50, and P90')
    base.engine.simulation.phases.forEach((phase, i) => {
      expect(ws.getCell(header + 1 + i, 8).value).toBe(phaseName(phase.phase))
      expect(ws.getCell(header + 1 + i, 13).value).toBe(phaseDateText(phase))
    })
  })

  it('gives every deadline its chance: those at risk as decisions, the others on track', () => {
    const onTrack = (book: ExcelJS.Workbook) => rowTexts(sheet(book, SHEET_NAMES.summary)).find((r) => r.startsWith('Deadlines on track: '))
    const chance = (engine: ScenarioWithResults, i: number) => `${Math.round(engine.simulation.deadlines[i].metProbability * 100)}%`
    const [euAiAct, soc2] = base.engine.projection.deadlines
    expect(onTrack(base.book)).toBe(`Deadlines on track: ${euAiAct.name} (hard), due ${euAiAct.label}: met in the plan, in ` +
      `${chance(base.engine, 0)} of simulated outcomes; ${soc2.name} (hard), due ${soc2.label}: met in the plan, in ` +
      `${chance(base.engine, 1)} of simulated outcomes. Every deadline with what it requires: Maturity.`)
    // Due two quarters after the EU AI Act, the SOC 2 report is missed: a critical decision, with its chance.
    const missed = early.engine.projection.deadlines[1]
    expect(missed.met).toBe(false)
    const ws = sheet(early.book, SHEET_NAMES.summary)
    const row = rowWith(ws, missed.name, 2)
    expect(ws.getCell(row, 1).value).toBe('Critical')
    expect(ws.getCell(row, 4).value).toContain(`(met in ${chance(early.engine, 1)} of simulated outcomes)`)
    expect(onTrack(early.book)).toBe(`Deadlines on track: ${euAiAct.name} (hard), due ${euAiAct.label}: met in the plan, in ` +
      `${chance(early.engine, 0)} of simulated outcomes. Every deadline with what it requires: Maturity.`)
  })
})

describe('the Maturity sheet', () => {
  it('names the fiscal year of every quarter', () => {
    const ws = sheet(base.book, SHEET_NAMES.maturity)
    const column = columnWith(ws, HEADER_ROW, 'Fiscal year')
    expect(column).toBe(2)
    for (const q of base.engine.projection.quarters) {
      expect(ws.getCell(HEADER_ROW + 1 + q.quarter, column).value).toBe(fiscalYearLabel(q.fiscalYear))
    }
    // The default plan's fiscal year opens in April: 2027-Q1 closes FY2027, 2027-Q2 opens FY2028.
    expect([ws.getCell(HEADER_ROW + 1, column).value, ws.getCell(HEADER_ROW + 2, column).value]).toEqual(['FY2027', 'FY2028'])
  })

  it('dates each phase in the plan and as simulated, with the chance of reaching it within the plan', () => {
    const ws = sheet(base.book, SHEET_NAMES.maturity)
    const rows = rowTexts(ws)
    const { kpis, simulation } = base.engine
    for (const phase of simulation.phases) {
      expect(rows).toContain([
        phaseName(phase.phase), kpis.orgPhaseReached[phase.phase] ?? 'not in the plan',
        kpis.maturityPhaseReached[phase.phase] ?? 'not in the plan', phaseDateText(phase),
        `${Math.round(phase.reachedProbability * 100)}%`
      ].join(' | '))
    }
  })

  it('lists every deadline: due, hard, met or what it misses, and its simulated chance', () => {
    const ws = sheet(early.book, SHEET_NAMES.maturity)
    const rows = rowTexts(ws)
    const { projection, simulation } = early.engine
    projection.deadlines.forEach((d, i) => {
      const status = d.met ? 'met' : `missed: ${d.missing.map((id) => CAPABILITY_BY_ID.get(id)!.name).join(', ')} not in place`
      expect(rows.find((r) => r.startsWith(`${d.name} | `))).toBe(
        `${d.name} | ${d.label} | yes | ${status} | ${Math.round(simulation.deadlines[i].metProbability * 100)}%`)
    })
    const soc2 = rows.find((r) => r.startsWith('SOC 2 Type II report'))!
    expect(soc2).toMatch(/\| missed: .*SOC 2 \/ ISO 27001 certification.* not in place \|/)
  })

  it('says what the next phase needs at the end of the ask\'s year, prerequisites first, the smallest set marked', () => {
    const ws = sheet(base.book, SHEET_NAMES.maturity)
    const { projection } = base.engine
    // The ask is for FY2028, which ends in 2028-Q1 (quarter 4).
    const needs = nextPhaseNeeds(projection, 4)
    expect(needs.next).toBe('growth')
    const title = rowWith(ws, 'What Growth needs at the end of FY2028 (2028-Q1)')
    expect(ws.getCell(title + 1, 1).value).toContain(`Growth needs ${needs.needed} more of its 21 capabilities`)
    const header = title + 2
    expect(ws.getCell(header, 1).value).toBe('Capability')
    expect(needs.capabilities.length).toBeGreaterThan(needs.needed)
    needs.capabilities.forEach((c, i) => {
      expect(rowValues(ws, header + 1 + i)).toEqual([
        c.name, phaseName(c.phase),
        c.missingPrerequisites.length === 0 ? 'none' : c.missingPrerequisites.map((id) => CAPABILITY_BY_ID.get(id)!.name).join(', '),
        c.inSmallestSet ? 'yes' : '',
        c.plannedQuarter === null ? 'not in the plan' : projection.quarters[c.plannedQuarter].label
      ])
    })
    expect(needs.capabilities.filter((c) => c.inSmallestSet)).toHaveLength(needs.needed)
  })
})

describe('Assumptions', () => {
  let rows: { section: unknown; input: unknown; value: unknown; provenance: unknown; source: unknown }[]
  beforeAll(() => {
    const ws = sheet(base.book, SHEET_NAMES.assumptions)
    rows = (ws.getSheetValues() as unknown[][]).slice(HEADER_ROW + 1).filter(Boolean)
      .map((r) => ({ section: r[1], input: r[2], value: r[3], provenance: r[5], source: r[6] }))
  })
  const find = (input: string) => rows.find((r) => r.input === input)

  it('labels the per-phase budget percents derived, and the default plan\'s revenue and program prices illustrative', async () => {
    expect(find('Budget in Ad Hoc')).toMatchObject({ value: 0.02, provenance: 'derived' })
    expect(find('Budget in World-Class')).toMatchObject({ value: 0.08, provenance: 'derived' })
    expect(find('Target band for AI companies')).toMatchObject({ provenance: 'reference' })
    const revenue = rows.filter((r) => String(r.input).startsWith('Revenue run-rate milestone'))
    expect(revenue).toHaveLength(DEFAULT_SCENARIO.revenue.length)
    for (const r of revenue) expect(r.provenance).toBe('illustrative')
    const programs = rows.filter((r) => r.section === 'Programs')
    expect(programs).toHaveLength(DEFAULT_SCENARIO.programs!.length)
    for (const p of programs) expect(p).toMatchObject({ provenance: 'illustrative', source: expect.stringContaining('default plan') })
    expect(sheet(base.book, SHEET_NAMES.assumptions).getCell('A2').value).toContain('"derived" is Rampart\'s own reading of a reference')
    // A plan with its own revenue milestones carries them as its own input.
    const legacy = sheet(await readWorkbook(await buildBoardPack([LEGACY_DATAFLOW], { samples: 100 })), SHEET_NAMES.assumptions)
    const legacyRevenue = (legacy.getSheetValues() as unknown[][]).filter((r) => String(r?.[2]).startsWith('Revenue run-rate milestone'))
    expect(legacyRevenue.map((r) => r[5])).toEqual(LEGACY_DATAFLOW.revenue.map(() => 'scenario input'))
  })

  it('carries the corrected benchmarks with the engine\'s provenance and editions', () => {
    const benchmarks = rows.filter((r) => r.section === 'Peer benchmarks')
    expect(benchmarks).toHaveLength(BENCHMARKS.length)
    const revised = benchmarks.find((r) => r.input === 'Security spend, % of IT spend (2024, as revised in the 2025 edition)')
    expect(revised).toMatchObject({ value: 11.9 / 100, source: 'IANS/Artico Security Budget Benchmark 2025 (587 CISOs), 2024' })
    expect(benchmarks.find((r) => r.input === 'Security spend, % of IT spend (2024 edition)')).toMatchObject({ value: 13.2 / 100 })
    expect(benchmarks.find((r) => r.input === 'Financial services: security spend per employee')).toMatchObject({
      value: 2691, source: 'Deloitte / FS-ISAC, Reshaping the Cybersecurity Landscape, 2020'
    })
    for (const b of BENCHMARKS) expect(benchmarks.find((r) => r.input === b.label && r.source === `${b.source}, ${b.year}`)?.provenance).toBe(b.provenance)
  })

  it('lists the uncertainty settings, what the band covers, and cites the survey beside the CISO\'s pay', () => {
    expect(find('Pay: spread of each hire line\'s cost')).toMatchObject({ value: 0.1, provenance: 'scenario input' })
    expect(find('Revenue: spread of its growth')).toMatchObject({ value: 0.25 })
    expect(find('Hiring: chance a start slips 0, 1, 2… quarters')).toMatchObject({ value: '50% / 35% / 15%' })
    expect(find('Attrition')).toMatchObject({ value: 0.12 })
    expect(find('The simulated P10–P90 band covers')).toMatchObject({ value: 'tool prices, pay, hiring dates, attrition and revenue growth' })
    expect(find('CISO ×1 from 2028-Q1')).toMatchObject({
      value: 300000, provenance: 'illustrative',
      source: 'Illustrative placeholder: replace with a quote; compare CISO total pay (base, bonus and equity), median: $403,000 ' +
        '(IANS/Artico CISO Compensation Benchmark 2024 (755 CISOs), 2024)'
    })
  })
})

describe('the Capability Plan', () => {
  it('says which capabilities are the blueprint\'s and which are Rampart\'s reading of it', () => {
    const ws = sheet(base.book, SHEET_NAMES.capabilityPlan)
    const column = columnWith(ws, HEADER_ROW, 'Provenance')
    expect(ws.getCell(rowWith(ws, 'First security hire'), column).value).toBe('reference')
    expect(ws.getCell(rowWith(ws, 'Workforce identity baseline (SSO with MFA)'), column).value).toBe('derived')
  })
})

const unescapeXml = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) =>
  ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!)

describe('the deck', () => {
  /** The text runs of each slide and of its notes, in slide order. */
  async function deckTexts(doc: ScenarioDoc): Promise<{ slides: string[]; notes: string[] }> {
    const zip = await JSZip.loadAsync(await buildDeck([doc], { generatedAt: GENERATED_AT, seed: SEED, samples: SAMPLES }))
    const read = async (pattern: RegExp) => Promise.all(Object.keys(zip.files).filter((p) => pattern.test(p))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
      .map(async (p) => [...(await zip.file(p)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1])).join('\n')))
    return { slides: await read(/^ppt\/slides\/slide\d+\.xml$/), notes: await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/) }
  }

  it('gives each deadline on the maturity slide its chance, and names the glide budget and what the band covers', async () => {
    const { slides, notes } = await deckTexts(EARLY_SOC2)
    const { projection, simulation } = early.engine
    const maturity = slides.findIndex((text) => text.startsWith('The maturity path'))
    projection.deadlines.forEach((d, i) => {
      expect(slides[maturity]).toContain(`${d.name} (${d.label}, hard): ${d.met ? 'met' : 'at risk, missing '}`)
      expect(slides[maturity]).toContain(`${Math.round(simulation.deadlines[i].metProbability * 100)}% chance`)
      expect(notes[maturity]).toContain(`met in ${Math.round(simulation.deadlines[i].metProbability * 100)}% of simulated outcomes`)
    })
    for (const text of notes) expect(text).toContain('budget % of revenue gliding with headcount between phases')
    expect(notes[1]).toContain('P10–P90 ranges cover tool prices, pay, hiring dates, attrition and revenue growth')
    expect(notes[0]).toContain('Budget: derived (the scenario\'s % of revenue gliding with headcount between phases;')
  })
})
