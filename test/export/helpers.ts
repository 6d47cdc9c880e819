// Shared by the board-pack tests: scenarios that exercise the pack, and readers for what it wrote.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { QuarterActual } from '../../src/core/actuals'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import type { ScenarioDoc } from '../../src/core/scenario'

export const GENERATED_AT = new Date('2026-11-27T09:30:00Z')
export const SEED = 424242
/** Fewer samples than the default keeps the tests quick; the numbers are checked against the
 * engine run with the same samples and seed. */
export const SAMPLES = 2000

export const MALICIOUS_NAME = '=HYPERLINK("http://evil.example","Click me") & <b>co</b> &P'

/** Three recorded quarters: the first over plan, the second under, the third on people only. The
 * first itemises part of its people, the second nothing; the third part of its people (a planned
 * role left "not itemised"), all of its tools and all of its programs (one unplanned, one planned
 * program at nothing). */
export const RECORDED: QuarterActual[] = [
  { quarter: 0, people: 80_000, tools: 1_000, programs: 0, hires: 1, capabilities: ['first-security-hire', 'ai-risk-assessment'], note: 'Offer accepted early',
    lines: [{ category: 'people', line: 'security-engineer', amount: 60_000 }] },
  { quarter: 1, people: 120_000, tools: 9_000, programs: 8_000, hires: 0, capabilities: ['first-security-hire'], note: '' },
  { quarter: 2, people: 150_000, tools: 20_000, programs: 50_000.5, hires: 2, capabilities: [], note: '=HYPERLINK("x")',
    lines: [
      { category: 'people', line: 'security-engineer', amount: 62_500 },
      { category: 'people', line: 'ai-security-specialist', amount: 80_000 },
      { category: 'tools', line: 'edr', amount: 5_000 },
      { category: 'tools', line: 'compliance-automation', amount: 15_000 },
      { category: 'programs', line: 'Penetration test', amount: 42_000 },
      { category: 'programs', line: 'Bug bounty pilot', amount: 8_000.5 }
    ] }
]

export function leanScenario(): ScenarioDoc {
  return {
    ...LEGACY_DATAFLOW,
    name: 'DataFlow AI - Lean',
    hires: LEGACY_DATAFLOW.hires!.filter((h) => h.role !== 'ciso'),
    tools: LEGACY_DATAFLOW.tools!.map((t) => ({ ...t, point: 'low' as const }))
  }
}

/** Starts two quarters later, in euros, with user text that looks like formulas and markup. */
export function hostileScenario(): ScenarioDoc {
  return {
    ...LEGACY_DATAFLOW,
    name: MALICIOUS_NAME,
    start: '2027-Q3',
    currency: 'EUR',
    programs: [
      { name: '=1+1', quarter: 0, amount: 1000, recurrence: 'once' },
      { name: '@SUM(A1:A2)', quarter: 1, amount: 2000, recurrence: 'annual' },
      { name: '+cmd|\' /C calc\'!A0', quarter: 2, amount: 3000, recurrence: 'quarterly' }
    ]
  }
}

export async function readWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  return workbook
}

export async function unzip(buffer: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buffer)
  const parts = new Map<string, string>()
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir) parts.set(path, await file.async('string'))
  }
  return parts
}

/** The XML part of the sheet called `name`: exceljs writes the sheets as sheet1.xml, sheet2.xml, ...
 * in the workbook's order. */
export function sheetPart(parts: ReadonlyMap<string, string>, workbook: ExcelJS.Workbook, name: string): string {
  const index = workbook.worksheets.findIndex((ws) => ws.name === name)
  const xml = parts.get(`xl/worksheets/sheet${index + 1}.xml`)
  if (index < 0 || xml === undefined) throw new Error(`no sheet part for ${name}`)
  return xml
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name)
  if (!ws) throw new Error(`no sheet ${name}`)
  return ws
}

/** The row number of the first row whose column-A text equals `text`. */
export function rowWith(ws: ExcelJS.Worksheet, text: string, column = 1): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getCell(r, column).value === text) return r
  }
  throw new Error(`no row with "${text}" in ${ws.name}`)
}

/** Column number of a header cell in a row. */
export function columnWith(ws: ExcelJS.Worksheet, row: number, header: string): number {
  const found = (ws.getRow(row).values as unknown[]).indexOf(header)
  if (found < 1) throw new Error(`no header "${header}" in row ${row} of ${ws.name}`)
  return found
}

export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value as { formula?: string } | null
  return value && typeof value === 'object' ? value.formula : undefined
}

/** A formula's cached result (undefined where exceljs reads a cached 0 or empty text back as
 * none), or the cell's value. */
export function resultOf(cell: ExcelJS.Cell): unknown {
  const value = cell.value as { formula?: string; result?: unknown } | null
  return value && typeof value === 'object' && 'formula' in value ? value.result : value
}
