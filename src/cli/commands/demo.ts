import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_SCENARIO } from '../../core/defaultScenario'
import { serializeScenario } from '../../core/scenario'
import { writeFileAtomically } from '../../files/writeFileAtomically'
import { parseArgs } from '../args'
import { InputError } from '../../core/inputError'
import type { Command } from '../command'
import { checkOutputFile, ensureOutputFolder, writingOut } from '../io'

const DEMO_SCENARIO_FILE = 'dataflow-ai.json'
const DEMO_BOARD_PACK_FILE = 'dataflow-ai.xlsx'

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo [--out DIR] [--force]',
  summary: 'write the default "DataFlow AI" scenario and its board pack to DIR',
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['force'], options: ['out'] })
    const dir = args.options.get('out') ?? '.'
    const replace = args.flags.has('force')
    const scenarioPath = join(dir, DEMO_SCENARIO_FILE)
    const packPath = join(dir, DEMO_BOARD_PACK_FILE)
    const removeCreatedFolders = ensureOutputFolder(dir)
    const written: string[] = []
    try {
      // The demo file may have become someone's plan: never replace it silently.
      const problems = [scenarioPath, packPath].flatMap((path) => refusal(path, replace))
      if (problems.length > 0) throw InputError.whole(problems.join('\n'))
      // Build the pack first, so a failure leaves no half-written demo behind.
      // Loaded only here: the workbook library takes longer to load than most commands take to run.
      const { buildBoardPack } = await import('../../boardpack')
      const pack = await buildBoardPack([DEFAULT_SCENARIO])
      await writingOut('--out', scenarioPath, () => writeFileAtomically(scenarioPath, serializeScenario(DEFAULT_SCENARIO), { replace }))
      if (!replace) written.push(scenarioPath)
      await writingOut('--out', packPath, () => writeFileAtomically(packPath, pack, { replace }))
    } catch (error) {
      // A run that fails (a full disk, say) leaves nothing of its own behind: no file, no folder.
      for (const path of written) rmSync(path, { force: true })
      removeCreatedFolders()
      throw error
    }
    io.out(`wrote ${scenarioPath}\nwrote ${packPath}\n`)
  }
}

function refusal(path: string, replace: boolean): string[] {
  try {
    checkOutputFile(path, '--out', replace, 'use --force to replace it, or --out another folder')
    return []
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return [error.message]
  }
}
