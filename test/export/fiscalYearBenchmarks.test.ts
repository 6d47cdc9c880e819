// Analysis's benchmarks by fiscal year, read back from the real xlsx: each fiscal year's figures are
// the engine's own (core's fiscalYears[].benchmarks), each peer figure the catalog's, with provenance.
import type ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO, FISCAL_YEAR_BENCHMARK_ROWS, peerFigures, projectScenario, type Projection } from '../../src/core'
import { buildBoardPack, SHEET_NAMES } from '../../src/boardpack'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { GENERATED_AT, readWorkbook, rowWith, SEED, sheet } from './helpers'

const TITLE = 'Benchmarks by fiscal year, beside the cited peer figures'

async function analysisOf(doc: typeof DEFAULT_SCENARIO): Promise<ExcelJS.Worksheet> {
  const pack = await buildBoardPack([doc], { generatedAt: GENERATED_AT, seed: SEED, samples: 500 })
  return sheet(await readWorkbook(pack), SHEET_NAMES.analysis)
}

/** The values of the fiscal-year rows under the table's header, in the metrics' columns (3, 5, 7, 9, 11). */
function yearRows(ws: ExcelJS.Worksheet, projection: Projection): unknown[][] {
  const header = rowWith(ws, TITLE) + 1
  return projection.fiscalYears.map((_, i) =>
    [1, 3, 5, 7, 9, 11, 13].map((c) => ws.getCell(header + 1 + i, c).value))
}

function expectedRows(projection: Projection): unknown[][] {
  return projection.fiscalYears.map((y) => [
    y.partial ? `${y.label} (partial)` : y.label,
    ...FISCAL_YEAR_BENCHMARK_ROWS.map((row) => {
      const value = y.benchmarks[row.key]
      if (value === null) return 'n/a'
      return row.kind === 'percent' ? value / 100 : value
    }),
    'derived'
  ])
}

describe('Analysis: benchmarks by fiscal year for the default plan (with an IT budget)', () => {
  const projection = projectScenario(DEFAULT_SCENARIO)
  let ws: ExcelJS.Worksheet
  beforeAll(async () => { ws = await analysisOf(DEFAULT_SCENARIO) })

  it('writes each fiscal year\'s benchmarks exactly as the engine computes them, derived', () => {
    expect(projection.fiscalYears.length).toBeGreaterThan(2)
    expect(projection.fiscalYears.every((y) => y.benchmarks.percentOfIt !== null)).toBe(true)
    expect(yearRows(ws, projection)).toEqual(expectedRows(projection))
    const header = rowWith(ws, TITLE) + 1
    expect([1, 3, 5, 7, 9, 11, 13].map((c) => ws.getCell(header, c).value)).toEqual([
      'Fiscal year', 'Spend per employee', 'People share of spend', 'Security FTE per 100 employees',
      '% of revenue', '% of IT budget', 'Provenance'
    ])
  })

  it('formats them as the sheet\'s other numbers: money in the plan\'s currency, percents, two decimals', () => {
    const first = rowWith(ws, TITLE) + 2
    expect([3, 5, 7, 9, 11].map((c) => ws.getCell(first, c).numFmt)).toEqual(
      ['"$"#,##0;[Red]-"$"#,##0', '0%', '#,##0.00', '0.00%', '0.0%'])
  })

  it('sets each metric\'s headline peer figure under its column, with source and year, reference', () => {
    const peer = rowWith(ws, 'Peer figure')
    expect(peer).toBe(rowWith(ws, TITLE) + 2 + projection.fiscalYears.length)
    const headline = FISCAL_YEAR_BENCHMARK_ROWS.map((row) => peerFigures(row.metric)[0])
    expect(headline.map((b) => b.id)).toEqual(
      ['deloitte-2020-per-employee', 'ians-2023-people', 'practitioner-fte-range', 'ians-2024-revenue', 'ians-2024-it-revised'])
    expect([1, 3, 5, 7, 9, 11, 13].map((c) => ws.getCell(peer, c).value)).toEqual(['Peer figure', 2691, 38 / 100, '1–3.45', 0.69 / 100, 11.9 / 100, 'reference'])
    expect([3, 5, 9, 11].map((c) => ws.getCell(peer, c).numFmt)).toEqual(['"$"#,##0;[Red]-"$"#,##0', '0.00%', '0.00%', '0.00%'])
    const note = String(ws.getCell(peer + 1, 1).value)
    for (const [i, b] of headline.entries()) {
      const kind = b.basis === 'practitioner' ? 'practitioner range: ' : ''
      expect(note).toContain(`${FISCAL_YEAR_BENCHMARK_ROWS[i].label}, ${kind}${b.source}, ${b.year}`)
    }
    expect(note).toContain('security FTE per 100 employees, practitioner range: Practitioner guidance (not a survey), 2024')
  })
})

describe('Analysis: benchmarks by fiscal year for the legacy plan (no IT budget)', () => {
  it('writes n/a for % of IT budget and the engine\'s other figures exactly', async () => {
    const projection = projectScenario(LEGACY_DATAFLOW)
    const ws = await analysisOf(LEGACY_DATAFLOW)
    expect(projection.fiscalYears.every((y) => y.benchmarks.percentOfIt === null)).toBe(true)
    const rows = yearRows(ws, projection)
    expect(rows).toEqual(expectedRows(projection))
    expect(rows.map((r) => r[5])).toEqual(projection.fiscalYears.map(() => 'n/a'))
  })
})
