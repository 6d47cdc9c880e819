import { InputError } from '../../core/inputError'
import { writeFileAtomically } from '../../files/writeFileAtomically'
import { checkScenarioCount, parseArgs, simulationOptions } from '../args'
import type { Command } from '../command'
import { checkOutputFile, writingOut } from '../io'
import { loadScenarioFiles } from '../scenarioFile'

export const exportCommand: Command = {
  name: 'export',
  usage: 'export FILE... --out PATH.xlsx [--force] [--samples N] [--seed S]',
  summary: 'the board pack: an Excel workbook with live formulas and native charts (several files add Comparison)',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['force'], options: ['out', 'samples', 'seed'] })
    const files = args.positional
    const out = args.options.get('out')
    if (files.length === 0 || out === undefined) throw InputError.whole(`usage: rampart ${exportCommand.usage}`)
    checkScenarioCount(files, 'a board pack')
    const replace = args.flags.has('force')
    checkOutputPath(out, replace)
    const { samples, seed } = simulationOptions(args)
    const docs = loadScenarioFiles(files)
    // Loaded only here: the workbook library takes longer to load than most commands take to run.
    const { buildBoardPack, sheetOrder } = await import('../../boardpack')
    const pack = await buildBoardPack(docs, { samples, seed })
    await writingOut('--out', out, () => writeFileAtomically(out, pack, { replace }))
    io.out(`wrote ${out}: ${sheetOrder(docs.length).join(', ')}\n`)
  }
}

function checkOutputPath(out: string, replace: boolean): void {
  if (!/\.xlsx$/i.test(out)) throw InputError.at('--out', `${JSON.stringify(out)} must end in .xlsx`)
  checkOutputFile(out, '--out', replace)
}
