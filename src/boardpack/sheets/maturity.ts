// Maturity: per quarter, the share of each phase's capabilities in place as a heat map, and the org
// phase against the achieved phase (as names and as index 0-4 for the chart).
import type { Worksheet } from 'exceljs'
import {
  ACHIEVED_SCORE, CAPABILITIES_PER_PHASE, PHASE_IDS, phaseIndex, phaseName, type PhaseId, type QuarterResult
} from '../../core'
import { columnLetter, freeze, setUpPrinting, writeNote, writeTable, writeTitle, type ColumnSpec, type WrittenTable } from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { SHEET_NAMES } from '../sheetNames'
import { argb, COLORS, font, solid } from '../styles'

const NOT_DUE_FILL = 'E7E6E6'

const SCORED_PHASES = PHASE_IDS.filter((id) => id !== 'adhoc')

export const MATURITY_COLUMNS = {
  quarter: 'Quarter',
  headcount: 'Headcount (employees)',
  orgPhase: 'Org phase',
  orgIndex: 'Org phase index (0–4)',
  achievedPhase: 'Achieved maturity phase',
  achievedIndex: 'Achieved phase index (0–4)',
  gap: 'Maturity gap (phases)'
} as const

function phaseScoreHeader(id: PhaseId): string {
  return `${phaseName(id)} (% of ${CAPABILITIES_PER_PHASE[id]} in place)`
}

export interface MaturityLayout {
  table: WrittenTable
}

export function writeMaturitySheet(ws: Worksheet, ctx: SheetContext): MaturityLayout {
  const { report, formats } = ctx
  const rows = report.projection.quarters
  const c = MATURITY_COLUMNS
  const columns: ColumnSpec<QuarterResult>[] = [
    { header: c.quarter, value: (q) => q.label },
    { header: c.headcount, numFmt: formats.integer, value: (q) => q.headcount },
    { header: c.orgPhase, value: (q) => phaseName(q.orgPhase) },
    { header: c.orgIndex, numFmt: formats.integer, align: 'center', value: (q) => phaseIndex(q.orgPhase) },
    { header: c.achievedPhase, value: (q) => phaseName(q.maturityPhase) },
    { header: c.achievedIndex, numFmt: formats.integer, align: 'center', value: (q) => phaseIndex(q.maturityPhase) },
    { header: c.gap, numFmt: formats.integer, align: 'center', value: (q) => q.maturityGap },
    ...SCORED_PHASES.map((id): ColumnSpec<QuarterResult> => ({
      header: phaseScoreHeader(id), numFmt: formats.percent0, align: 'center', value: (q) => q.phaseScores[id]
    }))
  ]
  writeTitle(ws, `Maturity: ${report.doc.name}`,
    'Share of each phase\'s capabilities in place per quarter (heat map). A phase is achieved when it and every ' +
    'earlier phase have at least 80% in place; the gap is org phase minus achieved phase (positive: security lags).')
  const headerRow = 4
  const table = writeTable(ws, { name: 'MaturityByQuarter', headerRow, columns, rows })

  const firstScore = columns.length - SCORED_PHASES.length + 1
  const dueRanges = shadePhasesNotYetDue(ws, rows, table.firstDataRow, firstScore)
  if (dueRanges.length > 0) {
    ws.addConditionalFormatting({
      ref: dueRanges.join(' '),
      rules: [{
        type: 'colorScale', priority: 1,
        cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 0.8 }, { type: 'num', value: 1 }],
        color: [argb('F8696B'), argb('FFEB84'), argb('63BE7B')]
      }]
    })
  }
  const gapColumn = columnLetter(table.columnOf(c.gap))
  ws.addConditionalFormatting({
    ref: `${gapColumn}${table.firstDataRow}:${gapColumn}${table.lastDataRow}`,
    rules: [{
      type: 'cellIs', operator: 'greaterThan', formulae: ['0'], priority: 2,
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: argb('FFC7CE') }, font: { color: argb('9C0006') } }
    }]
  })

  writeNote(ws, table.lastDataRow + 1,
    `Heat map: red to green is 0% to 100% of a phase's capabilities in place (${Math.round(ACHIEVED_SCORE * 100)}% achieves it). ` +
    `Grey: a phase above the organisation's phase in that quarter, not yet due. Every capability with its prerequisites: ${SHEET_NAMES.capabilityPlan}.`)
  freeze(ws, table.firstDataRow, 2)
  setUpPrinting(ws, { ...pageBasics(ctx), repeatRows: { from: headerRow, to: headerRow } })
  return { table }
}

/**
 * Greys the scores of phases above the organisation's phase in each quarter: 0% of World-Class
 * in a 50-person company is expected, not a failing. Returns the cells of phases that are due, in
 * runs of rows per column, for the colour scale.
 */
function shadePhasesNotYetDue(
  ws: Worksheet, rows: readonly QuarterResult[], firstDataRow: number, firstScoreColumn: number
): string[] {
  const ranges: string[] = []
  SCORED_PHASES.forEach((id, k) => {
    const column = firstScoreColumn + k
    const letter = columnLetter(column)
    let runStart: number | null = null
    rows.forEach((q, i) => {
      const row = firstDataRow + i
      const due = phaseIndex(q.orgPhase) >= phaseIndex(id)
      if (!due) {
        const cell = ws.getCell(row, column)
        cell.fill = solid(NOT_DUE_FILL)
        cell.font = font({ color: argb(COLORS.grey) })
      }
      if (due && runStart === null) runStart = row
      const runEnds = runStart !== null && (!due || i === rows.length - 1)
      if (runEnds) {
        ranges.push(`${letter}${runStart}:${letter}${due ? row : row - 1}`)
        runStart = null
      }
    })
  })
  return ranges
}
