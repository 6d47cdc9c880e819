import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import nodePath from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { APP_PAGE_URL, appFileHandler, contentTypeOf, registerAppScheme, resolveAppFile, serveAppFiles } from './appProtocol'
import { CONTENT_SECURITY_POLICY } from './security'

// A built renderer folder, with a secret next to it that must never be served.
const outside = mkdtempSync(join(tmpdir(), 'rampart-protocol-'))
afterAll(() => rmSync(outside, { recursive: true, force: true }))
const root = join(outside, 'renderer')
mkdirSync(join(root, 'assets'), { recursive: true })
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Rampart</title>')
writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {}')
writeFileSync(join(root, 'assets', 'simulation.worker-abc.js'), 'self.onmessage = () => {}')
writeFileSync(join(root, 'assets', 'index-abc.css'), 'body {}')
writeFileSync(join(outside, 'secret.txt'), 'not for the page')
writeFileSync(join(outside, 'renderer-evil.txt'), 'shares the folder name as a prefix')
// Links and special files placed inside the renderer folder, which must not be served.
symlinkSync(join(outside, 'secret.txt'), join(root, 'linked-secret.txt'))
symlinkSync(join(root, 'index.html'), join(root, 'linked-index.html'))
symlinkSync(outside, join(root, 'linked-folder'))
symlinkSync(join(root, 'gone.js'), join(root, 'dangling.js'))
execFileSync('mkfifo', [join(root, 'pipe.js')])

describe('resolveAppFile', () => {
  it('maps app://rampart paths to files under the renderer folder, ignoring query and hash', () => {
    expect(resolveAppFile(APP_PAGE_URL, root)).toBe(join(root, 'index.html'))
    expect(resolveAppFile('app://rampart/index.html?safe=1#/scenarios', root)).toBe(join(root, 'index.html'))
    expect(resolveAppFile('app://rampart/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'))
    expect(resolveAppFile('app://rampart/assets/my%20file.js', root)).toBe(join(root, 'assets', 'my file.js'))
  })

  it.each([
    ['dot-dots behind encoded slashes', 'app://rampart/assets/..%2f..%2fsecret.txt'],
    ['a sibling folder sharing the name as a prefix', 'app://rampart/..%2frenderer-evil.txt'],
    ['an encoded backslash', 'app://rampart/..%5csecret.txt'],
    ['a drive letter', 'app://rampart/C:%5CWindows%5Cwin.ini'],
    ['a NUL byte', 'app://rampart/index.html%00.png'],
    ['broken percent-encoding', 'app://rampart/%E0%A4%A'],
    ['the folder itself', 'app://rampart/'],
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['not a URL', 'index.html']
  ])('refuses %s', (_what, url) => {
    expect(resolveAppFile(url, root)).toBeNull()
  })

  it('keeps plain and encoded dot-dots inside the folder (URL parsing removes them first)', () => {
    expect(resolveAppFile('app://rampart/../secret.txt', root)).toBe(join(root, 'secret.txt'))
    expect(resolveAppFile('app://rampart/%2e%2e/secret.txt', root)).toBe(join(root, 'secret.txt'))
    expect(resolveAppFile('app://rampart/assets/%2E%2E/%2e%2e/%2e%2e/secret.txt', root)).toBe(join(root, 'secret.txt'))
  })

  it('keeps absolute paths inside the folder', () => {
    expect(resolveAppFile('app://rampart//etc/passwd', root)).toBe(join(root, 'etc', 'passwd'))
    expect(resolveAppFile('app://rampart/%2Fetc%2Fpasswd', root)).toBe(join(root, 'etc', 'passwd'))
  })

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Rampart\\resources\\app.asar\\out\\renderer'
    expect(resolveAppFile(APP_PAGE_URL, winRoot, nodePath.win32)).toBe(`${winRoot}\\index.html`)
    expect(resolveAppFile('app://rampart/..%2F..%2Fsecret.txt', winRoot, nodePath.win32)).toBeNull()
    expect(resolveAppFile('app://rampart/..%5C..%5Csecret.txt', winRoot, nodePath.win32)).toBeNull()
    expect(resolveAppFile('app://rampart/D:%2Fsecret.txt', winRoot, nodePath.win32)).toBeNull()
    expect(resolveAppFile('app://rampart/%2F%2Fserver%2Fshare%2Fx', winRoot, nodePath.win32)).toBe(`${winRoot}\\server\\share\\x`)
  })
})

describe('the app:// handler', () => {
  const handle = appFileHandler(root)
  const get = (url: string, init?: RequestInit) => handle(new Request(url, init))

  it('serves the page with its content type and the CSP header', async () => {
    const response = await get(APP_PAGE_URL)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe('<!doctype html><title>Rampart</title>')
  })

  it('serves scripts, module workers and styles with the right types', async () => {
    for (const [path, type] of [['assets/index-abc.js', 'text/javascript'], ['assets/simulation.worker-abc.js', 'text/javascript'], ['assets/index-abc.css', 'text/css']]) {
      const response = await get(`app://rampart/${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('answers 404 for missing files, folders and anything outside the renderer folder', async () => {
    for (const url of ['app://rampart/missing.js', 'app://rampart/assets', 'app://rampart/%2e%2e/secret.txt', 'app://rampart/..%2fsecret.txt', 'app://other/index.html']) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(await response.text()).not.toMatch(/not for the page/)
    }
  })

  it('refuses methods other than GET', async () => {
    expect((await get(APP_PAGE_URL, { method: 'POST', body: 'x' })).status).toBe(405)
  })

  it('sends the CSP header with 404 and 405 answers too', async () => {
    for (const response of [await get('app://rampart/missing.js'), await get(APP_PAGE_URL, { method: 'PUT', body: 'x' })]) {
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('serves no symlink (to a file outside, inside, or a folder), dangling link or FIFO in the folder', async () => {
    for (const path of ['linked-secret.txt', 'linked-index.html', 'linked-folder/secret.txt', 'dangling.js', 'pipe.js']) {
      const response = await get(`app://rampart/${path}`)
      expect(response.status, path).toBe(404)
      expect(await response.text()).toBe('Not found')
    }
  })
})

describe('registration', () => {
  it('registers app as a standard, secure scheme with fetch and CORS-mode loads, and serves it with the handler', async () => {
    const registered: unknown[] = []
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) })
    expect(registered).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }])
    let served: { scheme: string; handler: (request: Request) => Promise<Response> } | null = null
    serveAppFiles({ handle: (scheme, handler) => { served = { scheme, handler: handler as never } } }, root)
    expect(served!.scheme).toBe('app')
    expect((await served!.handler(new Request(APP_PAGE_URL))).status).toBe(200)
  })

  it('names content types by extension, with a safe default', () => {
    expect(contentTypeOf('x/ICON.SVG')).toBe('image/svg+xml')
    expect(contentTypeOf('x/font.woff2')).toBe('font/woff2')
    expect(contentTypeOf('x/unknown.bin')).toBe('application/octet-stream')
  })
})
