// Prints the median of every benchmark in a `vitest bench --outputJson` report, and its ratio
// to the goal written in the benchmark's name as "(goal < N ms)". Speed is reported, not
// asserted: machines are noisy, so a ratio is information, not a failing test.
import { readFileSync } from 'node:fs'

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const rows = []
for (const file of report.files) {
  for (const group of file.groups) {
    for (const b of group.benchmarks) {
      const goal = /\(goal < ([\d.]+) ?(ms|s)\b/.exec(b.name)
      const goalMs = goal ? Number(goal[1]) * (goal[2] === 's' ? 1000 : 1) : null
      rows.push([
        `${group.fullName.split(' > ').slice(1).join(' > ')} > ${b.name}`,
        b.median.toFixed(3),
        goalMs === null ? '-' : String(goalMs),
        goalMs === null ? '-' : (b.median / goalMs).toFixed(2),
        goalMs === null ? '' : b.median <= goalMs ? 'within goal' : 'OVER GOAL'
      ])
    }
  }
}
const header = ['benchmark', 'median ms', 'goal ms', 'median/goal', '']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
console.log(['', line(header), ...rows.map(line)].join('\n'))
