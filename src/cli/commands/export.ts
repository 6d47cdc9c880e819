import { InputError } from '../../core/inputError'
import { buildBoardPack, sheetOrder } from '../../boardpack'
import { writeFileAtomically } from '../../files/writeFileAtomically'
import { checkScenarioCount, parseArgs, simulationOptions } from '../args'
import type { Command } from '../command'
import { checkOutputFile } from '../io'
import { loadScenarioFiles } from '../scenarioFile'

export const exportCommand: Command = {
  name: 'export',
  usage: 'export FILE... --out PATH.xlsx [--samples N] [--seed S]',
  summary: 'the board pack: an Excel workbook with live formulas and native charts (several files add Comparison)',
  async run(argv, io) {
    const args = parseArgs(argv, { options: ['out', 'samples', 'seed'] })
    const files = args.positional
    const out = args.options.get('out')
    if (files.length === 0 || out === undefined) throw InputError.whole(`usage: rampart ${exportCommand.usage}`)
    checkScenarioCount(files, 'a board pack')
    checkOutputPath(out)
    const { samples, seed } = simulationOptions(args)
    const docs = loadScenarioFiles(files)
    const pack = await buildBoardPack(docs, { samples, seed })
    writeFileAtomically(out, pack)
    io.out(`wrote ${out}: ${sheetOrder(docs.length).join(', ')}\n`)
  }
}

function checkOutputPath(out: string): void {
  if (!/\.xlsx$/i.test(out)) throw InputError.at('--out', `${JSON.stringify(out)} must end in .xlsx`)
  checkOutputFile(out)
}
