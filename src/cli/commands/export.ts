import { buildBoardPack, sheetOrder } from '../../boardpack'
import { writeFileAtomically } from '../../files/writeFileAtomically'
import { checkScenarioCount, parseArgs, simulationOptions } from '../args'
import type { Command } from '../command'
import { outputPath, paperOption } from '../outputs'
import { loadPackInputs } from '../packInputs'

export const exportCommand: Command = {
  name: 'export',
  usage: 'export FILE... --out PATH.xlsx [--paper a4|letter] [--samples N] [--seed S] [--force]',
  summary: 'the board pack: an Excel workbook with live formulas and native charts (several files add Comparison; ' +
    'a bundle from `db export all` adds Actuals)',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['force'], options: ['out', 'paper', 'samples', 'seed'] })
    const out = outputPath(args, '.xlsx', exportCommand.usage)
    const paper = paperOption(args)
    const simulation = simulationOptions(args)
    const { docs, actuals } = loadPackInputs(args.positional)
    checkScenarioCount(docs.map((d) => d.name), 'a board pack')
    const pack = await buildBoardPack(docs, { ...simulation, paper, actuals })
    writeFileAtomically(out, pack)
    io.out(`wrote ${out}: ${sheetOrder(docs.length, actuals.some((a) => a.length > 0)).join(', ')}\n`)
  }
}
