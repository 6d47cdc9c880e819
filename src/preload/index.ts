// The sandboxed preload: exposes exactly the contract's functions as `window.rampart`, nothing
// of ipcRenderer itself, so the page can reach main only through the validated channels.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildRampartApi } from '../shared'
import type { IpcResult } from '../shared'

const api = buildRampartApi({
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<unknown>>,
  subscribe: (event, listener) => {
    const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload)
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  }
})

contextBridge.exposeInMainWorld('rampart', api)
