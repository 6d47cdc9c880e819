// The layer rule really refuses the wrong arrows: ESLint with the project's own config, on source
// text placed (virtually) in each layer. Nothing is written to src/.
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')
const eslint = new ESLint({ cwd: ROOT })

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) })
  return result.messages.filter((m) => m.ruleId === 'rampart/layers').map((m) => m.message)
}

describe('the layer rule', () => {
  it('refuses core importing main, and store importing electron', async () => {
    expect(await layerErrors('src/core/scratch.ts', "import { createWindow } from '../main/window'\nexport const x = createWindow\n"))
      .toEqual(['src/core may not import src/main (allowed: core); see docs/architecture.md'])
    expect(await layerErrors('src/store/scratch.ts', "import { app } from 'electron'\nexport const x = app\n"))
      .toEqual(["src/store may not import 'electron'; see docs/architecture.md"])
  })

  it('refuses Node and Electron in the renderer, and anything but zod in core', async () => {
    expect(await layerErrors('src/renderer/src/scratch.ts', "import { readFileSync } from 'node:fs'\nimport { ipcRenderer } from 'electron'\nexport const x = [readFileSync, ipcRenderer]\n"))
      .toEqual(["src/renderer may not import 'node:fs'; see docs/architecture.md", "src/renderer may not import 'electron'; see docs/architecture.md"])
    expect(await layerErrors('src/core/scratch.ts', "import ExcelJS from 'exceljs'\nimport { z } from 'zod'\nexport const x = [ExcelJS, z]\n"))
      .toEqual(["src/core may not import 'exceljs'; see docs/architecture.md"])
  })

  it('refuses the CLI and the app depending on each other, and boardpack on the store', async () => {
    expect(await layerErrors('src/cli/scratch.ts', "export { createHandlers } from '../main/ipc'\n"))
      .toEqual(['src/cli may not import src/main (allowed: cli, store, boardpack, files, core); see docs/architecture.md'])
    expect(await layerErrors('src/boardpack/scratch.ts', "const store = await import('../store')\nexport { store }\n"))
      .toEqual(['src/boardpack may not import src/store (allowed: boardpack, files, core); see docs/architecture.md'])
  })

  it('lets each layer import what docs/architecture.md allows', async () => {
    expect(await layerErrors('src/main/scratch.ts', "import { app } from 'electron'\nimport { openDatabase } from '../store'\nimport { buildBoardPack } from '../boardpack'\nexport const x = [app, openDatabase, buildBoardPack]\n")).toEqual([])
    expect(await layerErrors('src/renderer/src/scratch.ts', "import { MAX_IMPORT_BYTES } from '../../core/limits'\nexport const x = MAX_IMPORT_BYTES\n")).toEqual([])
  })
})
