// Milestones in quarter order, as the engine reads them: the editor keeps each series sorted
// whenever a milestone is added or moves to another quarter, and shows a file that was saved out
// of order in order too.
import type { Milestone } from '../../../../core/scenario'

/** The indexes of `list` in quarter order; milestones in the same quarter keep their order. */
export function quarterOrder(list: readonly Milestone[]): number[] {
  return list.map((_, i) => i).sort((a, b) => list[a].quarter - list[b].quarter || a - b)
}

/** `list` sorted by quarter, and the index at which the milestone that was at `index` now sits. */
export function sortMilestones(list: readonly Milestone[], index: number): { list: Milestone[]; index: number } {
  const order = quarterOrder(list)
  return { list: order.map((i) => list[i]), index: order.indexOf(index) }
}
