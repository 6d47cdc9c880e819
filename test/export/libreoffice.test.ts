// The board pack opened by a real spreadsheet application: LibreOffice converts it to PDF, and the
// PDF shows what a reader sees: every sheet on its pages, the titles, the charts, no `###`. Page
// images are kept in test-output/ to look at.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compareScenarios, formatMoney, formatMoneyCompact, formatPercent, projectScenario, type ScenarioDoc } from '../../src/core'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { buildBoardPack, buildDeck, SHEET_NAMES } from '../../src/boardpack'
import { fiscalYearShortDisplay } from '../../src/boardpack/fiscalYears'
import {
  columnWith, GENERATED_AT, hostileScenario, leanScenario, MALICIOUS_NAME, readWorkbook, RECORDED, resultOf, rowWith, SEED, sheet
} from './helpers'

const OUTPUT = join(__dirname, '..', '..', 'test-output')
const CHART_TITLES = [
  'Spend against budget by fiscal year', 'Budget envelope against planned spend (P10–P90 band)', 'Headcount against security FTE',
  'Organisation phase against achieved maturity phase'
]

let dir: string
let profile: string
let recalculating: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rampart-pack-pdf-'))
  // A profile of its own, so parallel runs of LibreOffice do not share (and lock) one.
  profile = join(tmpdir(), `rampart-lo-${randomBytes(6).toString('hex')}`)
  const options = { generatedAt: GENERATED_AT, seed: SEED, samples: 1000 }
  writeFileSync(join(dir, 'single.xlsx'), await buildBoardPack([LEGACY_DATAFLOW], options))
  writeFileSync(join(dir, 'letter.xlsx'), await buildBoardPack([LEGACY_DATAFLOW], { ...options, paper: 'letter' }))
  writeFileSync(join(dir, 'multi.xlsx'), await buildBoardPack([hostileScenario(), LEGACY_DATAFLOW, leanScenario()], options))
  writeFileSync(join(dir, 'actuals.xlsx'), await buildBoardPack([LEGACY_DATAFLOW, leanScenario()], { ...options, actuals: [RECORDED] }))
  writeFileSync(join(dir, 'deck.pptx'), await buildDeck([LEGACY_DATAFLOW], options))
  writeFileSync(join(dir, 'deck-all.pptx'), await buildDeck([LEGACY_DATAFLOW, leanScenario()], { ...options, actuals: [RECORDED] }))
  // The pack `rampart demo` writes today, on both papers, for the legibility measure.
  writeFileSync(join(dir, 'default-a4.xlsx'), await buildBoardPack([DEFAULT_SCENARIO], options))
  writeFileSync(join(dir, 'default-letter.xlsx'), await buildBoardPack([DEFAULT_SCENARIO], { ...options, paper: 'letter' }))
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf',
    '--outdir', dir, ...['single.xlsx', 'letter.xlsx', 'multi.xlsx', 'actuals.xlsx', 'default-a4.xlsx', 'default-letter.xlsx', 'deck.pptx',
      'deck-all.pptx'].map((f) => join(dir, f))],
  { stdio: 'pipe', timeout: 300_000 })

  // A second profile that recalculates every formula on load, as Excel does when a finance
  // partner edits an input; the pack as written, and with inputs changed, saved back as xlsx.
  recalculating = join(tmpdir(), `rampart-lo-recalc-${randomBytes(6).toString('hex')}`)
  mkdirSync(join(recalculating, 'user'), { recursive: true })
  writeFileSync(join(recalculating, 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD)
  writeFileSync(join(dir, 'asis.xlsx'), await buildBoardPack([LEGACY_DATAFLOW], options))
  writeFileSync(join(dir, 'whatif.xlsx'), await withInputsChanged(readFileSync(join(dir, 'asis.xlsx'))))
  writeFileSync(join(dir, 'default.xlsx'), await buildBoardPack([DEFAULT_SCENARIO], options))
  mkdirSync(join(dir, 'recalculated'))
  execFileSync('soffice', [`-env:UserInstallation=file://${recalculating}`, '--headless', '--convert-to', 'xlsx',
    '--outdir', join(dir, 'recalculated'), join(dir, 'asis.xlsx'), join(dir, 'whatif.xlsx'), join(dir, 'default.xlsx')],
  { stdio: 'pipe', timeout: 120_000 })
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(profile, { recursive: true, force: true })
  rmSync(recalculating, { recursive: true, force: true })
})

const RECALCULATE_ON_LOAD = '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">' +
  '<value>0</value></prop></item></oor:items>\n'

/** The default scenario with the inputs `withInputsChanged` edits in its workbook changed the same way. */
function changedScenario(): ScenarioDoc {
  const doc = structuredClone(LEGACY_DATAFLOW)
  doc.salaryGrowthPercent = 6
  doc.budget = { ...doc.budget, percent: { ...doc.budget.percent, growth: 5 } }
  doc.hires![0].annualCost = 300_000
  doc.hires![1].count = 2
  doc.tools![0].low = 10_000
  return doc
}

/** Edits input cells in the package as a person would in Excel: new numbers, no cached results touched. */
async function withInputsChanged(pack: Buffer): Promise<Buffer> {
  const book = await readWorkbook(pack)
  const assumptions = sheet(book, SHEET_NAMES.assumptions)
  const hiring = sheet(book, SHEET_NAMES.hiring)
  const tools = sheet(book, SHEET_NAMES.tools)
  const address = (ws: ExcelJS.Worksheet, row: number, column: number) => ws.getCell(row, column).address
  const edits: [string, string, number][] = [
    [SHEET_NAMES.assumptions, address(assumptions, rowWith(assumptions, 'Salary growth', 2), 3), 0.06],
    [SHEET_NAMES.assumptions, address(assumptions, rowWith(assumptions, 'Budget in Growth', 2), 3), 0.05],
    [SHEET_NAMES.hiring, address(hiring, 5, columnWith(hiring, 4, 'Annual cost per person (USD/year)')), 300_000],
    [SHEET_NAMES.hiring, address(hiring, 6, columnWith(hiring, 4, 'Count (people)')), 2],
    [SHEET_NAMES.tools, address(tools, 5, columnWith(tools, 4, 'Low (USD/year)')), 10_000]
  ]
  const zip = await JSZip.loadAsync(pack)
  const order = book.worksheets.map((ws) => ws.name)
  for (const [name, ref, value] of edits) {
    const path = `xl/worksheets/sheet${order.indexOf(name) + 1}.xml`
    const xml = await zip.file(path)!.async('string')
    const cell = new RegExp(`(<c r="${ref}"[^>]*>)<v>[^<]*</v>`)
    expect(xml, `${name}!${ref}`).toMatch(cell)
    zip.file(path, xml.replace(cell, `$1<v>${value}</v>`))
  }
  return zip.generateAsync({ type: 'nodebuffer' })
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])
}

function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
}

/** Which sheet each page prints, from the sheet name at the right of the page header. */
function sheetOfEachPage(pdf: string): string[] {
  return Array.from({ length: pageCount(pdf) }, (_, i) => {
    const header = pageText(pdf, i + 1).split('\n').find((line) => line.trim() !== '') ?? ''
    return Object.values(SHEET_NAMES).find((name) => header.trimEnd().endsWith(name)) ?? `? ${header}`
  })
}

function pagesPerSheet(pdf: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const name of sheetOfEachPage(pdf)) counts[name] = (counts[name] ?? 0) + 1
  return counts
}

describe('the board pack\'s formulas, recalculated by LibreOffice', () => {
  const planOf = async (file: string) => sheet(await readWorkbook(readFileSync(join(dir, 'recalculated', file))), SHEET_NAMES.plan)
  const check = (plan: ExcelJS.Worksheet, doc: ScenarioDoc) => {
    const header = (text: string) => columnWith(plan, 4, text)
    const columns = {
      budgetPercent: header('Budget (% of revenue)'), budget: header('Budget (USD/quarter)'), people: header('People (USD/quarter)'),
      tools: header('Tools (USD/quarter)'), total: header('Total (USD/quarter)'), variance: header('Variance (USD/quarter)'),
      securityFte: header('Security FTE (people)')
    }
    for (const q of projectScenario(doc).quarters) {
      const expected = { ...q, budgetPercent: q.budgetPercent / 100 }
      for (const [key, column] of Object.entries(columns)) {
        const value = Number(resultOf(plan.getCell(5 + q.quarter, column)) ?? 0)
        expect(value, `${key} in ${q.label}`).toBeCloseTo(expected[key as keyof typeof columns], 4)
      }
    }
  }

  it('give the engine\'s numbers for the pack as written', async () => {
    check(await planOf('asis.xlsx'), LEGACY_DATAFLOW)
  })

  it('give the engine\'s numbers for the default plan, whose glide budget and loaded pay are written as values', async () => {
    check(await planOf('default.xlsx'), DEFAULT_SCENARIO)
  })

  it('follow changed inputs on Assumptions, Hiring and Tools to the engine\'s numbers for the changed plan', async () => {
    const doc = changedScenario()
    const plan = await planOf('whatif.xlsx')
    check(plan, doc)
    const book = plan.workbook
    const kpis = compareScenarios([doc], { samples: 10 }).scenarios[0].kpis
    // The budget-used tile (LibreOffice saves the total's compact money format in a form exceljs
    // reads back as a date, so the share stands for both).
    const summary = sheet(book, SHEET_NAMES.summary)
    expect(Number(resultOf(summary.getCell('C6')))).toBeCloseTo(kpis.totalSpend / kpis.totalBudget, 10)
    const horizon = rowWith(plan, 'Horizon')
    expect(Number(resultOf(plan.getCell(horizon, columnWith(plan, 4, 'Total (USD/quarter)'))))).toBeCloseTo(kpis.totalSpend, 4)
    const hiring = sheet(book, SHEET_NAMES.hiring)
    const cost = columnWith(hiring, 4, 'Cost over the plan (USD, with salary growth)')
    const people = projectScenario(doc).quarters.reduce((s, q) => s + q.people, 0)
    expect(Number(resultOf(hiring.getCell(rowWith(hiring, 'Total'), cost)))).toBeCloseTo(people, 4)
    const tools = sheet(book, SHEET_NAMES.tools)
    expect(Number(resultOf(tools.getCell(5, columnWith(tools, 4, 'Point value (USD/year)'))))).toBe(15_000)
  })
})

describe('the board pack in LibreOffice', () => {
  it('converts to PDF with every sheet on its pages: the ask on one page first, its charts on the next', () => {
    const pdf = join(dir, 'single.pdf')
    const sheets = sheetOfEachPage(pdf)
    expect(sheets.slice(0, 7)).toEqual(['Summary', 'Summary', 'Analysis', 'Analysis', 'Benchmarks', 'Benchmarks', 'Quarterly Plan'])
    const counts = pagesPerSheet(pdf)
    expect(Object.keys(counts)).toEqual(['Summary', 'Analysis', 'Benchmarks', 'Quarterly Plan', 'Hiring', 'Tools', 'Maturity', 'Capability Plan', 'Capability Map', 'Risks', 'Assumptions'])
    // Summary: the ask on one page, the charts on the next; the 20-quarter plan prints three pages
    // across, one page long.
    expect(counts.Summary).toBe(2)
    expect(counts['Quarterly Plan']).toBe(3)
    const first = pageText(pdf, 1)
    for (const text of ['Security plan: DataFlow AI - Base', 'Total spend over the', 'The ask: FY2027',
      'security asks for', 'The plan by fiscal year', 'Decisions needed', 'Residual AI risk', 'When each phase is reached',
      'Page 1 of', 'Generated 2026-11-27']) {
      expect(first).toContain(text)
    }
    // Every fiscal year with its total, as the engine has it (in thousands).
    for (const year of projectScenario(LEGACY_DATAFLOW).fiscalYears) {
      expect(first).toMatch(new RegExp(`${year.label}\\s.*\\$${Math.round(year.total / 1000).toLocaleString('en-US')}K`))
    }
    expect(pageText(pdf, 2)).toContain(CHART_TITLES[0])
  })

  it('labels money axes in thousands and millions, and the maturity axis with phase names', () => {
    const pdf = join(dir, 'single.pdf')
    const budgetPage = pageText(pdf, 2)
    for (const label of ['$0', '$500K', '$1.0M', '$1.5M']) expect(budgetPage).toMatch(new RegExp(`(^|\\s)\\${label}\\s`, 'm'))
    expect(budgetPage).not.toMatch(/\$\d,\d{3}K/)
    expect(budgetPage).toContain('P10–P90 range of total spend')
    expect(budgetPage).not.toContain('P10 total spend')
    // The maturity chart sits at the bottom right of the second page, under the budget chart.
    // Half a page wide, the title wraps after "achieved".
    const chartText = pageText(pdf, 2).split('Organisation phase against achieved')[1]
    const axis = chartText.split('\n').map((line) => line.trim().split(/\s{2,}/).at(-1) ?? '')
    for (const phase of ['World-Class', 'Optimization', 'Growth', 'Foundation', 'Ad Hoc']) {
      expect(axis.some((label) => label.startsWith(phase)), phase).toBe(true)
    }
    expect(chartText).not.toContain('Phase (0–4)')
  })

  it('prints the quarterly plan readably: three pages across, the quarters and header on each', () => {
    const pdf = join(dir, 'single.pdf')
    const pages = sheetOfEachPage(pdf).flatMap((name, i) => (name === 'Quarterly Plan' ? [i + 1] : []))
      .map((page) => pageText(pdf, page))
    const [left, right] = [pages[0], pages[pages.length - 1]]
    expect(left).toContain('Quarterly plan: DataFlow AI - Base')
    expect(left).toContain('Budget')
    expect(left).toContain('(USD/quarter)')
    expect(right).toMatch(/P90 total/)
    expect(right).toMatch(/P\(overrun\)/)
    for (const text of [left, right]) {
      expect(text).toContain('Quarter')
      for (const label of ['2027-Q1', '2031-Q4']) expect(text).toContain(label)
    }
    // The title is not printed again, cut off, over the repeated quarter column.
    expect(right).not.toContain('Amounts in')
    expect(right).not.toContain('Minimum an')
  })

  it('shows every sheet title and chart title, and no cell too narrow for its number', () => {
    const pdf = join(dir, 'single.pdf')
    const text = Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1)).join('\n')
    for (const title of ['Analysis: DataFlow AI - Base', 'Quarterly plan: DataFlow AI - Base', 'Hiring: DataFlow AI - Base', 'Tools: DataFlow AI - Base',
      'Maturity: DataFlow AI - Base', 'AI risks: DataFlow AI - Base', 'Assumptions: DataFlow AI - Base']) {
      expect(text).toContain(title)
    }
    // The charts are half a page wide: their titles may wrap after the first few words.
    for (const title of CHART_TITLES) expect(text).toContain(title.split(' ').slice(0, 4).join(' '))
    expect(text).not.toContain('###')
  })

  it('prints the comparison with its chart, and hostile names as plain text', () => {
    const pdf = join(dir, 'multi.pdf')
    const counts = pagesPerSheet(pdf)
    expect(Object.keys(counts)).toEqual(['Summary', 'Comparison', 'Analysis', 'Benchmarks', 'Quarterly Plan', 'Hiring', 'Tools', 'Maturity', 'Capability Plan', 'Capability Map', 'Risks', 'Assumptions'])
    const comparisonPages = sheetOfEachPage(pdf).flatMap((name, i) => (name === 'Comparison' ? [i + 1] : []))
    const text = comparisonPages.map((p) => pageText(pdf, p)).join('\n')
    expect(text).toContain('Comparison: 3 scenarios against')
    expect(text).toContain('Quarterly total spend by scenario')
    expect(text).not.toContain('###')
    // The page header prints the name as typed: its "&P" is not turned into a page number.
    expect(pageText(pdf, 1).split('\n')[0]).toContain(MALICIOUS_NAME)
    render(pdf, comparisonPages[0], 'board-pack-comparison')
  })

  it('renders every page for a person to look at', () => {
    const pdf = join(dir, 'single.pdf')
    expect(statSync(render(pdf, 1, 'board-pack-summary')).size).toBeGreaterThan(10_000)
    expect(statSync(render(pdf, 2, 'board-pack-summary-charts')).size).toBeGreaterThan(10_000)
    const pages = sheetOfEachPage(pdf)
    const seen = new Map<string, number>()
    pages.forEach((name, i) => {
      if (name === 'Summary') return
      const n = (seen.get(name) ?? 0) + 1
      seen.set(name, n)
      render(pdf, i + 1, `board-pack-${name.toLowerCase().replace(/ /g, '-')}${n > 1 ? `-${n}` : ''}`)
    })
  })
})

interface Word {
  top: number
  bottom: number
  text: string
}

/** The words of each page with their boxes, as a PDF reader measures them (`pdftotext -bbox`). */
function wordsOfEachPage(pdf: string): { height: number; words: Word[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 100_000_000 })
  return html.split('<page ').slice(1).map((page) => ({
    height: Number(/height="([\d.]+)"/.exec(page)![1]),
    words: [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)]
      .map((m) => ({ top: Number(m[1]), bottom: Number(m[2]), text: m[3] }))
  }))
}

/** The 0-based p-th quantile of sorted numbers, no interpolation. */
const quantile = (sorted: readonly number[], p: number) => sorted[Math.floor(p * (sorted.length - 1))]

/** Header and footer sit in the top and bottom 0.6 in of the page; the measures are of the body. */
const EDGE = 0.6 * 72
/** Inside the 0.7 in margins: the height the body may fill. */
const MARGINS = 2 * 0.7 * 72

describe('the printed board pack is legible on A4 and US Letter', () => {
  for (const file of ['default-a4.pdf', 'default-letter.pdf', 'single.pdf', 'letter.pdf', 'actuals.pdf']) {
    it(`${file}: on every page the median word is at least 8.5 pt tall, the tenth percentile 7 pt, and no page is mostly empty`, () => {
      const pdf = join(dir, file)
      const sheets = sheetOfEachPage(pdf)
      const pages = wordsOfEachPage(pdf)
      expect(pages.length).toBe(pageCount(pdf))
      const problems = pages.flatMap((page, i) => {
        const body = page.words.filter((w) => w.top > EDGE && w.bottom < page.height - EDGE)
        const heights = body.map((w) => w.bottom - w.top).sort((a, b) => a - b)
        const filled = (Math.max(...body.map((w) => w.bottom)) - Math.min(...body.map((w) => w.top))) / (page.height - MARGINS)
        const where = `page ${i + 1} (${sheets[i]})`
        return [
          ...(quantile(heights, 0.5) < 8.5 ? [`${where}: median word ${quantile(heights, 0.5).toFixed(2)} pt`] : []),
          ...(quantile(heights, 0.1) < 7 ? [`${where}: tenth percentile ${quantile(heights, 0.1).toFixed(2)} pt`] : []),
          ...(filled < 1 / 3 ? [`${where}: only ${Math.round(filled * 100)}% of the page used`] : [])
        ]
      })
      expect(problems).toEqual([])
    })
  }

  it('prints the benchmarks by fiscal year on pages of their own: the plan\'s years, then the cited figures', () => {
    const years = projectScenario(DEFAULT_SCENARIO).fiscalYears
    for (const [file, paper] of [['default-a4.pdf', 'a4'], ['default-letter.pdf', 'letter']] as const) {
      const pdf = join(dir, file)
      const sheets = sheetOfEachPage(pdf)
      const pages = sheets.flatMap((name, i) => (name === 'Benchmarks' ? [i + 1] : []))
      expect(pages, file).toHaveLength(2)
      expect([sheets[pages[0] - 2], sheets[pages[1]]], file).toEqual(['Analysis', 'Quarterly Plan'])
      const [plan, peers] = pages.map((p) => pageText(pdf, p))
      expect(plan).toContain(`Benchmarks by fiscal year: ${DEFAULT_SCENARIO.name}`)
      for (const year of years) {
        const { spendPerEmployee, percentOfRevenue } = year.benchmarks
        expect(plan).toMatch(new RegExp(`${escape(fiscalYearShortDisplay(year))}\\s+${escape(formatMoney(spendPerEmployee!))}\\s.*` +
          `${escape(formatPercent(percentOfRevenue!, 2))}\\s`))
      }
      expect(plan).toMatch(/Peer figure\s+\$2,691\s+38\.00%\s+1–3\.45\s+0\.69%\s+11\.90%\s+reference/)
      expect(peers).toContain('The cited peer figures')
      expect(peers).toContain('Practitioner range')
      expect(peers).not.toContain('Benchmarks by fiscal year')
      for (const text of [plan, peers]) expect(text).not.toContain('###')
      pages.forEach((p, i) => render(pdf, p, `board-pack-benchmarks-default-${paper}-${i + 1}`))
    }
  })

  it('prints on the paper asked for', () => {
    expect(execFileSync('pdfinfo', [join(dir, 'single.pdf')], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/)
    expect(execFileSync('pdfinfo', [join(dir, 'letter.pdf')], { encoding: 'utf8' })).toMatch(/Page size:\s+792 x 612 pts \(letter\)/)
  })

  it('prints the Actuals sheet with the recorded amounts', () => {
    const pdf = join(dir, 'actuals.pdf')
    const pages = sheetOfEachPage(pdf).flatMap((name, i) => (name === 'Actuals' ? [i + 1] : []))
    expect(pages.length).toBeGreaterThan(0)
    const text = pages.map((p) => pageText(pdf, p)).join('\n')
    for (const actual of RECORDED) expect(text).toContain(`$${Math.round(actual.people).toLocaleString('en-US')}`)
    expect(text).toContain('Fiscal year to date')
    expect(text).not.toContain('###')
    render(pdf, pages[0], 'board-pack-actuals')
  })
})

describe('the board deck in LibreOffice Impress', () => {
  const slideCount = async (file: string) => Object.keys((await JSZip.loadAsync(readFileSync(join(dir, file)))).files)
    .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length

  it('opens page for page, a PDF page per slide, each rendered for a person to look at', async () => {
    for (const [file, slides] of [['deck', 6], ['deck-all', 8]] as const) {
      expect(await slideCount(`${file}.pptx`)).toBe(slides)
      const pdf = join(dir, `${file}.pdf`)
      expect(pageCount(pdf)).toBe(slides)
      for (let page = 1; page <= slides; page++) {
        expect(statSync(render(pdf, page, `${file}-slide-${page}`)).size, `${file} slide ${page}`).toBeGreaterThan(5_000)
      }
    }
  })

  it('shows the engine\'s numbers in the slides\' text', () => {
    const pdf = join(dir, 'deck.pdf')
    const flat = (page: number) => pageText(pdf, page).replace(/\s+/g, ' ')
    const years = projectScenario(LEGACY_DATAFLOW).fiscalYears
    const first = flat(1)
    expect(first).toContain(`security asks for ${formatMoneyCompact(years[0].total)}: ${formatMoneyCompact(years[0].people)} for people`)
    for (const year of years) {
      expect(first).toMatch(new RegExp(`${year.label} ${escape(formatMoneyCompact(year.budget))} ${escape(formatMoneyCompact(year.people))} ` +
        `${escape(formatMoneyCompact(year.tools))} ${escape(formatMoneyCompact(year.programs))} ${escape(formatMoneyCompact(year.total))}`))
    }
    expect(flat(2)).toContain('Spend against budget by fiscal year')
    expect(flat(2)).toContain('8% of revenue (blueprint band)')
    const last = projectScenario(LEGACY_DATAFLOW).quarters.at(-1)!
    expect(flat(3)).toContain(`to ${last.headcount.toLocaleString('en-US')} and ${last.securityFte} in ${last.label}`)
    expect(flat(5)).toContain('AI risk before and after')
    const all = join(dir, 'deck-all.pdf')
    expect(pageText(all, 6).replace(/\s+/g, ' ')).toContain('Comparison: 2 scenarios')
    expect(pageText(all, 7).replace(/\s+/g, ' ')).toContain('Plan against actual')
  })
})

const escape = (text: string) => text.replace(/[$.*+?()[\]{}|^\\]/g, '\\$&')

function render(pdf: string, page: number, name: string): string {
  mkdirSync(OUTPUT, { recursive: true })
  const prefix = join(OUTPUT, name)
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix])
  return `${prefix}.png`
}
