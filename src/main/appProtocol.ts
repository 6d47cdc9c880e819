// The window's own files come from `app://rampart/`, a privileged custom scheme, instead of file://
// (Electron security checklist #18): file:// would let the page read any file the user can, while
// this handler serves only what is inside out/renderer. A standard, secure scheme is also a real
// origin, so the CSP's 'self' means exactly these files and module workers load normally.
import { readFile, realpath, stat } from 'node:fs/promises'
import nodePath from 'node:path'
import type { Protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from './security'

const APP_SCHEME = 'app'
const APP_HOST = 'rampart'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

/**
 * Must run before the app is ready: Chromium fixes each scheme's privileges at start-up.
 * `corsEnabled` lets Chromium make CORS-mode requests to the scheme at all, which the module
 * script (Vite marks it `crossorigin`) and the module Web Worker make; without it Chromium can
 * refuse them as "URL scheme must be http or https for CORS request". It widens nothing that
 * matters here: the request filter cancels every origin but app://rampart.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }
  ])
}

/** After ready: answers every app:// request from the files under `rootDir`. */
export function serveAppFiles(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, appFileHandler(rootDir))
}

export function appFileHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return respond(405, 'Method not allowed', 'text/plain; charset=utf-8', { Allow: 'GET' })
    const file = resolveAppFile(request.url, rootDir)
    const real = file === null ? null : await realFileUnder(file, rootDir)
    if (real === null) return respond(404, 'Not found', 'text/plain; charset=utf-8')
    let body: Buffer
    try {
      body = await readFile(real)
    } catch {
      return respond(404, 'Not found', 'text/plain; charset=utf-8')
    }
    return respond(200, new Uint8Array(body), contentTypeOf(real))
  }
}

/**
 * `file` itself when it is a regular file reached without a symlink anywhere under `rootDir`, else
 * null: a link placed in the renderer folder must not serve what it points at, and a FIFO or
 * device there must not stall the read.
 */
async function realFileUnder(file: string, rootDir: string): Promise<string | null> {
  try {
    const [realRoot, real] = await Promise.all([realpath(rootDir), realpath(file)])
    if (nodePath.relative(realRoot, real) !== nodePath.relative(nodePath.resolve(rootDir), file)) return null
    return (await stat(real)).isFile() ? real : null
  } catch {
    return null
  }
}

/** Every answer, errors included, carries the policy, so no response of the scheme goes without it. */
function respond(status: number, body: string | Uint8Array, contentType: string, extra: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      // The policy rides on every response, so the page and its workers get it as a header too.
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      ...extra
    }
  })
}

/**
 * The file under `rootDir` an app:// URL names, or null for anything else: another scheme or
 * host, a path that is not valid percent-encoding, or one that would leave the folder (`..`,
 * `%2e%2e`, encoded separators, drive letters). `path` is injectable so Windows rules are tested
 * on any OS.
 */
export function resolveAppFile(url: string, rootDir: string, path: typeof nodePath = nodePath): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let relative: string
  try {
    relative = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  // Separators and drive letters only ever arrive encoded; the app's own files use neither.
  if (/[\\:\0]/.test(relative)) return null
  const root = path.resolve(rootDir)
  const file = path.resolve(root, `.${relative}`)
  return file.startsWith(root + path.sep) ? file : null
}

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream'
}
