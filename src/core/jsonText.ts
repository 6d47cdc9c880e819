// JSON text that people wrote or saved, read the same way wherever it comes from: a scenario file
// on the command line, a file imported or dropped into the window, the database's own import.
import type { ValidationError } from './validationMessages'

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: ValidationError }

/** Parses `text`; a syntax error is reported at `(root)`, with its line and column when known. */
export function parseJsonText(text: string): JsonTextResult {
  // Editors on Windows often start UTF-8 files with a byte-order mark, which JSON does not allow.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text
  try {
    return { ok: true, value: JSON.parse(json) }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { path: '(root)', message: `not valid JSON: ${reason}${lineAndColumn(json, reason)}` } }
  }
}

/** " (line 3, column 14)" for a parser message that names a character position. */
function lineAndColumn(json: string, reason: string): string {
  const match = /position (\d+)/.exec(reason)
  if (!match) return ''
  const before = json.slice(0, Number(match[1]))
  const line = before.split('\n').length
  return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`
}
