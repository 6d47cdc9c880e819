// Types `window.rampart` for the renderer (tsconfig.web.json includes this file).
import type { RampartApi } from '../shared'

declare global {
  interface Window {
    rampart: RampartApi
  }
}

export {}
