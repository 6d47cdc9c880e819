// Maturity: per quarter, the share of each phase's capabilities in place as a heat map, and the org
// phase against the achieved phase (as names and as index 0-4 for the chart). Below it, when each
// phase is reached (in the plan and as simulated), each deadline with its status and chance, and
// what the next phase needs at the end of the ask's fiscal year.
import type { Worksheet } from 'exceljs'
import {
  ACHIEVED_SCORE, CAPABILITIES_PER_PHASE, fiscalYearLabel, formatRatioAsPercent, nextPhaseNeeds, PHASE_IDS, phaseIndex, phaseName,
  type PhaseId, type QuarterResult
} from '../../core'
import { phaseDateText } from '../../core/uncertaintyText'
import {
  columnLetter, freeze, pagesTall, setUpPrinting, writeNote, writeSection, writeTable, writeTitle, type ColumnSpec, type WrittenTable
} from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { SHEET_NAMES } from '../sheetNames'
import { capabilityNames, planStatusText } from '../story/deadlines'
import { PHASE_DATE_PROVENANCE, SIMULATION_PROVENANCE } from '../story/provenance'
import { argb, COLORS, font, solid } from '../styles'
import { writeBodyRow, writeHeaderRow, type BodyCell } from './gridRows'

const NOT_DUE_FILL = 'E7E6E6'

const SCORED_PHASES = PHASE_IDS.filter((id) => id !== 'adhoc')

export const MATURITY_COLUMNS = {
  quarter: 'Quarter',
  fiscalYear: 'Fiscal year',
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
    { header: c.fiscalYear, value: (q) => fiscalYearLabel(q.fiscalYear) },
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
  // The dates, deadlines and next phase start a page of their own. The quarters' header repeats
  // only where the quarters run over one page: above the tables below it would be noise.
  const noteRow = table.lastDataRow + 1
  ws.getRow(noteRow).addPageBreak()
  const quartersFitOnePage = pagesTall(ws, ctx.model.paper, 'landscape', columns.length, 1, noteRow) <= 1
  let row = writePhaseDates(ws, noteRow + 2, ctx, columns.length)
  row = writeDeadlines(ws, row + 2, ctx, columns.length)
  writeNextPhaseNeeds(ws, row + 2, ctx, columns.length)
  freeze(ws, table.firstDataRow, 2)
  setUpPrinting(ws, { ...pageBasics(ctx), orientation: 'landscape',
    ...(quartersFitOnePage ? {} : { repeatRows: { from: headerRow, to: headerRow } }) })
  return { table }
}

/** Column groups of the grids below the table, on its `width` columns: [first, last] each. */
function spans(width: number, shares: readonly number[]): [number, number][] {
  const total = shares.reduce((a, b) => a + b, 0)
  let next = 1
  return shares.map((share, i) => {
    const last = i === shares.length - 1 ? width : Math.max(next, next + Math.round((share / total) * width) - 1)
    const span: [number, number] = [next, last]
    next = last + 1
    return span
  })
}

/** A header row and body rows over the same column groups; returns the last row written. */
function writeGrid(ws: Worksheet, top: number, groups: readonly [number, number][], headers: readonly string[],
  rows: readonly (readonly BodyCell['value'][])[]): number {
  writeHeaderRow(ws, top, headers.map((text, i) => [text, ...groups[i]] as [string, number, number]))
  ws.getRow(top).height = 30
  rows.forEach((values, r) => writeBodyRow(ws, top + 1 + r, values.map((value, i) => ({ value, from: groups[i][0], to: groups[i][1] }))))
  return top + rows.length
}

/** When the organisation enters each phase and when maturity reaches it, in the plan and simulated;
 * returns the last row written. */
function writePhaseDates(ws: Worksheet, top: number, ctx: SheetContext, width: number): number {
  const { phaseDates } = ctx.report
  writeSection(ws, top, 'When each phase is reached')
  const last = writeGrid(ws, top + 1, spans(width, [2, 2, 2, 3, 2]),
    ['Phase', 'Organisation enters', 'Security maturity reaches (plan)', 'Simulated: P50, and P90', 'Simulated: chance within the plan'],
    phaseDates.map((p) => [
      phaseName(p.phase), p.orgReaches ?? 'not in the plan', p.maturityReaches ?? 'not in the plan',
      p.range ? phaseDateText(p.range) : '', p.range ? formatRatioAsPercent(p.range.reachedProbability, 0) : ''
    ]))
  writeNote(ws, last + 1, `${PHASE_DATE_PROVENANCE} Simulated dates: ${SIMULATION_PROVENANCE}.`)
  return last + 1
}

/** Each deadline: due when, hard or not, met or missed in the plan and the simulated chance it is
 * met; returns the last row written. */
function writeDeadlines(ws: Worksheet, top: number, ctx: SheetContext, width: number): number {
  const { deadlines } = ctx.report
  writeSection(ws, top, 'Deadlines')
  if (deadlines.length === 0) {
    writeNote(ws, top + 1, 'None set in this scenario.')
    return top + 1
  }
  const groups = spans(width, [4, 1, 1, 4, 2])
  const last = writeGrid(ws, top + 1, groups,
    ['Deadline', 'Due', 'Hard', 'In the plan', 'Simulated: chance it is met'],
    deadlines.map((d) => [d.name, d.label, d.hard ? 'yes' : 'no', planStatusText(d), formatRatioAsPercent(d.metProbability, 0)]))
  deadlines.forEach((d, i) => {
    if (!d.met) ws.getCell(top + 2 + i, groups[3][0]).font = font({ bold: true, color: argb(COLORS.red) })
  })
  writeNote(ws, last + 1, 'A deadline is met when every capability it requires is in place by its quarter. ' +
    `Provenance: dates are scenario input; the status is derived; the chance is ${SIMULATION_PROVENANCE}.`)
  return last + 1
}

/** What the next phase needs at the end of the ask's fiscal year: the capabilities not yet in place,
 * prerequisites first, the smallest set that reaches it marked; returns the last row written. */
function writeNextPhaseNeeds(ws: Worksheet, top: number, ctx: SheetContext, width: number): number {
  const { report } = ctx
  const year = report.ask.fiscalYear
  const needs = nextPhaseNeeds(report.projection, year.toQuarter)
  const at = `at the end of ${year.label} (${report.projection.quarters[year.toQuarter].label})`
  if (needs.next === null) {
    writeSection(ws, top, `What the next phase needs ${at}`)
    writeNote(ws, top + 1, `Security maturity is ${phaseName(needs.achieved)}, the last phase.`)
    return top + 1
  }
  writeSection(ws, top, `What ${phaseName(needs.next)} needs ${at}`)
  writeNote(ws, top + 1, `Security maturity is ${phaseName(needs.achieved)}. ${phaseName(needs.next)} needs ${needs.needed} more of its ` +
    `${CAPABILITIES_PER_PHASE[needs.next]} capabilities in place (${Math.round(ACHIEVED_SCORE * 100)}%), each with its prerequisites. ` +
    'Marked: the smallest set that gets there. Provenance: derived from the plan and the catalog\'s prerequisites.')
  const last = writeGrid(ws, top + 2, spans(width, [4, 2, 3, 1, 2]),
    ['Capability', 'Phase', 'Prerequisites not yet in place', 'In the smallest set', 'The plan puts it in place'],
    needs.capabilities.map((c) => [
      c.name, phaseName(c.phase), capabilityNames(c.missingPrerequisites) || 'none', c.inSmallestSet ? 'yes' : '',
      c.plannedQuarter === null ? 'not in the plan' : report.projection.quarters[c.plannedQuarter].label
    ]))
  return last
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
