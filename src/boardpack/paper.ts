// The paper's geometry as the printed workbook needs it.
import type { Paper } from '../core/paper'

/** The paper's size in points, portrait. */
export const PAPER_POINTS: Readonly<Record<Paper, { width: number; height: number }>> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 }
}

/** The paper size codes of a spreadsheet's page setup. */
export const PAPER_SIZE_CODE: Readonly<Record<Paper, number>> = { a4: 9, letter: 1 }
