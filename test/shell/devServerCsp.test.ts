// `npm run dev`: the page Vite's dev server sends keeps the strict policy except for what the dev
// server itself needs (the React refresh preamble, by hash, and inline styles). Runs the real
// dev-server HTML pipeline (middleware mode, no port, no Electron).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { createServer } from 'vite'
import { describe, expect, it } from 'vitest'
import { devServerCsp, relaxCspForDevServer } from '../../electron.vite.config'
import { cspDirectives } from './csp'

const RENDERER = join(__dirname, '../../src/renderer')
const sourceHtml = readFileSync(join(RENDERER, 'index.html'), 'utf8')

const policyOf = (html: string): Map<string, string[]> => {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)![1]
  return cspDirectives(content)
}
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('the dev-server CSP', () => {
  it('allows exactly the inline scripts the page holds, and inline styles', () => {
    const html = sourceHtml.replace('</head>', '<script type="module">console.log("preamble")</script></head>')
    const before = policyOf(sourceHtml)
    const after = policyOf(relaxCspForDevServer(html))
    expect(after.get('script-src')).toEqual(["'self'", sha256('console.log("preamble")')])
    expect(after.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    for (const [name, values] of before) {
      if (name !== 'script-src' && name !== 'style-src') expect(after.get(name)).toEqual(values)
    }
    expect(after.get('script-src')).not.toContain("'unsafe-inline'")
    expect([...after.values()].flat()).not.toContain("'unsafe-eval'")
  })

  it('applies to the dev server only', () => {
    expect(devServerCsp().apply).toBe('serve')
  })

  it('lets the React refresh preamble that the dev server really injects run', async () => {
    const server = await createServer({
      root: RENDERER, configFile: false, logLevel: 'silent', plugins: [react(), devServerCsp()],
      server: { middlewareMode: true, ws: false }
    })
    try {
      const served = await server.transformIndexHtml('/index.html', sourceHtml)
      const inline = [...served.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(([, body]) => body)
      expect(inline.length).toBeGreaterThan(0)
      const scriptSrc = policyOf(served).get('script-src')!
      for (const body of inline) expect(scriptSrc).toContain(sha256(body))
    } finally {
      await server.close()
    }
  })
})
