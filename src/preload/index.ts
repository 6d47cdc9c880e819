import { contextBridge } from 'electron'

contextBridge.exposeInMainWorld('rampart', {})
