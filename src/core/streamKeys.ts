// A line's identity for the simulation's random streams (docs/model.md): its id (tool or role) and
// its rank among the lines of that id, never its position in the file. Ranks follow the line's own
// fields, so reordering lines changes nothing, and two scenarios that share a line share its draws.
import { toolPointValue } from './projection'
import type { Hire, ToolLine } from './scenario'

/** Keys such as "siem#0": lines of one tool ranked by quarter, low, high and point value. */
export function toolStreamKeys(tools: readonly ToolLine[]): string[] {
  return rankedKeys(tools, (line) => line.tool, (a, b) =>
    a.quarter - b.quarter || a.low - b.low || a.high - b.high || toolPointValue(a) - toolPointValue(b))
}

/**
 * Keys such as "security-engineer#1": lines of one role ranked by quarter, end quarter (a line
 * without one last), count and annual cost.
 */
export function hireStreamKeys(hires: readonly Hire[]): string[] {
  const end = (hire: Hire) => hire.endQuarter ?? Infinity
  return rankedKeys(hires, (hire) => hire.role, (a, b) =>
    a.quarter - b.quarter || compareEnds(end(a), end(b)) || a.count - b.count || a.annualCost - b.annualCost)
}

/** Infinity - Infinity is NaN, which a sort would read as "equal" only by luck. */
function compareEnds(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1
}

/** `id#rank`, ranking lines of one id by `order`; full ties keep file order. */
function rankedKeys<T>(lines: readonly T[], idOf: (line: T) => string, order: (a: T, b: T) => number): string[] {
  const sorted = lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => idOf(a.line).localeCompare(idOf(b.line)) || order(a.line, b.line) || a.index - b.index)
  const keys = new Array<string>(lines.length)
  const rank = new Map<string, number>()
  for (const { line, index } of sorted) {
    const id = idOf(line)
    const r = rank.get(id) ?? 0
    rank.set(id, r + 1)
    keys[index] = `${id}#${r}`
  }
  return keys
}
