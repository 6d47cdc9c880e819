// The headless `rampart` command (bin/rampart.js) is built on its own, not as an entry of the
// Electron main bundle: it depends on core, store and boardpack, never on the app's shell.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  build: {
    ssr: resolve(root, 'src/cli/index.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    copyPublicDir: false,
    // The board pack is its own chunk, loaded only by the commands that write one.
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'index.js', chunkFileNames: '[name].js' } }
  }
})
