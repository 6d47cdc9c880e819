// Hiring: the hiring sequence in start order, with what each hire costs and which planned
// capabilities the role helps deliver.
import type { Worksheet } from 'exceljs'
import {
  formatMoney, hireQuarterCost, quarterLabel, ROLE_BY_ID, type Hire
} from '../../../core'
import { capabilitiesEnabledBy, ROLE_CAPABILITIES_SOURCE } from '../../../core/roleCapabilities'
import { columnLetter, freeze, setUpPrinting, writeNote, writeTable, writeTitle, type ColumnSpec } from '../layout'
import type { SheetContext } from '../sheetContext'

interface HireRow {
  sequence: number
  hire: Hire
}

export function writeHiringSheet(ws: Worksheet, ctx: SheetContext): void {
  const { report, formats, currency, model } = ctx
  const { doc } = report
  const growth = doc.salaryGrowthPercent ?? 0
  const rows: HireRow[] = (doc.hires ?? [])
    .map((hire, index) => ({ hire, index }))
    .sort((a, b) => a.hire.quarter - b.hire.quarter || a.index - b.index)
    .map(({ hire }, i) => ({ sequence: i + 1, hire }))

  // What a hire costs over the plan: its quarters on the team, with salary growth (SPEC §3).
  const costOverPlan = (hire: Hire) => {
    let cost = 0
    for (let q = 0; q < doc.quarters; q++) cost += hireQuarterCost(hire, q, growth)
    return cost
  }
  const header = {
    count: 'Count (people)',
    annualCost: `Annual cost per person (${currency}/year)`,
    teamCost: `Annual cost (${currency}/year)`
  }
  const letter = (name: string) => columnLetter(columns.findIndex((c) => c.header === name) + 1)
  const columns: ColumnSpec<HireRow>[] = [
    { header: 'Sequence (#)', numFmt: formats.integer, align: 'center', value: (r) => r.sequence },
    { header: 'Role', wrapAt: 30, value: (r) => ROLE_BY_ID.get(r.hire.role)?.name ?? r.hire.role },
    { header: header.count, numFmt: formats.integer, align: 'center', value: (r) => r.hire.count },
    { header: 'Start quarter', value: (r) => quarterLabel(doc.start, r.hire.quarter) },
    { header: 'Leaves (quarter)', value: (r) => r.hire.endQuarter === undefined ? '' : quarterLabel(doc.start, r.hire.endQuarter) },
    { header: header.annualCost, numFmt: formats.money, value: (r) => r.hire.annualCost },
    { header: header.teamCost, numFmt: formats.money,
      value: (r, row) => ({ formula: `${letter(header.count)}${row}*${letter(header.annualCost)}${row}`, result: r.hire.count * r.hire.annualCost }) },
    { header: `Cost over the plan (${currency}, with salary growth)`, numFmt: formats.money, value: (r) => costOverPlan(r.hire),
      total: { formula: (range) => `SUM(${range})`, result: rows.reduce((s, r) => s + costOverPlan(r.hire), 0) } },
    { header: 'Salary provenance', value: (r) => salaryProvenance(r.hire) },
    { header: 'Capabilities it helps deliver (planned quarter)', wrapAt: 60,
      value: (r) => capabilitiesEnabledBy(r.hire, doc).map((c) => `${c.name} (${quarterLabel(doc.start, c.quarter)})`).join('; ') }
  ]

  writeTitle(ws, `Hiring: ${doc.name}`,
    `Hires in the order they start. Salary growth ${growth}% a year. Capabilities a role helps deliver are an ` +
    `${ROLE_CAPABILITIES_SOURCE} mapping of roles to the capability catalog.`)
  const headerRow = 4
  if (rows.length === 0) {
    writeNote(ws, headerRow, 'The scenario plans no hires.')
  } else {
    const table = writeTable(ws, { name: 'HiringPlan', headerRow, columns, rows, totalsLabel: 'Total' })
    freeze(ws, table.firstDataRow, 3)
  }
  setUpPrinting(ws, { scenarioName: doc.name, dateLabel: model.dateLabel,
    repeatRows: { from: headerRow, to: headerRow } })
}

function salaryProvenance(hire: Hire): string {
  const role = ROLE_BY_ID.get(hire.role)
  if (!role) return 'scenario input'
  return hire.annualCost === role.annualCost
    ? `${role.source} (catalog ${formatMoney(role.annualCost)})`
    : `scenario input (catalog ${formatMoney(role.annualCost)}, ${role.source})`
}
