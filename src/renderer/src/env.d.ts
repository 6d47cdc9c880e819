// `window.rampart` as the preload (or the end-to-end harness) exposes it, typed from the IPC
// contract so every call site is checked against the handlers' signatures.
import type { RampartApi } from '../../shared/ipc'

declare global {
  interface Window {
    rampart: RampartApi
  }
}

export {}
