import { writeFileAtomically } from '../../files/writeFileAtomically'
import { parseArgs, simulationOptions } from '../args'
import type { Command } from '../command'
import { writingOut } from '../io'
import { outputPath, paperOption } from '../outputs'
import { loadPackInputs } from '../packInputs'
import { progressFor } from '../progress'

export const exportCommand: Command = {
  name: 'export',
  usage: 'export FILE... --out PATH.xlsx [--force] [--paper a4|letter] [--samples N] [--seed S] [--progress]',
  summary: 'the board pack: an Excel workbook with live formulas and native charts (several files add Comparison; ' +
    'a bundle from `db export all` adds Actuals)',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['force', 'progress'], options: ['out', 'paper', 'samples', 'seed'] })
    const { out, replace } = outputPath(args, '.xlsx', exportCommand.usage)
    const paper = paperOption(args)
    const simulation = simulationOptions(args)
    const { docs, actuals } = loadPackInputs(args.positional, 'a board pack')
    // Loaded only here: the workbook library takes longer to load than most commands take to run.
    const { buildBoardPack, sheetOrder } = await import('../../boardpack')
    const progress = progressFor(args, io, 'board pack')
    const pack = await buildBoardPack(docs, { ...simulation, paper, actuals, onProgress: (fraction, stage) => progress.report(fraction, stage) })
    await writingOut('--out', out, () => writeFileAtomically(out, pack, { replace }))
    io.out(`wrote ${out}: ${sheetOrder(docs.length, actuals.some((a) => a.length > 0)).join(', ')}\n`)
  }
}
