// Every handler of the contract, as plain functions over injected dependencies.
import { createActualsImportHandlers } from './actualsImportHandlers'
import type { HandlerDeps } from './deps'
import { createFileHandlers } from './fileHandlers'
import type { HandlerImpls } from './registry'
import { createStoreHandlers } from './storeHandlers'

export function createHandlers(deps: HandlerDeps): HandlerImpls {
  return { ...createStoreHandlers(deps), ...createFileHandlers(deps), ...createActualsImportHandlers(deps) }
}
