// The deck's look and the pieces every slide is made of: a title with its subtitle, a footer,
// tables, notes, and the text rules. Slides are 13.33 × 7.5 in (16:9); text is at least 12 pt so
// it reads on a projector and in a printed board book.
import type PptxGenJS from 'pptxgenjs'
import { formatMoneyCompact } from '../../core'
import { COLORS } from '../styles'
import { oneLine } from '../text'

export const SLIDE = { width: 13.333, height: 7.5, margin: 0.5 } as const
export const CONTENT_WIDTH = SLIDE.width - 2 * SLIDE.margin
export const FONT = 'Calibri'
/** Where the content below a title starts, and where the footer starts. */
export const BODY_TOP = 1.35
const FOOTER_TOP = 7.0

export type Slide = PptxGenJS.Slide
export type TableRow = PptxGenJS.TableRow

/**
 * User text (scenario names, program names, notes) as plain text on one line: characters XML
 * cannot carry dropped, line breaks and tabs made spaces (pptxgenjs would turn a line break into
 * a new paragraph). pptxgenjs escapes the rest, so nothing a user typed is interpreted.
 */
export function plain(text: string, max = 120): string {
  return oneLine(text, max)
}

/** "$4.8M", "$838.6K". */
export function money(value: number, currency: string): string {
  return formatMoneyCompact(value, currency)
}

export function percent(ratio: number | null, digits = 0): string {
  return ratio === null ? 'n/a' : `${(ratio * 100).toFixed(digits)}%`
}

export function addTitle(slide: Slide, title: string, subtitle: string): void {
  slide.addText(title, {
    x: SLIDE.margin, y: 0.3, w: CONTENT_WIDTH, h: 0.65, fontFace: FONT, fontSize: 28, bold: true, color: COLORS.navy, margin: 0
  })
  slide.addText(subtitle, {
    x: SLIDE.margin, y: 0.9, w: CONTENT_WIDTH, h: 0.35, fontFace: FONT, fontSize: 14, color: COLORS.grey, margin: 0
  })
}

/** The scenario, the date and where the numbers come from, at the foot of every slide. */
export function addFooter(slide: Slide, scenario: string, dateLabel: string, source: string): void {
  slide.addText(`${plain(scenario, 60)} · generated ${dateLabel} · ${source}`, {
    x: SLIDE.margin, y: FOOTER_TOP, w: CONTENT_WIDTH, h: 0.3, fontFace: FONT, fontSize: 11, color: COLORS.grey, margin: 0
  })
}

export interface Column {
  header: string
  width: number
  align?: 'left' | 'right' | 'center'
}

export interface Cell {
  text: string
  /** Bold, or coloured (over plan or budget in red). */
  bold?: boolean
  color?: string
  fill?: string
}

/** A table with a navy header row; the columns' widths add up to its width. */
export function addTable(
  slide: Slide, columns: readonly Column[], rows: readonly (readonly (Cell | string)[])[],
  place: { x: number; y: number; fontSize?: number; rowHeight?: number }
): void {
  const fontSize = place.fontSize ?? 14
  // Widths are fixed per slide, so a table that runs past the right margin is a layout mistake that
  // every deck would carry: refuse it where the deck tests see it.
  const right = place.x + columns.reduce((sum, c) => sum + c.width, 0)
  if (right > SLIDE.width - SLIDE.margin + 1e-9) {
    throw new Error(`deck table "${columns[0]?.header}" ends at ${right.toFixed(2)} in, past the right margin`)
  }
  const border = { type: 'solid' as const, pt: 0.75, color: 'BFBFBF' }
  const header: TableRow = columns.map((c) => ({
    text: c.header,
    options: { bold: true, color: COLORS.white, fill: { color: COLORS.navy }, align: c.align ?? 'left', valign: 'middle' as const }
  }))
  const body: TableRow[] = rows.map((row) => row.map((cell, i) => {
    const c = typeof cell === 'string' ? { text: cell } : cell
    return {
      text: c.text,
      options: {
        align: columns[i].align ?? 'left', valign: 'middle' as const, bold: c.bold ?? false, color: c.color ?? '000000',
        ...(c.fill ? { fill: { color: c.fill } } : {})
      }
    }
  }))
  slide.addTable([header, ...body], {
    x: place.x, y: place.y, colW: columns.map((c) => c.width), fontFace: FONT, fontSize, border, margin: 0.05,
    rowH: place.rowHeight ?? fontSize / 40, autoPage: false
  })
}

/** Speaker notes: what the slide shows, its assumptions and where its numbers come from. */
export function addNotes(slide: Slide, lines: readonly string[]): void {
  slide.addNotes(lines.filter(Boolean).join('\n'))
}

/** Colours of each line series, padded so pptxgenjs colours every line and its (hidden) markers
 * from the list, whatever the series' position in a chart of several types. */
export function lineColors(colors: readonly string[], firstSeries: number): string[] {
  const padded = Array.from({ length: firstSeries + colors.length }, (_, i) => colors[i % colors.length])
  // Where a series' own position is past its colour's, its marker reads it there.
  colors.forEach((color, i) => { if (firstSeries + i >= colors.length) padded[firstSeries + i] = color })
  return padded
}
