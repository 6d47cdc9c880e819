// Every handler of the contract, as plain functions over injected dependencies.
import { createActualsImportHandlers } from './actualsImportHandlers'
import { WrittenFiles } from '../writtenFiles'
import type { HandlerDeps } from './deps'
import { createExportedFileHandlers } from './exportedFileHandlers'
import { createFileHandlers } from './fileHandlers'
import type { HandlerImpls } from './registry'
import { createStoreHandlers } from './storeHandlers'

export function createHandlers(deps: HandlerDeps): HandlerImpls {
  // What this run exported: the only files the window may ask to open or show.
  const written = new WrittenFiles()
  return {
    ...createStoreHandlers(deps), ...createFileHandlers(deps, written), ...createExportedFileHandlers(deps, written),
    ...createActualsImportHandlers(deps)
  }
}
