import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi

/**
 * `npm run dev` only: Vite's dev server adds an inline React refresh preamble to the page and
 * inserts CSS as <style> elements at run time, both of which the page's strict CSP blocks. The
 * served page's policy gains the hash of each inline script it actually contains, and inline
 * styles; nothing else changes, and the built index.html keeps the strict policy
 * (test/shell/builtOutput.test.ts).
 */
export function relaxCspForDevServer(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`)
  return html.replace(CSP_META, (_match, start: string, policy: string, end: string) => {
    const relaxed = policy.split(';').map((directive) => {
      const [name] = directive.trim().split(/\s+/)
      if (name === 'script-src') return `${directive.trimEnd()} ${hashes.join(' ')}`.trimEnd()
      if (name === 'style-src') return `${directive.trimEnd()} 'unsafe-inline'`
      return directive
    })
    return `${start}${relaxed.join(';')}${end}`
  })
}

export function devServerCsp(): Plugin {
  return {
    name: 'rampart:dev-server-csp',
    apply: 'serve',
    // After every other plugin, so the scripts they inject are there to be hashed.
    transformIndexHtml: { order: 'post', handler: relaxCspForDevServer }
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The headless CLI is built on its own (vite.cli.config.mts).
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Worker threads of the main process (src/main/workerJobs): the board pack is built, and
          // an export of actuals read, off the main thread that every window waits on.
          boardPackWorker: resolve(__dirname, 'src/main/boardPack/worker.ts'),
          actualsTableWorker: resolve(__dirname, 'src/main/actualsTable/worker.ts')
        }
      }
    }
  },
  preload: {},
  renderer: {
    plugins: [react(), devServerCsp()]
  }
})
