import { writeFileAtomically } from '../../files/writeFileAtomically'
import { parseArgs, simulationOptions } from '../args'
import type { Command } from '../command'
import { writingOut } from '../io'
import { outputPath } from '../outputs'
import { loadPackInputs } from '../packInputs'
import { progressFor } from '../progress'

export const deckCommand: Command = {
  name: 'deck',
  usage: 'deck FILE... --out PATH.pptx [--force] [--samples N] [--seed S] [--progress]',
  summary: 'the board deck: an editable PowerPoint file with native charts (several files add a comparison slide; ' +
    'a bundle from `db export all` adds plan against actual)',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['force', 'progress'], options: ['out', 'samples', 'seed'] })
    const { out, replace } = outputPath(args, '.pptx', deckCommand.usage)
    const simulation = simulationOptions(args)
    const { docs, actuals } = loadPackInputs(args.positional, 'a deck')
    // Loaded only here: the deck library takes longer to load than most commands take to run.
    const { buildDeck } = await import('../../boardpack')
    const progress = progressFor(args, io, 'deck')
    const deck = await buildDeck(docs, { ...simulation, actuals, onProgress: (fraction, stage) => progress.report(fraction, stage) })
    await writingOut('--out', out, () => writeFileAtomically(out, deck, { replace }))
    io.out(`wrote ${out}\n`)
  }
}
