import { InputError } from '../../core/inputError'
import { parseArgs } from '../args'
import type { Command } from '../command'
import { loadScenarioFile } from '../scenarioFile'
import { printWarnings } from '../warnings'
import { findPitfalls } from '../../core/pitfalls'
import { projectScenario } from '../../core/projection'

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate FILE',
  summary: 'check a scenario file; exit 2 with path-and-reason messages when it is invalid, warnings on stderr',
  run(argv, io) {
    const [file, ...extra] = parseArgs(argv, {}).positional
    if (!file) throw InputError.whole('validate needs a scenario file\nusage: rampart validate FILE')
    if (extra.length > 0) throw InputError.whole('validate takes one file at a time\nusage: rampart validate FILE')
    const scenario = loadScenarioFile(file)
    const warnings = findPitfalls(scenario, projectScenario(scenario))
    const summary = warnings.length === 0 ? 'no warnings' : `${warnings.length} warning(s) on stderr`
    io.out(`${file}: valid scenario "${scenario.name}" (${scenario.quarters} quarters from ${scenario.start}); ${summary}\n`)
    printWarnings(warnings, io)
  }
}
