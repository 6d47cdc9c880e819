// Characters a terminal or a line of text acts on instead of showing: the C0 and C1 controls and
// DEL (ESC starts colour and cursor sequences, CR and LF start a new line, so a name could paint
// the screen or forge a row), and the bidirectional overrides and isolates that reorder what
// follows them. Names may not contain them (validation refuses them); anything else printed to a
// terminal shows them escaped (src/cli/terminalText.ts).

const CONTROL_CHARACTER = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'gu')

/** "U+001B", the way to name a character nobody can see. */
function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** Why `text` is not one line of printable text, or null: e.g. "contains the control character U+001B at position 1". */
export function controlCharacterProblem(text: string): string | null {
  const match = CONTROL_CHARACTER.exec(text)
  return match === null ? null : `contains the control character ${codePoint(match[0])} at position ${match.index + 1}`
}

/** `text` with every control character shown as an escape such as `\u001b`; `keep` are left as they are. */
export function escapeControlCharacters(text: string, keep: readonly string[] = []): string {
  return text.replace(CONTROL_CHARACTERS, (character) =>
    keep.includes(character) ? character : `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`)
}
