import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_SCENARIO } from '../../core/defaultScenario'
import { InputError } from '../../core/inputError'
import { serializeScenario } from '../../core/scenario'
import { buildBoardPack } from '../../boardpack'
import { writeFileAtomically } from '../../files/writeFileAtomically'
import { parseArgs } from '../args'
import type { Command } from '../command'
import { ensureOutputFolder } from '../io'

const DEMO_SCENARIO_FILE = 'dataflow-ai.json'
const DEMO_BOARD_PACK_FILE = 'dataflow-ai.xlsx'

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo [--out DIR] [--force]',
  summary: 'write the default "DataFlow AI" scenario and its board pack to DIR',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['force'], options: ['out'] })
    const dir = args.options.get('out') ?? '.'
    ensureOutputFolder(dir)
    const scenarioPath = join(dir, DEMO_SCENARIO_FILE)
    const packPath = join(dir, DEMO_BOARD_PACK_FILE)
    // The demo file may have become someone's plan: never replace it silently.
    const existing = [scenarioPath, packPath].filter((path) => existsSync(path))
    if (existing.length > 0 && !args.flags.has('force')) {
      const what = existing.length === 1 ? `${existing[0]} already exists` : `${existing.join(' and ')} already exist`
      throw InputError.whole(`${what}; use --force to replace, or --out another folder`)
    }
    // Build the pack first, so a failure leaves no half-written demo behind.
    const pack = await buildBoardPack([DEFAULT_SCENARIO])
    writeFileAtomically(scenarioPath, serializeScenario(DEFAULT_SCENARIO))
    io.out(`wrote ${scenarioPath}\n`)
    writeFileAtomically(packPath, pack)
    io.out(`wrote ${packPath}\n`)
  }
}
