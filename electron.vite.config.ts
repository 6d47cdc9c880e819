import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The headless CLI shares the main process's engine, database and export code, so it is
        // built alongside it and runs under plain Node (bin/rampart.js).
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/cli/index.ts'),
          // The board pack is built in a worker thread, off the main process (src/main/boardPack).
          boardPackWorker: resolve(__dirname, 'src/main/boardPack/worker.ts')
        }
      }
    }
  },
  preload: {},
  renderer: {
    plugins: [react()]
  }
})
