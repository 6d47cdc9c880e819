// The IPC contract between main, the preload and the renderer: one entry for every layer that uses it.
export * from './ipc'
export * from './api'
