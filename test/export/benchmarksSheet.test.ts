// The Benchmarks sheet read back from the real xlsx: each fiscal year's figures are the engine's own
// (core's fiscalYears[].benchmarks, paired by FISCAL_YEAR_BENCHMARK_ROWS), each peer figure the
// catalog's, with provenance, the pack's fiscal-year labels, number formats and print setup.
import type ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO, FISCAL_YEAR_BENCHMARK_ROWS, peerFigures, projectScenario, type Projection, type ScenarioDoc } from '../../src/core'
import { buildBoardPack, SHEET_NAMES } from '../../src/boardpack'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { GENERATED_AT, hostileScenario, readWorkbook, rowWith, SEED, sheet, sheetPart, unzip } from './helpers'

const YEAR_TABLE = 'The plan by fiscal year, beside the headline peer figure'
const PEER_TABLE = 'The cited peer figures'
/** The first column of the fiscal year, of each metric, and of provenance. */
const YEAR_COLUMNS = [1, 3, 5, 7, 9, 11, 13]
const PEER_COLUMNS = [1, 4, 6, 12, 13]

async function packOf(doc: ScenarioDoc, paper: 'a4' | 'letter' = 'a4'): Promise<ExcelJS.Workbook> {
  return readWorkbook(await buildBoardPack([doc], { generatedAt: GENERATED_AT, seed: SEED, samples: 200, paper }))
}

/** The rows the Benchmarks sheet's manual page breaks follow, as its XML holds them. */
async function rowBreaksOf(pack: Buffer, book: ExcelJS.Workbook): Promise<number[]> {
  const xml = sheetPart(await unzip(pack), book, SHEET_NAMES.benchmarks)
  return [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))
}

/** The values of the fiscal-year rows under the year table's header. */
function yearRows(ws: ExcelJS.Worksheet, projection: Projection): unknown[][] {
  const header = rowWith(ws, YEAR_TABLE) + 1
  return projection.fiscalYears.map((_, i) => YEAR_COLUMNS.map((c) => ws.getCell(header + 1 + i, c).value))
}

/** Written out by hand rather than with the pack's own helper: `FY2028`, or `FY2031 (2 qtrs)`. */
const yearLabel = (y: Projection['fiscalYears'][number]) =>
  (y.partial ? `${y.label} (${y.quarters.length} qtr${y.quarters.length === 1 ? '' : 's'})` : y.label)

function expectedRows(projection: Projection): unknown[][] {
  return projection.fiscalYears.map((y) => [
    yearLabel(y),
    ...FISCAL_YEAR_BENCHMARK_ROWS.map((row) => {
      const value = y.benchmarks[row.key]
      if (value === null) return 'n/a'
      return row.kind === 'percent' ? value / 100 : value
    }),
    'derived'
  ])
}

describe('the Benchmarks sheet for the default plan (with an IT budget)', () => {
  const projection = projectScenario(DEFAULT_SCENARIO)
  let pack: Buffer
  let book: ExcelJS.Workbook
  let ws: ExcelJS.Worksheet
  beforeAll(async () => {
    pack = await buildBoardPack([DEFAULT_SCENARIO], { generatedAt: GENERATED_AT, seed: SEED, samples: 200 })
    book = await readWorkbook(pack)
    ws = sheet(book, SHEET_NAMES.benchmarks)
  })

  it('comes right after Analysis, titled with the scenario', () => {
    const names = book.worksheets.map((w) => w.name)
    expect(names.indexOf('Benchmarks')).toBe(names.indexOf('Analysis') + 1)
    expect(ws.getCell('A1').value).toBe(`Benchmarks by fiscal year: ${DEFAULT_SCENARIO.name}`)
  })

  it('writes each fiscal year\'s benchmarks exactly as the engine computes them, derived, under the pack\'s year labels', () => {
    expect(projection.fiscalYears.length).toBeGreaterThan(2)
    expect(projection.fiscalYears.every((y) => y.benchmarks.percentOfIt !== null)).toBe(true)
    expect(yearRows(ws, projection)).toEqual(expectedRows(projection))
    // The Summary names the same fiscal years the same way.
    const summary = sheet(book, SHEET_NAMES.summary)
    const summaryText: unknown[] = []
    summary.eachRow((row) => row.eachCell((cell) => summaryText.push(cell.value)))
    for (const y of projection.fiscalYears) expect(summaryText).toContain(yearLabel(y))
    const header = rowWith(ws, YEAR_TABLE) + 1
    expect(YEAR_COLUMNS.map((c) => ws.getCell(header, c).value)).toEqual([
      'Fiscal year', 'Spend per employee', 'People share of spend', 'Security FTE per 100 employees',
      '% of revenue', '% of IT budget', 'Provenance'
    ])
  })

  it('formats money in the plan\'s currency and percents as percents, the engine\'s figures grey', () => {
    const first = rowWith(ws, YEAR_TABLE) + 2
    expect(YEAR_COLUMNS.slice(1, 6).map((c) => ws.getCell(first, c).numFmt)).toEqual(
      ['"$"#,##0;[Red]-"$"#,##0', '0%', '#,##0.00', '0.00%', '0.0%'])
    expect(ws.getCell(first, 3).font?.color?.argb).toBe('FF808080')
  })

  it('sets each metric\'s headline peer figure under its column, reference', () => {
    const peer = rowWith(ws, 'Peer figure')
    expect(peer).toBe(rowWith(ws, YEAR_TABLE) + 2 + projection.fiscalYears.length)
    const headline = FISCAL_YEAR_BENCHMARK_ROWS.map((row) => peerFigures(row.metric)[0])
    expect(headline.map((b) => b.id)).toEqual(
      ['deloitte-2020-per-employee', 'ians-2023-people', 'practitioner-fte-range', 'ians-2024-revenue', 'ians-2024-it-revised'])
    expect(YEAR_COLUMNS.map((c) => ws.getCell(peer, c).value)).toEqual(['Peer figure', 2691, 38 / 100, '1–3.45', 0.69 / 100, 11.9 / 100, 'reference'])
    expect([3, 5, 9, 11].map((c) => ws.getCell(peer, c).numFmt)).toEqual(['"$"#,##0;[Red]-"$"#,##0', '0.00%', '0.00%', '0.00%'])
    expect(String(ws.getCell(peer + 1, 1).value)).toContain('Spend per employee is annualised for a partial year')
  })

  it('lists every cited peer figure beside its metric, with what it measures, source, year and provenance', () => {
    const header = rowWith(ws, PEER_TABLE) + 1
    expect(PEER_COLUMNS.map((c) => ws.getCell(header, c).value)).toEqual(
      ['Metric', 'Peer figure', 'What it measures and source', 'Year', 'Provenance'])
    const expected = FISCAL_YEAR_BENCHMARK_ROWS.flatMap((row) => peerFigures(row.metric).map((b) => [
      row.label.charAt(0).toUpperCase() + row.label.slice(1),
      b.high !== undefined ? `${Number(b.value.toFixed(2))}–${Number(b.high.toFixed(2))}` : b.unit === '%' ? b.value / 100 : b.value,
      `${b.basis === 'practitioner' ? (b.high === undefined ? 'Practitioner rule of thumb: ' : 'Practitioner range: ') : ''}${b.label} (${b.source})`,
      b.year, b.provenance
    ]))
    const written = expected.map((_, i) => PEER_COLUMNS.map((c) => ws.getCell(header + 1 + i, c).value))
    expect(written).toEqual(expected)
    expect(written.find((r) => r[1] === '1–3.45')?.[2]).toMatch(/^Practitioner range: /)
    // The 2024 edition's 13.2% of IT gives way to its revision, as everywhere else.
    expect(written.map((r) => r[1])).not.toContain(13.2 / 100)
    expect(written.map((r) => r[1])).toContain(11.9 / 100)
    expect(ws.getCell(header + 1, 4).numFmt).toBe('"$"#,##0;[Red]-"$"#,##0')
  })

  it('prints landscape on A4 and Letter, the cited figures starting a page of their own', async () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' })
    expect(await rowBreaksOf(pack, book)).toEqual([rowWith(ws, PEER_TABLE) - 1])
    expect(ws.pageSetup.printArea).toMatch(/^A1:N\d+$/)
    expect(ws.headerFooter.oddFooter).toContain('Page &P of &N')
    const letter = sheet(await packOf(DEFAULT_SCENARIO, 'letter'), SHEET_NAMES.benchmarks)
    expect(letter.pageSetup).toMatchObject({ paperSize: 1, orientation: 'landscape' })
  })
})

describe('the Benchmarks sheet for a plan of one year', () => {
  it('keeps the cited figures on the years\' page rather than leave it mostly empty', async () => {
    const doc = { ...DEFAULT_SCENARIO, quarters: 4 }
    const pack = await buildBoardPack([doc], { generatedAt: GENERATED_AT, seed: SEED, samples: 200 })
    const book = await readWorkbook(pack)
    expect(yearRows(sheet(book, SHEET_NAMES.benchmarks), projectScenario(doc))).toEqual(expectedRows(projectScenario(doc)))
    expect(await rowBreaksOf(pack, book)).toEqual([])
  })
})

describe('the Benchmarks sheet for the legacy plan (no IT budget)', () => {
  it('writes n/a for % of IT budget and the engine\'s other figures exactly', async () => {
    const projection = projectScenario(LEGACY_DATAFLOW)
    const ws = sheet(await packOf(LEGACY_DATAFLOW), SHEET_NAMES.benchmarks)
    expect(projection.fiscalYears.every((y) => y.benchmarks.percentOfIt === null)).toBe(true)
    const rows = yearRows(ws, projection)
    expect(rows).toEqual(expectedRows(projection))
    expect(rows.map((r) => r[5])).toEqual(projection.fiscalYears.map(() => 'n/a'))
  })
})

describe('the Benchmarks sheet for a plan with partial fiscal years, in euros', () => {
  it('labels a partial year with its quarters and writes money in the plan\'s currency', async () => {
    const doc = hostileScenario()
    const projection = projectScenario(doc)
    expect(projection.fiscalYears.some((y) => y.partial)).toBe(true)
    const ws = sheet(await packOf(doc), SHEET_NAMES.benchmarks)
    expect(yearRows(ws, projection)).toEqual(expectedRows(projection))
    expect(yearRows(ws, projection)[0][0]).toMatch(/^FY\d{4} \(2 qtrs\)$/)
    expect(ws.getCell(rowWith(ws, YEAR_TABLE) + 2, 3).numFmt).toBe('"€"#,##0;[Red]-"€"#,##0')
  })
})
