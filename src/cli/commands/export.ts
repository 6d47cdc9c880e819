import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_SAMPLES } from '../../core'
import { writeFileAtomically } from '../../files/writeFileAtomically'
import { integerOption, parseArgs } from '../args'
import type { Command } from '../command'
import { checkOutputFile, UserError, writingOut } from '../io'
import { loadScenarioFiles } from '../scenarioFile'

export const exportCommand: Command = {
  name: 'export',
  usage: 'export FILE... --out PATH.xlsx [--force] [--samples N] [--seed S]',
  summary: 'the board pack: an Excel workbook with live formulas and native charts (several files add Comparison)',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['force'], options: ['out', 'samples', 'seed'] })
    const files = args.positional
    const out = args.options.get('out')
    if (files.length === 0 || out === undefined) throw new UserError(`usage: rampart ${exportCommand.usage}`)
    const replace = args.flags.has('force')
    checkOutputPath(out, replace)
    const samples = integerOption(args, 'samples', DEFAULT_SAMPLES, 1, MAX_SAMPLES)
    const seed = integerOption(args, 'seed', DEFAULT_SEED, 0, 0xffffffff)
    const docs = loadScenarioFiles(files)
    // Loaded only here: the workbook library takes longer to load than most commands take to run.
    const { buildBoardPack, sheetOrder } = await import('../../boardpack')
    const pack = await buildBoardPack(docs, { samples, seed })
    await writingOut('--out', () => writeFileAtomically(out, pack, { replace }))
    io.out(`wrote ${out}: ${sheetOrder(docs.length).join(', ')}\n`)
  }
}

function checkOutputPath(out: string, replace: boolean): void {
  if (!/\.xlsx$/i.test(out)) throw new UserError(`--out: ${JSON.stringify(out)} must end in .xlsx`)
  checkOutputFile(out, '--out', replace)
}
