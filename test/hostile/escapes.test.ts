// Terminal escape injection: a name with ESC, CR or LF must never colour the terminal or forge a
// line. New names with control characters are refused (path and reason, exit 2); names stored
// before that rule are shown escaped; arguments with control characters are refused.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../fixtures/scenarios'
import { commandsReadingPlan, rampart, rampartInProcess, snapshot } from './hostile'
import { tempDir } from '../fixtures/tempDir'

const dir = tempDir()
const HOSTILE_NAME = '\u001b[31mRed alert\u001b[0m\r\nfake: 99  Forged row  1  2026-01-01'
/** Anything a terminal acts on: ESC, CR, BEL, C1 controls and bidirectional overrides. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

function planFile(name: string, scenario = minimalScenario({ name })): string {
  const file = join(dir, name.replace(/[^\w]+/g, '-') + '.json')
  writeFileSync(file, JSON.stringify(scenario))
  return file
}

describe('names with control characters', () => {
  it('refuses them in every command that reads a plan, naming the field: exit 2, nothing written', async () => {
    const file = planFile('escape', minimalScenario({ name: HOSTILE_NAME }))
    const good = planFile('good')
    const before = snapshot(dir)
    for (const args of commandsReadingPlan(file, good, dir)) {
      const run = await rampartInProcess(args)
      expect(run.code, args[0]).toBe(2)
      expect(run.stderr, args[0]).toContain(`${file}: name: contains the control character U+001B at position 1; a name is one line of printable text`)
      expect(RAW_CONTROL.test(run.stdout + run.stderr), args[0]).toBe(false)
      expect(run.stderr.split('\n').filter((line) => line.startsWith('fake:')), args[0]).toEqual([])
    }
    expect(snapshot(dir)).toEqual(before)
  })

  it('shows a name stored before the rule escaped, in one row, in db list and its JSON', async () => {
    const db = join(dir, 'legacy.db')
    expect((await rampartInProcess(['db', 'import', planFile('legacy'), '--db', db])).code).toBe(0)
    // An earlier Rampart accepted any name: write one straight into the database.
    const raw = new Database(db)
    raw.prepare('UPDATE scenarios SET name = ?').run(HOSTILE_NAME)
    raw.prepare('UPDATE revisions SET name = ?, document = json_set(document, \'$.name\', ?)').run(HOSTILE_NAME, HOSTILE_NAME)
    raw.close()
    // The built command, as a terminal would run it.
    const table = await rampart(['db', 'list', '--db', db])
    expect(table.code).toBe(0)
    expect(RAW_CONTROL.test(table.stdout)).toBe(false)
    const lines = table.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(3) // header, rule, one scenario: no forged row
    expect(lines[2]).toContain('\\u001b[31mRed alert\\u001b[0m\\u000d\\u000afake: 99')
    const json = await rampart(['db', 'list', '--json', '--db', db])
    expect(RAW_CONTROL.test(json.stdout)).toBe(false)
    expect(JSON.parse(json.stdout)[0].name).toBe(HOSTILE_NAME)
  })

  it('refuses an argument with a control character before doing anything', async () => {
    const before = snapshot(dir)
    const run = await rampartInProcess(['db', 'list', '--db', join(dir, 'new\nline.db')])
    expect(run).toMatchObject({ code: 2, stdout: '' })
    expect(run.stderr).toBe(`rampart: argument 4 (${JSON.stringify(join(dir, 'new\nline.db'))}) contains the control character U+000A at position ${join(dir, 'new').length + 1}; rename the file or retype the value\n`)
    expect(snapshot(dir)).toEqual(before)
  })
})
