import { join } from 'node:path'
import { DEFAULT_SCENARIO } from '../../core/defaultScenario'
import { buildBoardPack } from '../../main/export'
import { writeFileAtomically } from '../../main/writeFileAtomically'
import { parseArgs } from '../args'
import type { Command } from '../command'
import { ensureOutputFolder } from '../io'

export const DEMO_SCENARIO_FILE = 'dataflow-ai.json'
export const DEMO_BOARD_PACK_FILE = 'dataflow-ai.xlsx'

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo [--out DIR]',
  summary: 'write the default "DataFlow AI" scenario and its board pack to DIR',
  async run(argv, io) {
    const args = parseArgs(argv, { options: ['out'] })
    const dir = args.options.get('out') ?? '.'
    ensureOutputFolder(dir)
    // Build the pack first, so a failure leaves no half-written demo behind.
    const pack = await buildBoardPack([DEFAULT_SCENARIO])
    const scenarioPath = join(dir, DEMO_SCENARIO_FILE)
    writeFileAtomically(scenarioPath, JSON.stringify(DEFAULT_SCENARIO, null, 2) + '\n')
    io.out(`wrote ${scenarioPath}\n`)
    const packPath = join(dir, DEMO_BOARD_PACK_FILE)
    writeFileAtomically(packPath, pack)
    io.out(`wrote ${packPath}\n`)
  }
}
