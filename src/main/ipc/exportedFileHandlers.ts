// After an export: open the file in the app the system uses for it, or show it in its folder.
// Both act only on a file this run exported (src/main/writtenFiles.ts), through Electron's shell.
import { InputError } from '../../core/inputError'
import type { WrittenFiles } from '../writtenFiles'
import type { HandlerDeps } from './deps'
import type { HandlerImpls } from './registry'

export function createExportedFileHandlers(
  deps: HandlerDeps, written: WrittenFiles
): Pick<HandlerImpls, Extract<keyof HandlerImpls, `export/${string}`>> {
  return {
    'export/open': async (path) => {
      written.assertOpenable(path)
      const failure = await deps.shell.openPath(path)
      if (failure !== '') throw InputError.at('path', `${path} could not be opened: ${failure}`)
    },
    'export/showInFolder': (path) => {
      written.assertStillThere(path)
      deps.shell.showItemInFolder(path)
    }
  }
}
