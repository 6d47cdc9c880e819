// Capability Plan: every capability of the catalog with its phase and domain, when the plan has it
// in place (later than planned when it waits for the tools or roles it needs), its prerequisites
// and whether they are in place first. A sheet of its own, so its long names and lists get the
// widths they need and print at a readable size.
import type { Worksheet } from 'exceljs'
import { CAPABILITIES, CAPABILITY_BY_ID, phaseName, quarterLabel, type Capability } from '../../core'
import { freeze, setUpPrinting, writeTable, writeTitle, type ColumnSpec } from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { capabilityNames } from '../story/deadlines'

interface CapabilityRow {
  capability: Capability
  /** The quarter the plan names, and the one it is in place from (null: never within the plan). */
  planned: number | null
  inPlace: number | null
}

const HEADER_ROW = 4

export function writeCapabilityPlanSheet(ws: Worksheet, ctx: SheetContext): void {
  const { doc, projection } = ctx.report
  const timing = new Map(projection.capabilities.map((c) => [c.id, c]))
  const label = (quarter: number | null) => (quarter === null ? 'not planned' : quarterLabel(doc.start, quarter))
  const rows: CapabilityRow[] = CAPABILITIES.map((capability) => {
    const planned = timing.get(capability.id)
    return { capability, planned: planned?.planned ?? null, inPlace: planned ? planned.inPlace : null }
  })
  const inPlaceOf = new Map(rows.map((r) => [r.capability.id, r.inPlace]))
  const inPlace = (r: CapabilityRow): string => {
    if (r.planned === null) return 'not planned'
    if (r.inPlace === null) return `not within the plan (planned ${label(r.planned)}; waits for its needs)`
    return r.inPlace === r.planned ? label(r.inPlace) : `${label(r.inPlace)} (planned ${label(r.planned)}; waits for its needs)`
  }
  const prerequisitesMet = (r: CapabilityRow): string => {
    if (r.inPlace === null) return ''
    const late = r.capability.prerequisites.filter((id) => {
      const when = inPlaceOf.get(id)
      return when === null || when === undefined || when > (r.inPlace as number)
    })
    return late.length === 0 ? 'yes' : `no: ${capabilityNames(late)}`
  }
  const columns: ColumnSpec<CapabilityRow>[] = [
    { header: 'Capability', wrapAt: 34, value: (r) => r.capability.name },
    { header: 'Phase', value: (r) => phaseName(r.capability.phase) },
    { header: 'Domain', value: (r) => r.capability.domain },
    { header: 'In place from (quarter)', wrapAt: 22, value: inPlace },
    { header: 'Prerequisites', wrapAt: 40,
      value: (r) => r.capability.prerequisites
        .map((id) => `${CAPABILITY_BY_ID.get(id)?.name ?? id} (${label(inPlaceOf.get(id) ?? null)})`).join(', ') },
    { header: 'Prerequisites in place first?', wrapAt: 26, value: prerequisitesMet },
    { header: 'Provenance', value: (r) => r.capability.source }
  ]
  writeTitle(ws, `Capability plan: ${doc.name}`,
    'Every capability of the catalog: when the plan has it in place and whether its prerequisites are in place first. ' +
    'Provenance: each capability with its phase and prerequisites is reference (the AI-security maturity blueprint) or derived ' +
    '(Rampart\'s reading of it, such as the Foundation baseline controls), as its last column says; the quarters are the plan\'s.')
  const table = writeTable(ws, { name: 'CapabilityPlan', headerRow: HEADER_ROW, columns, rows })
  freeze(ws, table.firstDataRow, 2)
  setUpPrinting(ws, { ...pageBasics(ctx), repeatRows: { from: HEADER_ROW, to: HEADER_ROW } })
}
