// Risks: the AI risk register (likelihood, impact, priority, mitigating capabilities) and the
// residual risk of each risk by quarter as the mitigating capabilities land.
import type { Worksheet } from 'exceljs'
import {
  CAPABILITY_BY_ID, quarterLabel, type RiskTimeline
} from '../../core'
import { columnLetter, freeze, setUpPrinting, writeNote, writeSection, writeTable, writeTitle, type ColumnSpec } from '../layout'
import { pageBasics, type SheetContext } from '../sheetContext'
import { RISK_PROVENANCE } from '../story/provenance'
import { argb } from '../styles'

const SCORE_SCALE = '1–12'

export function writeRisksSheet(ws: Worksheet, ctx: SheetContext): void {
  const { report, formats } = ctx
  const { doc, risks } = report
  const planned = new Map((doc.capabilities ?? []).map((c) => [c.id, c.quarter]))
  const last = doc.quarters - 1
  const mitigations = (t: RiskTimeline) => t.risk.mitigatedBy.map((id) => {
    const when = planned.get(id)
    const name = CAPABILITY_BY_ID.get(id)?.name ?? id
    return `${name} (${when === undefined ? 'not planned' : quarterLabel(doc.start, when)})`
  }).join('; ')

  const register: ColumnSpec<RiskTimeline>[] = [
    { header: 'Risk', wrapAt: 24, value: (t) => t.risk.name },
    { header: 'Likelihood', value: (t) => t.risk.likelihood },
    { header: 'Impact', value: (t) => t.risk.impact },
    { header: 'Priority', value: (t) => t.risk.priority },
    { header: `Inherent score (${SCORE_SCALE})`, numFmt: formats.decimal1, align: 'center', value: (t) => t.inherentScore },
    { header: `Residual score at ${quarterLabel(doc.start, last)} (${SCORE_SCALE})`, numFmt: formats.decimal1, align: 'center',
      value: (t) => t.quarters[last].score },
    { header: 'Mitigating capabilities (planned quarter)', wrapAt: 34, value: mitigations }
  ]
  writeTitle(ws, `AI risks: ${doc.name}`,
    `Score = likelihood (1–3) × impact (1–4). Each mitigating capability in place cuts the score; with all of them ` +
    'a risk keeps a quarter of its inherent score, because controls reduce risk, they do not remove it.')
  writeNote(ws, 3, RISK_PROVENANCE)
  const headerRow = 4
  const table = writeTable(ws, { name: 'RiskRegister', headerRow, columns: register, rows: risks })

  // The heat map starts a page of its own, its header printed again on every page it runs on to.
  ws.getRow(table.lastDataRow + 1).addPageBreak()
  const byQuarterSection = table.lastDataRow + 2
  writeSection(ws, byQuarterSection, `Residual risk by quarter (score ${SCORE_SCALE}, heat map)`)
  const quarters = Array.from({ length: doc.quarters }, (_, q) => q)
  const byQuarter: ColumnSpec<number>[] = [
    { header: 'Quarter', value: (q) => quarterLabel(doc.start, q) },
    ...risks.map((t): ColumnSpec<number> => ({
      header: t.risk.name, numFmt: formats.decimal1, align: 'center', value: (q) => t.quarters[q].score
    }))
  ]
  // Risk names head their columns over five lines, so the columns stay as narrow as the register's.
  const timeline = writeTable(ws, {
    name: 'ResidualRiskByQuarter', headerRow: byQuarterSection + 1, columns: byQuarter, rows: quarters, headerLines: 5
  })
  // One colour scale for every score: the register's and the quarters'.
  const scores = `${register.map((c, i) => (c.numFmt ? columnLetter(i + 1) : '')).filter(Boolean)
    .map((letter) => `${letter}${table.firstDataRow}:${letter}${table.lastDataRow}`).join(' ')}`
  ws.addConditionalFormatting({
    ref: `${scores} B${timeline.firstDataRow}:${columnLetter(byQuarter.length)}${timeline.lastDataRow}`,
    rules: [{
      type: 'colorScale', priority: 1,
      cfvo: [{ type: 'num', value: 1 }, { type: 'num', value: 6 }, { type: 'num', value: 12 }],
      color: [argb('63BE7B'), argb('FFEB84'), argb('F8696B')]
    }]
  })
  freeze(ws, table.firstDataRow, 2)
  setUpPrinting(ws, { ...pageBasics(ctx),
    repeatRows: { from: timeline.headerRow, to: timeline.headerRow } })
}
