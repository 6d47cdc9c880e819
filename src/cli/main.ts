// The `rampart` command: dispatches to one module per command. Exit codes (docs/model.md):
// 0 success, 2 bad input (message only, nothing written), 1 unexpected failure.
import type { Command } from './command'
import { catalogCommand } from './commands/catalog'
import { compareCommand } from './commands/compare'
import { dbCommand } from './commands/db'
import { deckCommand } from './commands/deck'
import { demoCommand } from './commands/demo'
import { exportCommand } from './commands/export'
import { projectCommand } from './commands/project'
import { simulateCommand } from './commands/simulate'
import { validateCommand } from './commands/validate'
import { controlCharacterProblem, escapeControlCharacters } from '../core/controlCharacters'
import { InputError } from '../core/inputError'
import type { CliIo } from './io'

const COMMANDS: readonly Command[] = [
  catalogCommand, validateCommand, projectCommand, simulateCommand, compareCommand, exportCommand, deckCommand, demoCommand, dbCommand
]

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length))
  return 'usage: rampart <command> [options]\n\n' +
    COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`).join('\n') + '\n'
}

/**
 * What reaches the terminal shows control characters as escapes (`\u001b`), whatever their
 * source (a name stored before names were checked, a message quoting a value), so no output can
 * colour the screen, move the cursor or overwrite a line. New lines and tabs are the CLI's own.
 */
function terminalSafe(io: CliIo): CliIo {
  return {
    out: (text) => io.out(escapeControlCharacters(text, ['\n', '\t'])),
    err: (text) => io.err(escapeControlCharacters(text, ['\n', '\t'])),
    errIsTerminal: io.errIsTerminal
  }
}

export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = terminalSafe(rawIo)
  // A path or value with a new line in it could forge a line of the output: refused outright.
  const unprintable = argv.findIndex((arg) => controlCharacterProblem(arg) !== null)
  if (unprintable >= 0) {
    io.err(`rampart: argument ${unprintable + 1} (${JSON.stringify(argv[unprintable])}) ${controlCharacterProblem(argv[unprintable])}; ` +
      'rename the file or retype the value\n')
    return 2
  }
  const [name, ...rest] = argv
  if (name === '--help' || name === 'help') {
    io.out(usage())
    return 0
  }
  if (!name) {
    io.err(`rampart: which command?\n\n${usage()}`)
    return 2
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.err(`rampart: unknown command "${name}"\n\n${usage()}`)
    return 2
  }
  if (rest.includes('--help')) {
    io.out(`usage: rampart ${command.usage}\n  ${command.summary}\n`)
    return 0
  }
  try {
    await command.run(rest, io)
    return 0
  } catch (error) {
    if (error instanceof InputError) {
      io.err(error.message.endsWith('\n') ? error.message : `${error.message}\n`)
      return 2
    }
    const message = error instanceof Error ? error.message : String(error)
    io.err(`rampart: unexpected failure: ${message}\n`)
    if (process.env.RAMPART_DEBUG && error instanceof Error) io.err(`${error.stack}\n`)
    return 1
  }
}
