import { existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_SAMPLES, type ScenarioDoc } from '../../core'
import { buildBoardPack, sheetOrder } from '../../main/export'
import { writeFileAtomically } from '../../main/writeFileAtomically'
import { integerOption, parseArgs } from '../args'
import type { Command } from '../command'
import { UserError } from '../io'
import { loadScenarioFile } from '../scenarioFile'

export const exportCommand: Command = {
  name: 'export',
  usage: 'export FILE... --out PATH.xlsx [--samples N] [--seed S]',
  summary: 'the board pack: an Excel workbook with live formulas and native charts (several files add Comparison)',
  async run(argv, io) {
    const args = parseArgs(argv, { options: ['out', 'samples', 'seed'] })
    const files = args.positional
    const out = args.options.get('out')
    if (files.length === 0 || out === undefined) throw new UserError(`usage: rampart ${exportCommand.usage}`)
    checkOutputPath(out)
    const samples = integerOption(args, 'samples', DEFAULT_SAMPLES, 1, MAX_SAMPLES)
    const seed = integerOption(args, 'seed', DEFAULT_SEED, 0, 0xffffffff)
    const docs = loadAll(files)
    const pack = await buildBoardPack(docs, { samples, seed })
    writeFileAtomically(out, pack)
    io.out(`wrote ${out}: ${sheetOrder(docs.length).join(', ')}\n`)
  }
}

/** Every file's problems at once, so one run shows everything to fix. */
function loadAll(files: readonly string[]): ScenarioDoc[] {
  const docs: ScenarioDoc[] = []
  const problems: string[] = []
  for (const file of files) {
    try {
      docs.push(loadScenarioFile(file))
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      problems.push(error.message)
    }
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'))
  return docs
}

function checkOutputPath(out: string): void {
  if (!/\.xlsx$/i.test(out)) throw new UserError(`--out: ${JSON.stringify(out)} must end in .xlsx`)
  const folder = dirname(resolve(out))
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UserError(`--out: the folder ${folder} does not exist`)
  }
  if (existsSync(out) && statSync(out).isDirectory()) throw new UserError(`--out: ${out} is a folder`)
}
