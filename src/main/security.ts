// Hardening that applies to every window and to the app's session (Electron security checklist):
// no navigation, no new windows, no frames, no webviews, no permissions, no requests to anywhere
// but the app's own origin (app://rampart, src/main/appProtocol.ts), and IPC answered only for the
// app's own page. Electron objects are passed in, so tests exercise this with fakes.
import type { Session, WebContents } from 'electron'
import type { IpcInvokeEventLike } from './ipc/registry'

/**
 * Sent as a header with every app:// response (src/main/appProtocol.ts). The meta tag in
 * src/renderer/index.html has the same policy except frame-ancestors, which only works as a
 * header (test/shell/hardening.test.ts keeps the two in step).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export interface SessionPolicy {
  /** The app's own origin, `app://rampart`. */
  appOrigin: string
  /** electron-vite's dev server (unpackaged `npm run dev` only); null in a real build. */
  devServerOrigin: string | null
  /** The developer tools' own pages (devtools://); unpackaged builds only. */
  allowDevTools: boolean
}

/**
 * The only requests the window may make: the app's own files, inline images (data:) and blobs
 * the page made itself, plus the devtools and the dev server when unpackaged.
 */
export function isAllowedRequest(url: string, policy: SessionPolicy): boolean {
  const parsed = safeUrl(url)
  if (parsed === null) return false
  if (parsed.protocol === 'data:') return true
  if (parsed.protocol === 'devtools:') return policy.allowDevTools
  // blob:app://rampart/<uuid>: a blob belongs to the origin that created it.
  const target = parsed.protocol === 'blob:' ? safeUrl(parsed.pathname) : parsed
  if (target === null) return false
  return isOrigin(target, policy.appOrigin) || isDevServerUrl(target, policy)
}

function isDevServerUrl(url: URL, policy: SessionPolicy): boolean {
  if (policy.devServerOrigin === null) return false
  const dev = new URL(policy.devServerOrigin)
  // Vite's hot reload connects back over a WebSocket on the same host and port.
  return url.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)
}

/** Compared by scheme and host: Node gives custom schemes an opaque `origin` of "null". */
function isOrigin(url: URL, origin: string): boolean {
  const expected = new URL(origin)
  return url.protocol === expected.protocol && url.host === expected.host
}

export function hardenSession(session: Session, policy: SessionPolicy): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, policy) })
  })
}

/** Applied to every web contents the app creates (app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  // Any frame, not only the top one (the CSP's frame-src 'none' should leave none to navigate).
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Accepts IPC only from the app's own page (any query or hash route of it) in a top-level frame. */
export function senderCheck(appPageUrl: string): (event: IpcInvokeEventLike) => boolean {
  const page = safeUrl(appPageUrl)
  if (page === null) throw new Error(`not a URL: ${appPageUrl}`)
  return (event) => {
    const frame = event.senderFrame
    if (frame === null || frame.parent !== null) return false
    const sender = safeUrl(frame.url)
    return sender !== null && sender.protocol === page.protocol && sender.host === page.host &&
      sender.pathname === page.pathname
  }
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}
