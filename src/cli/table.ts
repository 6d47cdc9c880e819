// Plain-text tables for the CLI's human output.
import { escapeControlCharacters } from '../core/controlCharacters'

/** Every cell is one line: a new line or tab inside one (a stored name, say) is shown escaped. */
export function renderTable(header: readonly string[], cells: readonly (readonly string[])[]): string {
  const rows = cells.map((row) => row.map((cell) => escapeControlCharacters(cell)))
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)))
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n'
}
