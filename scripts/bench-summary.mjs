// Prints the median of every benchmark in a `vitest bench --outputJson` report, and its ratio
// to the goal written in the benchmark's name as "(goal < N ms)", or, for a goal written as
// "(goal ≤ N× OTHER)", its ratio to the median of the benchmark named OTHER in a group of the
// same name, in any file (the two sides of a ratio may run in files of their own, so each in a
// fresh worker), and the ratio of the fastest runs, which a busy machine disturbs least.
// Speed is reported, not asserted: machines are noisy, so a ratio is information, not a failing test.
import { readFileSync } from 'node:fs'

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'))
/** A group's name without its file. */
const groupName = (group) => group.fullName.split(' > ').slice(1).join(' > ')
const groups = report.files.flatMap((file) => file.groups)
const rows = []
const ratios = []
for (const group of groups) {
  for (const b of group.benchmarks) {
    const name = `${groupName(group)} > ${b.name}`
    const relative = /\(goal ≤ ([\d.]+)× (.+)\)/.exec(b.name)
    const other = relative && groups
      .filter((g) => groupName(g) === groupName(group))
      .flatMap((g) => g.benchmarks)
      .find((o) => o.name === relative[2])
    if (other) {
      const ratio = b.median / other.median
      ratios.push([name, ratio.toFixed(2), (b.min / other.min).toFixed(2), relative[1],
        ratio <= Number(relative[1]) ? 'within goal' : 'OVER GOAL'])
    }
    const goal = /\(goal < ([\d.]+) ?(ms|s)\b/.exec(b.name)
    const goalMs = goal ? Number(goal[1]) * (goal[2] === 's' ? 1000 : 1) : null
    rows.push([
      name,
      b.median.toFixed(3),
      goalMs === null ? '-' : String(goalMs),
      goalMs === null ? '-' : (b.median / goalMs).toFixed(2),
      goalMs === null ? '' : b.median <= goalMs ? 'within goal' : 'OVER GOAL'
    ])
  }
}
function table(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)))
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  return ['', line(header), ...body.map(line)].join('\n')
}
console.log(table(['benchmark', 'median ms', 'goal ms', 'median/goal', ''], rows))
if (ratios.length > 0) console.log(table(['ratio to another benchmark', 'of medians', 'of fastest', 'goal', ''], ratios))
