import type { CliIo } from './io'

export interface Command {
  name: string
  usage: string
  summary: string
  run(argv: string[], io: CliIo): void | Promise<void>
}
