// The security settings the app really uses, read back through stand-ins for Electron's
// BrowserWindow, session and webContents: window options, CSP (header and page), navigation,
// new windows, permissions, remote requests and the IPC sender check. The app:// protocol that
// serves the page has its own tests (appProtocol.test.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserWindowConstructor } from '../../src/main/window'
import type { Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, APP_PAGE_URL } from '../../src/main/appProtocol'
import {
  CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, isAllowedRequest, senderCheck, type SessionPolicy
} from '../../src/main/security'
import { createMainWindow } from '../../src/main/window'
import { cspDirectives as directives } from './csp'

function windowOptions(devTools = false) {
  const created: Electron.BrowserWindowConstructorOptions[] = []
  class FakeBrowserWindow {
    constructor(options: Electron.BrowserWindowConstructorOptions) {
      created.push(options)
    }
    once(): void {}
  }
  createMainWindow(FakeBrowserWindow as unknown as BrowserWindowConstructor, { preloadPath: '/app/out/preload/index.js', devTools })
  return created[0]
}

describe('the main window', () => {
  const preferences = windowOptions().webPreferences!

  it.each([
    ['contextIsolation', true], ['sandbox', true], ['nodeIntegration', false], ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false], ['webSecurity', true], ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false], ['webviewTag', false], ['navigateOnDragDrop', false], ['spellcheck', false],
    ['safeDialogs', true], ['devTools', false]
  ] as const)('sets %s to %s', (setting, value) => {
    expect(preferences[setting]).toBe(value)
  })

  it('loads the bundled preload, blocks middle-click windows, and enables no Blink features', () => {
    expect(preferences.preload).toBe('/app/out/preload/index.js')
    expect(preferences.disableBlinkFeatures).toBe('Auxclick')
    expect(preferences.enableBlinkFeatures).toBeUndefined()
  })

  it('offers developer tools only when asked (unpackaged builds)', () => {
    expect(windowOptions(true).webPreferences?.devTools).toBe(true)
  })

  it('opens at 1280x800', () => {
    expect(windowOptions()).toMatchObject({ width: 1280, height: 800 })
  })
})

describe('the content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY)

  it('allows only the app itself, with no eval, no inline script and no remote origin', () => {
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('frame-src')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/)
  })

  it('is the same policy as the meta tag in src/renderer/index.html, less what a meta tag cannot carry', () => {
    const html = readFileSync(join(__dirname, '../../src/renderer/index.html'), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
    expect(meta, 'index.html must carry a CSP meta tag').not.toBeNull()
    // Browsers ignore (and log an error for) frame-ancestors in a meta tag; the header carries it.
    const headerOnly = new Map([...policy].filter(([name]) => name !== 'frame-ancestors'))
    expect(directives(meta![1])).toEqual(headerOnly)
  })
})

const PACKAGED: SessionPolicy = { appOrigin: APP_ORIGIN, devServerOrigin: null, allowDevTools: false }
const DEV_SERVER: SessionPolicy = { appOrigin: APP_ORIGIN, devServerOrigin: 'http://localhost:5173', allowDevTools: true }

describe('the session', () => {
  type Handler = (...args: never[]) => unknown
  const registered: Record<string, Handler> = {}
  const fakeSession = {
    setPermissionRequestHandler: (handler: Handler) => { registered.permissionRequest = handler },
    setPermissionCheckHandler: (handler: Handler) => { registered.permissionCheck = handler },
    webRequest: {
      onBeforeRequest: (handler: Handler) => { registered.beforeRequest = handler }
    }
  }
  hardenSession(fakeSession as unknown as Session, PACKAGED)
  const run = <T>(name: string, ...args: unknown[]): T => {
    let answer: unknown
    const handler = registered[name] as (...input: unknown[]) => unknown
    const returned = handler(...args, (response: unknown) => { answer = response })
    return (answer ?? returned) as T
  }

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])('refuses the %s permission', (permission) => {
    expect(run('permissionRequest', {}, permission)).toBe(false)
    expect(run('permissionCheck', {}, permission, 'file://')).toBe(false)
  })

  it.each([
    ['https://cdn.example.com/lib.js', true], ['http://localhost:5173/', true], ['ws://localhost:5173/', true],
    ['file:///app/out/renderer/index.html', true], ['file:///etc/passwd', true],
    ['app://elsewhere/index.html', true], ['blob:https://example.com/0b7c', true], ['devtools://devtools/bundled/x', true],
    ['app://rampart/index.html', false], ['app://rampart/assets/simulation.worker-abc.js', false],
    ['data:image/png;base64,AAAA', false], ['blob:app://rampart/0b7c-11aa', false]
  ])('cancels %s: %s', (url, cancel) => {
    expect(run('beforeRequest', { url })).toEqual({ cancel })
  })

  it('lets the devtools and the dev server through only in an unpackaged build', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html', DEV_SERVER)).toBe(true)
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', DEV_SERVER)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', DEV_SERVER)).toBe(true)
    expect(isAllowedRequest('blob:http://localhost:5173/0b7c', DEV_SERVER)).toBe(true)
    expect(isAllowedRequest('http://localhost:8080/', DEV_SERVER)).toBe(false)
    expect(isAllowedRequest('https://example.com/', DEV_SERVER)).toBe(false)
    expect(isAllowedRequest('file:///etc/passwd', DEV_SERVER)).toBe(false)
    expect(isAllowedRequest('not a url', DEV_SERVER)).toBe(false)
  })
})

describe('every web contents', () => {
  const listeners = new Map<string, (event: { preventDefault: () => void }) => void>()
  let openHandler: ((details: { url: string }) => unknown) | undefined
  const contents = {
    on: (name: string, listener: (event: { preventDefault: () => void }) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => { openHandler = handler }
  }
  hardenWebContents(contents as unknown as WebContents)

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    let prevented = false
    listeners.get(name)!({ preventDefault: () => { prevented = true } })
    expect(prevented).toBe(true)
  })

  it('denies every new window', () => {
    expect(openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    expect(openHandler!({ url: 'file:///app/out/renderer/index.html' })).toEqual({ action: 'deny' })
  })
})

describe('the IPC sender check', () => {
  const trusted = senderCheck(APP_PAGE_URL)
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } })

  it('trusts the app page, including its safe start query and hash routes', () => {
    expect(trusted(frame('app://rampart/index.html'))).toBe(true)
    expect(trusted(frame('app://rampart/index.html?safe=1#/scenarios'))).toBe(true)
  })

  it('refuses other pages, origins, subframes and destroyed frames', () => {
    expect(trusted(frame('app://rampart/other.html'))).toBe(false)
    expect(trusted(frame('app://elsewhere/index.html'))).toBe(false)
    expect(trusted(frame('file:///app/out/renderer/index.html'))).toBe(false)
    expect(trusted(frame('https://rampart/index.html'))).toBe(false)
    expect(trusted(frame('app://rampart/index.html', { url: 'parent' }))).toBe(false)
    expect(trusted({ senderFrame: null })).toBe(false)
  })
})
