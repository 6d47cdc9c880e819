// Per-line actuals (issue 13): within a quarter's three category totals, optional detail per role,
// tool (or service) and program. The category totals stay what the plan and budget are compared
// with; lines are detail inside them, and may not add up to more than their category's total.
// What the lines of a category leave of its total is shown as a line of its own, "Not itemised",
// so the lines shown always add up to the total: never a silent disagreement (docs/model.md).
import { ROLE_BY_ID, TOOL_BY_ID } from './catalog'
import { controlCharacterProblem } from './controlCharacters'
import { MAX_TEXT } from './limits'
import { hireQuarterCost, peopleRates } from './peopleCost'
import { programOccurs, toolPointValue, toolQuarterCost } from './projection'
import type { ScenarioDoc } from './scenario'
import type { ValidationError } from './validationMessages'

export const ACTUAL_CATEGORIES = ['people', 'tools', 'programs'] as const
export type ActualCategory = (typeof ACTUAL_CATEGORIES)[number]

/** How each category is named to a reader: the Track view and the board pack's Actuals sheet. */
export const ACTUAL_CATEGORY_NAMES: Readonly<Record<ActualCategory, string>> = { people: 'People', tools: 'Tools and services', programs: 'Programs' }

/**
 * One line of a quarter's actuals. `line` is a catalog role id (people), a catalog tool id (tools)
 * or a program's name (programs): what the plan's own lines are keyed by.
 */
export interface ActualLine {
  category: ActualCategory
  line: string
  amount: number
}

const CATEGORY_LINE_KIND: Record<ActualCategory, string> = { people: 'role', tools: 'tool', programs: 'program' }

/** Problems with the keys of `lines` (unknown role or tool, a program name that is not one line of text, a repeat). */
export function lineKeyErrors(lines: readonly ActualLine[]): ValidationError[] {
  const errors: ValidationError[] = []
  const first = new Map<string, number>()
  lines.forEach((line, i) => {
    const problem = lineKeyProblem(line)
    if (problem) errors.push({ path: `lines[${i}].line`, message: problem })
    const key = `${line.category}\u0000${line.line}`
    const earlier = first.get(key)
    if (earlier !== undefined) {
      errors.push({ path: `lines[${i}]`, message: `the ${CATEGORY_LINE_KIND[line.category]} "${line.line}" is already listed at lines[${earlier}]` })
    } else first.set(key, i)
  })
  return errors
}

function lineKeyProblem({ category, line }: ActualLine): string | null {
  if (category === 'people') return ROLE_BY_ID.has(line) ? null : `unknown role ${JSON.stringify(line)} (see \`rampart catalog\`)`
  if (category === 'tools') return TOOL_BY_ID.has(line) ? null : `unknown tool ${JSON.stringify(line)} (see \`rampart catalog\`)`
  const control = controlCharacterProblem(line)
  if (control) return `${control}; a program name is one line of printable text`
  if (line.trim() !== line || line === '') return 'a program name has no leading or trailing spaces and is not empty'
  return line.length > MAX_TEXT ? `is longer than ${MAX_TEXT} characters` : null
}

/** Cents each category's lines add up to (0 for a category without lines). */
export function lineCentsByCategory(lines: readonly ActualLine[]): Record<ActualCategory, number> {
  const sums: Record<ActualCategory, number> = { people: 0, tools: 0, programs: 0 }
  for (const line of lines) sums[line.category] += Math.round(line.amount * 100)
  return sums
}

/** The name a line is shown by: the catalog's name of a role or tool, a program's own name. */
export function lineName(category: ActualCategory, line: string): string {
  if (category === 'people') return ROLE_BY_ID.get(line)?.name ?? line
  if (category === 'tools') return TOOL_BY_ID.get(line)?.name ?? line
  return line
}

/**
 * What the plan spends on each of its lines in quarter `q` (one entry per role, tool or program
 * name, summed over the plan's lines that share it; lines that cost nothing this quarter are left
 * out), with the same formulas as the projection. `headcount` is the plan's headcount in `q`.
 */
export function plannedLines(doc: ScenarioDoc, q: number, headcount: number): ActualLine[] {
  const amounts = new Map<string, ActualLine>()
  const add = (category: ActualCategory, line: string, amount: number) => {
    if (amount === 0) return
    const key = `${category}\u0000${line}`
    const entry = amounts.get(key)
    if (entry) entry.amount += amount
    else amounts.set(key, { category, line, amount })
  }
  const rates = peopleRates(doc)
  for (const hire of doc.hires ?? []) add('people', hire.role, hireQuarterCost(hire, q, rates))
  for (const tool of doc.tools ?? []) {
    if (tool.quarter <= q) add('tools', tool.tool, toolQuarterCost(toolPointValue(tool), tool, headcount))
  }
  for (const program of doc.programs ?? []) {
    if (programOccurs(program, q)) add('programs', program.name, program.amount)
  }
  return [...amounts.values()]
}

export interface LineVariance {
  /** Null for the "Not itemised" row. */
  line: string | null
  name: string
  planned: number | null
  /** Null when the line's actual is not known: its category has no lines, or leaves some of its total not itemised. */
  actual: number | null
}

export interface CategoryVariance {
  category: ActualCategory
  planned: number
  actual: number
  /** False when no line of this category was recorded: only its total is known. */
  itemised: boolean
  lines: LineVariance[]
}

/**
 * A category's row over its lines, as Track and the board pack's Actuals sheet name it: a category
 * recorded without lines says so, since the plan's lines under it are then all unknown.
 */
export function categoryVarianceName({ category, itemised }: Pick<CategoryVariance, 'category' | 'itemised'>): string {
  return `${ACTUAL_CATEGORY_NAMES[category]}${itemised ? '' : ' (no lines recorded)'}`
}

/** What a table of lines writes for a line the plan does not have, and for a line whose actual is not known. */
export const NOT_PLANNED = '—'
export const NOT_ITEMISED = 'not itemised'

/**
 * The note under a table of lines, as Track and the board pack's Actuals sheet write it; `zero` is
 * nothing as that table writes money ("$0", or "0" under a sheet's money format).
 */
export function lineTableNote(zero: string): string {
  return 'Lines are detail inside their category\'s total and always add up to it. A planned line with no recorded amount ' +
    `reads "${NOT_ITEMISED}" while some of its category's total is not itemised, and ${zero} once all of it is.`
}

/**
 * Plan against actual per line for one recorded quarter. In an itemised category a planned line
 * with no actual line spent nothing when every cent of the total is itemised, and is unknown (in
 * "Not itemised") otherwise.
 */
export function lineVariance(
  planned: readonly ActualLine[],
  plannedTotals: Record<ActualCategory, number>,
  actualTotals: Record<ActualCategory, number>,
  actualLines: readonly ActualLine[]
): CategoryVariance[] {
  const itemisedCents = lineCentsByCategory(actualLines)
  return ACTUAL_CATEGORIES.map((category) => {
    const mine = actualLines.filter((l) => l.category === category)
    const itemised = mine.length > 0
    const notItemised = itemised ? (Math.round(actualTotals[category] * 100) - itemisedCents[category]) / 100 : null
    const actualByLine = new Map(mine.map((l) => [l.line, l.amount]))
    const plannedHere = planned.filter((l) => l.category === category)
    const keys = [...new Set([...plannedHere.map((l) => l.line), ...mine.map((l) => l.line)])]
    const lines: LineVariance[] = keys.map((line) => ({
      line,
      name: lineName(category, line),
      planned: plannedHere.find((l) => l.line === line)?.amount ?? 0,
      actual: actualByLine.get(line) ?? (notItemised === 0 ? 0 : null)
    }))
    if (notItemised !== null && notItemised > 0) lines.push({ line: null, name: 'Not itemised', planned: null, actual: notItemised })
    return { category, planned: plannedTotals[category], actual: actualTotals[category], itemised, lines }
  })
}
