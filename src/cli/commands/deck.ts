import { buildDeck } from '../../boardpack'
import { writeFileAtomically } from '../../files/writeFileAtomically'
import { checkScenarioCount, parseArgs, simulationOptions } from '../args'
import type { Command } from '../command'
import { outputPath } from '../outputs'
import { loadPackInputs } from '../packInputs'

export const deckCommand: Command = {
  name: 'deck',
  usage: 'deck FILE... --out PATH.pptx [--samples N] [--seed S] [--force]',
  summary: 'the board deck: an editable PowerPoint file with native charts (several files add a comparison slide; ' +
    'a bundle from `db export all` adds plan against actual)',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['force'], options: ['out', 'samples', 'seed'] })
    const out = outputPath(args, '.pptx', deckCommand.usage)
    const simulation = simulationOptions(args)
    const { docs, actuals } = loadPackInputs(args.positional)
    checkScenarioCount(docs.map((d) => d.name), 'a deck')
    const deck = await buildDeck(docs, { ...simulation, actuals })
    writeFileAtomically(out, deck)
    io.out(`wrote ${out}\n`)
  }
}
