// Hiring: the hiring sequence in start order, with what each hire costs, then which planned
// capabilities each role helps deliver. Count, start, leaving quarter and pay are inputs: the
// Quarterly Plan's people and security FTE, and each hire's cost over the plan, follow them.
import type { Worksheet } from 'exceljs'
import {
  formatMoney, hireQuarterCost, peopleRates, quarterLabel, ROLE_BY_ID, type Hire
} from '../../core'
import { capabilitiesEnabledBy, ROLE_CAPABILITIES_SOURCE } from '../../core/roleCapabilities'
import {
  columnLetter, freeze, pagesTall, setUpPrinting, STANDARD_LEGEND, textCapacity, widthOf, wrappedLineCount, writeLegend, writeNote, writeSection,
  writeTable, writeTitle, type ColumnSpec
} from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { catalogPayOf } from '../story/catalogUse'
import { SHEET_NAMES } from '../sheetNames'
import { font, HEADER_FILL, HEADER_FONT, THIN_BORDER } from '../styles'
import type { AssumptionLinks, HiringLinks, PlanReferences } from './links'

interface HireRow {
  sequence: number
  hire: Hire
}

const HEADER_ROW = 4
/** About as many one-line hire rows as the first printed page holds under the title. */
const HIRES_ON_FIRST_PAGE = 30

export function writeHiringSheet(
  ws: Worksheet, ctx: SheetContext, plan: PlanReferences, assumptions: AssumptionLinks
): HiringLinks | null {
  const { report, formats, currency } = ctx
  const { doc } = report
  const growth = doc.salaryGrowthPercent ?? 0
  const rates = peopleRates(doc)
  const basePayOnly = rates.loadFactor === 1 && rates.feeRate === 0
  const rows: HireRow[] = (doc.hires ?? [])
    .map((hire, index) => ({ hire, index }))
    .sort((a, b) => a.hire.quarter - b.hire.quarter || a.index - b.index)
    .map(({ hire }, i) => ({ sequence: i + 1, hire }))

  // What a hire costs over the plan: its quarters on the team, with salary growth (docs/model.md).
  const costOverPlan = (hire: Hire) => {
    let cost = 0
    for (let q = 0; q < doc.quarters; q++) cost += hireQuarterCost(hire, q, rates)
    return cost
  }
  const header = {
    count: 'Count (people)',
    start: 'Start quarter',
    leaves: 'Leaves (quarter)',
    annualCost: `Annual cost per person (${currency}/year)`,
    teamCost: `Annual cost (${currency}/year)`
  }
  const letter = (name: string) => columnLetter(columns.findIndex((c) => c.header === name) + 1)
  const ref = (name: string, row: number) => `${letter(name)}${row}`
  const columns: ColumnSpec<HireRow>[] = [
    { header: '#', numFmt: formats.integer, align: 'center', value: (r) => r.sequence },
    { header: 'Role', value: (r) => ROLE_BY_ID.get(r.hire.role)?.name ?? r.hire.role },
    { header: header.count, numFmt: formats.integer, align: 'center', kind: 'input', value: (r) => r.hire.count },
    { header: header.start, kind: 'input', value: (r) => quarterLabel(doc.start, r.hire.quarter) },
    { header: header.leaves, kind: 'input',
      value: (r) => r.hire.endQuarter === undefined ? '' : quarterLabel(doc.start, r.hire.endQuarter) },
    { header: header.annualCost, numFmt: formats.money, kind: 'input', value: (r) => r.hire.annualCost },
    { header: header.teamCost, numFmt: formats.money, kind: 'formula',
      value: (r, row) => ({ formula: `${ref(header.count, row)}*${ref(header.annualCost, row)}`, result: r.hire.count * r.hire.annualCost }) },
    // The quarters of the plan the hire is on the team, each at its plan year's pay.
    // With overhead or recruiting fees the cost is the engine's value: the formula models base pay only.
    { header: `Cost over the plan (${currency}, with salary growth)`, numFmt: formats.money, kind: basePayOnly ? 'formula' : 'value',
      value: (r, row) => basePayOnly ? {
        formula: `SUMPRODUCT((${plan.quarters}>=${ref(header.start, row)})*((${plan.quarters}<${ref(header.leaves, row)})+(${ref(header.leaves, row)}=""))` +
          `*(1+${assumptions.cell('salaryGrowth')})^(${plan.planYears}-1))*${ref(header.teamCost, row)}/4`,
        result: costOverPlan(r.hire)
      } : costOverPlan(r.hire),
      total: { formula: (range) => `SUM(${range})`, result: rows.reduce((s, r) => s + costOverPlan(r.hire), 0) } },
    { header: 'Salary provenance', value: (r) => salaryProvenance(r.hire) }
  ]

  writeTitle(ws, `Hiring: ${doc.name}`,
    `Hires in the order they start. Salary growth ${growth}% a year (an input on ${SHEET_NAMES.assumptions}). ` +
    `A hire is on the team from its start quarter until the quarter it leaves.`)
  writeLegend(ws, 3, 1, STANDARD_LEGEND)
  if (rows.length === 0) {
    writeNote(ws, HEADER_ROW, 'The scenario plans no hires.')
    setUpPrinting(ws, pageBasics(ctx))
    return null
  }
  const table = writeTable(ws, { name: 'HiringPlan', headerRow: HEADER_ROW, columns, rows, totalsLabel: 'Total' })
  const long = rows.length > HIRES_ON_FIRST_PAGE
  writeCapabilities(ws, ctx, rows, table.totalsRow! + 3, columns.length)
  // A long list of hires, or hires and capabilities that would spill a little on to a second
  // page, are followed by the capabilities on a page of their own.
  if (long || pagesTall(ws, ctx.model.paper, 'landscape', columns.length, 1, ws.rowCount) > 1) {
    ws.getRow(table.totalsRow! + 1).addPageBreak()
  }
  freeze(ws, table.firstDataRow, 3)
  // Title rows repeat on every page from the one they are on, so they would also head the
  // capabilities below, which have columns of their own: the table's header repeats only when
  // the table itself runs past its first page.
  setUpPrinting(ws, { ...pageBasics(ctx),
    ...(long ? { repeatRows: { from: HEADER_ROW, to: HEADER_ROW } } : {}) })
  const range = (name: string) => `${SHEET_NAMES.hiring}!${table.dataRange(name)}`
  return {
    counts: range(header.count), starts: range(header.start), leaves: range(header.leaves), annualCosts: range(header.teamCost)
  }
}

/**
 * Which planned capabilities each hire helps deliver, below the hiring table so its rows stay one
 * line each: the hire's number and role, then the capabilities across the remaining columns.
 */
function writeCapabilities(ws: Worksheet, ctx: SheetContext, rows: readonly HireRow[], sectionRow: number, lastColumn: number): void {
  const { doc } = ctx.report
  writeSection(ws, sectionRow, 'Capabilities each hire helps deliver (planned quarter)')
  writeNote(ws, sectionRow + 1,
    `An ${ROLE_CAPABILITIES_SOURCE} mapping of roles to the capability catalog: the planned capabilities a role builds or runs ` +
    'that land while the hire is on the team.')
  const headerRow = sectionRow + 2
  const header = ws.getRow(headerRow)
  ws.mergeCells(headerRow, 3, headerRow, lastColumn)
  for (const [column, text] of [[1, '#'], [2, 'Role'], [3, 'Capabilities it helps deliver (planned quarter)']] as const) {
    const cell = header.getCell(column)
    cell.value = text
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = { vertical: 'middle', horizontal: column === 3 ? 'left' : 'center', indent: column === 3 ? 1 : 0 }
    cell.border = THIN_BORDER
  }
  header.height = 20

  const capacity = textCapacity(widthOf(ws, 3, lastColumn))
  rows.forEach((r, i) => {
    const row = headerRow + 1 + i
    const enabled = capabilitiesEnabledBy(r.hire, doc).map((c) => `${c.name} (${quarterLabel(doc.start, c.quarter)})`).join('; ')
    ws.mergeCells(row, 3, row, lastColumn)
    const values = [r.sequence, ROLE_BY_ID.get(r.hire.role)?.name ?? r.hire.role, enabled || 'none planned while on the team']
    values.forEach((value, k) => {
      const cell = ws.getCell(row, k + 1)
      cell.value = value
      cell.font = font({})
      cell.alignment = k === 0 ? { vertical: 'top', horizontal: 'center' } : { vertical: 'top', wrapText: true, indent: 1 }
    })
    for (let c = 1; c <= lastColumn; c++) ws.getCell(row, c).border = THIN_BORDER
    const lines = wrappedLineCount(enabled, capacity)
    ws.getRow(row).height = 15 * lines + 3
  })
}

/** Short, so a hire stays one line: the catalog's own figure, or the scenario's with the
 * catalog's for comparison. */
function salaryProvenance(hire: Hire): string {
  const role = ROLE_BY_ID.get(hire.role)
  if (!role) return 'scenario input'
  return catalogPayOf(hire)
    ? `${role.source} (catalog ${formatMoney(role.annualCost)})`
    // The catalog's figure is named for comparison; its provenance shows when the hire uses it.
    : `scenario input (catalog ${formatMoney(role.annualCost)})`
}
