// Hardening that applies to every window and to the app's session (Electron security checklist):
// no navigation, no new windows, no webviews, no permissions, no requests to anywhere but the
// app's own files, a strict CSP header, and IPC answered only for the app's own page.
// Electron objects are passed in, so tests exercise this with fakes.
import type { Session, WebContents } from 'electron'
import type { IpcInvokeEventLike } from './ipc/registry'

/**
 * The meta tag in src/renderer/index.html has the same policy except frame-ancestors, which only
 * works as a header (test/shell/hardening.test.ts keeps the two in step).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** Schemes the window may load from: its own files, inline images, and the devtools UI. */
const LOCAL_SCHEMES = new Set(['file:', 'data:', 'blob:', 'devtools:'])

export interface SessionPolicy {
  /** electron-vite's dev server (unpackaged `npm run dev` only); null in a real build. */
  devServerOrigin: string | null
}

export function isAllowedRequest(url: string, policy: SessionPolicy): boolean {
  const parsed = safeUrl(url)
  if (parsed === null) return false
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true
  return isDevServerUrl(url, policy)
}

function isDevServerUrl(url: string, policy: SessionPolicy): boolean {
  const parsed = safeUrl(url)
  if (parsed === null || policy.devServerOrigin === null) return false
  const dev = new URL(policy.devServerOrigin)
  // Vite's hot reload connects back over a WebSocket on the same host and port.
  return parsed.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)
}

export function hardenSession(session: Session, policy: SessionPolicy): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, policy) })
  })
  session.webRequest.onHeadersReceived((details, callback) => {
    // Vite's dev server (unpackaged `npm run dev` only) serves its own hot-reload scripts.
    if (isDevServerUrl(details.url, policy)) return callback({ responseHeaders: details.responseHeaders })
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}

/** Applied to every web contents the app creates (app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Accepts IPC only from the app's own page (any hash route of it) in a top-level frame. */
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
