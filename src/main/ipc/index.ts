// The main process's side of the IPC contract (src/shared/ipc.ts).
export { createHandlers } from './handlers'
export { registerHandlers, type HandlerImpls, type IpcInvokeEventLike, type IpcMainLike, type RegistrationOptions } from './registry'
export type { ActualsTableReader, BoardPackBuilder, BoardPackOptions, DialogsLike, FileFilter, HandlerDeps, LifecycleLike, ShellLike } from './deps'
