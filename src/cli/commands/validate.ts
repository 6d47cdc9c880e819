import { UserError } from '../io'
import { parseArgs } from '../args'
import type { Command } from '../command'
import { loadScenarioFile } from '../scenarioFile'

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate FILE',
  summary: 'check a scenario file; exit 2 with path-and-reason messages when it is invalid',
  run(argv, io) {
    const [file, ...extra] = parseArgs(argv, {}).positional
    if (!file || extra.length > 0) throw new UserError('usage: rampart validate FILE')
    const scenario = loadScenarioFile(file)
    io.out(`${file}: valid scenario "${scenario.name}" (${scenario.quarters} quarters from ${scenario.start})\n`)
  }
}
