// `window.rampart` as the preload (or the end-to-end harness) exposes it, typed from the IPC
// contract. Only App reads it, to hand it to RampartProvider; everything else calls main through
// useRampart() (./ipc), so unit tests can pass a fake instead.
import type { RampartApi } from '../../shared'

declare global {
  interface Window {
    rampart: RampartApi
  }
}

export {}
