// The `rampart` command: dispatches to one module per command. Exit codes (docs/model.md):
// 0 success, 2 bad input (message only, nothing written), 1 unexpected failure.
import type { Command } from './command'
import { catalogCommand } from './commands/catalog'
import { compareCommand } from './commands/compare'
import { dbCommand } from './commands/db'
import { demoCommand } from './commands/demo'
import { exportCommand } from './commands/export'
import { projectCommand } from './commands/project'
import { simulateCommand } from './commands/simulate'
import { validateCommand } from './commands/validate'
import { InputError } from '../core/inputError'
import type { CliIo } from './io'

const COMMANDS: readonly Command[] = [
  catalogCommand, validateCommand, projectCommand, simulateCommand, compareCommand, exportCommand, demoCommand, dbCommand
]

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length))
  return 'usage: rampart <command> [options]\n\n' +
    COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`).join('\n') + '\n'
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
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
