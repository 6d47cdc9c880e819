// The board deck read back: slides, native charts whose parts follow the chart schema (PowerPoint
// is stricter than LibreOffice), chart data equal to the engine's and to the embedded workbooks
// behind them, speaker notes with provenance, and user text that stays text.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatMoneyCompact, projectScenario, simulateScenario, type ScenarioDoc } from '../../src/core'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { buildDeck } from '../../src/boardpack'
import { chartSchemaProblems } from '../../src/boardpack/deck/chartSchema'
import { fiscalYearShortDisplay } from '../../src/boardpack/fiscalYears'
import { buildModel } from '../../src/boardpack/model'
import { GENERATED_AT, hostileScenario, leanScenario, MALICIOUS_NAME, RECORDED, SEED } from './helpers'

interface Deck {
  parts: Map<string, string>
  zip: JSZip
}

async function open(buffer: Buffer): Promise<Deck> {
  const zip = await JSZip.loadAsync(buffer)
  const parts = new Map<string, string>()
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir && !path.endsWith('.xlsx')) parts.set(path, await file.async('string'))
  }
  return { parts, zip }
}

const numbered = (deck: Deck, pattern: RegExp) => [...deck.parts.keys()].filter((p) => pattern.test(p))
  .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
const slides = (deck: Deck) => numbered(deck, /^ppt\/slides\/slide\d+\.xml$/)
const charts = (deck: Deck) => numbered(deck, /^ppt\/charts\/chart\d+\.xml$/)
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]))
const unescape = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) =>
  ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!)
const titleOf = (xml: string) => texts(xml)[0]

let single: Deck
let several: Deck
beforeAll(async () => {
  const options = { generatedAt: GENERATED_AT, seed: SEED, samples: 500 }
  single = await open(await buildDeck([LEGACY_DATAFLOW], options))
  several = await open(await buildDeck([LEGACY_DATAFLOW, leanScenario()], { ...options, actuals: [RECORDED] }))
})

describe('the deck of one scenario', () => {
  it('has the ask, spend by fiscal year, team growth, maturity, AI risk and a one-page summary', () => {
    expect(slides(single).map((p) => titleOf(single.parts.get(p)!))).toEqual([
      'The ask: FY2027', 'Spend against budget by fiscal year', 'Team growth: headcount against security FTE',
      'The maturity path', 'AI risk before and after', 'Security plan on a page: DataFlow AI - Base'
    ])
    expect(charts(single)).toHaveLength(5)
  })

  it('states the ask and tables every fiscal year with the engine\'s numbers', () => {
    const slide = texts(single.parts.get(slides(single)[0])!)
    const years = projectScenario(LEGACY_DATAFLOW).fiscalYears
    expect(slide).toContain(`For FY2027 (2027-Q1 – 2027-Q4), security asks for ${formatMoneyCompact(years[0].total)}: ` +
      `${formatMoneyCompact(years[0].people)} for people (5 security FTE by year end), ${formatMoneyCompact(years[0].tools)} for tools and ` +
      `${formatMoneyCompact(years[0].programs)} for programs; 2.2% of revenue, 60% of the ${formatMoneyCompact(years[0].budget)} budget. ` +
      'By year end security maturity reaches Foundation (the organisation is in Growth), and the average residual AI risk score ' +
      'falls from 8.0 to 6.8 (Training-data poisoning: 6.0 to 3.3).')
    for (const year of years) {
      const row = slide.indexOf(fiscalYearShortDisplay(year))
      expect(slide.slice(row, row + 8)).toEqual([fiscalYearShortDisplay(year), formatMoneyCompact(year.budget), formatMoneyCompact(year.people),
        formatMoneyCompact(year.tools), formatMoneyCompact(year.programs), formatMoneyCompact(year.total),
        `−${formatMoneyCompact(year.budget - year.total)}`, `${(year.total / year.revenue * 100).toFixed(1)}%`])
    }
  })

  it('charts spend by fiscal year against the budget and the blueprint\'s 2–8% band, from the engine\'s numbers', () => {
    const xml = single.parts.get(charts(single)[0])!
    const years = projectScenario(LEGACY_DATAFLOW).fiscalYears
    const series = seriesOf(xml)
    expect(series.map((s) => s.name)).toEqual(['People', 'Tools', 'Programs', 'Budget', '2% of revenue (blueprint band)',
      '8% of revenue (blueprint band)', 'P10 total spend (simulated)', 'P90 total spend (simulated)'])
    expect(series[0].categories).toEqual(years.map(fiscalYearShortDisplay))
    expect(series[0].values).toEqual(years.map((y) => y.people))
    expect(series[3].values).toEqual(years.map((y) => y.budget))
    expect(series[5].values).toEqual(years.map((y) => (y.revenue * 8) / 100))
    const simulated = simulateScenario(LEGACY_DATAFLOW, { seed: SEED, samples: 500 }).fiscalYears
    expect([series[6].values, series[7].values]).toEqual([simulated.map((y) => y.p10), simulated.map((y) => y.p90)])
    expect(xml).toMatch(/<c:barChart><c:barDir val="col"\/><c:grouping val="stacked"\/>/)
  })

  it('writes every slide\'s speaker notes with the assumptions and where the numbers come from', () => {
    const notes = numbered(single, /^ppt\/notesSlides\/notesSlide\d+\.xml$/)
    expect(notes).toHaveLength(6)
    for (const path of notes) {
      const text = texts(single.parts.get(path)!).join('\n')
      expect(text, path).toMatch(/Provenance|provenance/)
      expect(text, path).toMatch(/Scenario: DataFlow AI - Base, 2027-Q1 – 2031-Q4 \(20 quarters\), amounts in USD\./)
      // One paragraph per line, as PowerPoint shows them.
      expect(single.parts.get(path)!, path).not.toMatch(/<a:t>[^<]*\n/)
    }
  })
})

describe('the deck of several scenarios with actuals', () => {
  it('adds a comparison slide and a plan-against-actual slide before the one-page summary', () => {
    expect(slides(several).map((p) => titleOf(several.parts.get(p)!))).toEqual([
      'The ask: FY2027', 'Spend against budget by fiscal year', 'Team growth: headcount against security FTE',
      'The maturity path', 'AI risk before and after', 'Comparison: 2 scenarios', 'Plan against actual',
      'Security plan on a page: DataFlow AI - Base'
    ])
    expect(charts(several)).toHaveLength(7)
  })

  it('charts each scenario\'s total and budget by fiscal year, and bridges the what-if to the first', () => {
    const comparison = charts(several).map((p) => several.parts.get(p)!).find((xml) => xml.includes('Budget: DataFlow AI - Lean'))!
    const series = seriesOf(comparison)
    const lean = projectScenario(leanScenario()).fiscalYears
    expect(series.map((s) => s.name)).toEqual(['DataFlow AI - Base', 'DataFlow AI - Lean', 'Budget: DataFlow AI - Base', 'Budget: DataFlow AI - Lean'])
    expect(series[1].values).toEqual(lean.map((y) => y.total))
    const slide = texts(several.parts.get(slides(several)[5])!)
    const bridge = buildModel([LEGACY_DATAFLOW, leanScenario()], { seed: SEED, samples: 500 }).bridges[1]!
    const signed = (v: number) => (formatMoneyCompact(Math.abs(v)) === '$0' ? '$0' : `${v > 0 ? '+' : '−'}${formatMoneyCompact(Math.abs(v))}`)
    const row = slide.indexOf('DataFlow AI - Lean', slide.indexOf('Programs'))
    expect(slide.slice(row, row + 7)).toEqual(['DataFlow AI - Lean', ...[bridge.difference, bridge.peopleTiming, bridge.peoplePay,
      bridge.fees, bridge.tools, bridge.programs].map(signed)])
  })

  it('shows actual against planned spend in each recorded quarter, over plan signed', () => {
    const actuals = charts(several).map((p) => several.parts.get(p)!).find((xml) => seriesOf(xml)[0]?.name === 'Plan')!
    const series = seriesOf(actuals)
    const plan = projectScenario(LEGACY_DATAFLOW).quarters
    expect(series[0].values).toEqual(RECORDED.map((a) => plan[a.quarter].total))
    expect(series[1].values).toEqual(RECORDED.map((a) => a.people + a.tools + a.programs))
    const slide = texts(several.parts.get(slides(several)[6])!)
    const over = RECORDED.reduce((s, a) => s + a.people + a.tools + a.programs - plan[a.quarter].total, 0)
    expect(slide[1]).toContain(`3 recorded quarters, ${over > 0 ? '+' : '−'}${formatMoneyCompact(Math.abs(over))}`)
  })
})

describe('the deck\'s chart parts', () => {
  it('follow the chart schema\'s element order, with two axis ids per chart group', () => {
    for (const deck of [single, several]) {
      for (const path of charts(deck)) {
        const xml = deck.parts.get(path)!
        expect(chartSchemaProblems(xml), path).toEqual([])
        // What pptxgenjs gets wrong on its own, checked directly as well.
        for (const line of xml.match(/<c:lineChart>.*?<\/c:lineChart>/g) ?? []) {
          expect(line, path).not.toContain('invertIfNegative')
          for (const ser of line.match(/<c:ser>.*?<\/c:ser>/g) ?? []) {
            if (ser.includes('<c:dLbls>')) expect(ser.indexOf('<c:marker>'), path).toBeLessThan(ser.indexOf('<c:dLbls>'))
          }
        }
        for (const group of xml.match(/<c:(bar|line|area)Chart>.*?<\/c:\1Chart>/g) ?? []) {
          expect(group.match(/<c:axId /g), path).toHaveLength(2)
        }
      }
    }
  })

  it('read their data from the embedded workbooks, which hold the same numbers', async () => {
    for (const path of charts(single)) {
      const rels = single.parts.get(path.replace('charts/', 'charts/_rels/') + '.rels')!
      const target = /Target="\.\.\/embeddings\/([^"]+)"/.exec(rels)![1]
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(await single.zip.file(`ppt/embeddings/${target}`)!.async('arraybuffer'))
      const ws = book.worksheets[0]
      for (const series of seriesOf(single.parts.get(path)!)) {
        const [, column, first] = /\$([A-Z]+)\$(\d+):/.exec(series.ref)!
        // exceljs reads a stored 0 back as an empty cell.
        series.values.forEach((value, i) => expect(ws.getCell(`${column}${Number(first) + i}`).value ?? 0, `${path} ${series.name}`).toBe(value))
      }
    }
  })
})

describe('user text in the deck', () => {
  it('is never interpreted: markup escaped, control characters dropped, no links', async () => {
    const doc: ScenarioDoc = {
      ...hostileScenario(), name: `${MALICIOUS_NAME}\u0007\nline two`,
      deadlines: [{ name: '<script>&', quarter: 3, capabilities: ['soc2-iso27001'], hard: true }]
    }
    const deck = await open(await buildDeck([doc, LEGACY_DATAFLOW], { samples: 100 }))
    const all = [...deck.parts.entries()].filter(([p]) => p.endsWith('.xml') || p.endsWith('.rels'))
    for (const [path, xml] of all) {
      expect(xml, path).not.toContain('hlinkClick')
      expect(xml, path).not.toContain('relationships/hyperlink')
      expect(xml, path).not.toContain('\u0007')
    }
    const title = texts(deck.parts.get(slides(deck)[slides(deck).length - 1])!)[0]
    expect(title).toBe(`Security plan on a page: ${MALICIOUS_NAME.slice(0, 49)}…`)
    expect(texts(deck.parts.get(slides(deck)[0])!).join(' ')).toContain('<script>&: Hard deadline')
  })
})

interface Series {
  name: string
  ref: string
  categories: string[]
  values: number[]
}

function seriesOf(chartXml: string): Series[] {
  return [...chartXml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map(([, ser]) => ({
    name: unescape(/<c:tx>.*?<c:v>([^<]*)<\/c:v>/.exec(ser)![1]),
    ref: /<c:val><c:numRef><c:f>([^<]+)<\/c:f>/.exec(ser)![1],
    categories: [...(/<c:cat>(.*?)<\/c:cat>/.exec(ser)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => unescape(m[1])),
    values: [...(/<c:val>(.*?)<\/c:val>/.exec(ser)![1]).matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]))
  }))
}
