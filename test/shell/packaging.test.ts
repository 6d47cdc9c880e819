// The packaging configuration (not built here: it downloads Electron for each target). Beyond
// electron-builder's schema, each target's own requirements are checked with electron-builder's
// own code, so `npm run dist` does not fail on a build machine for a missing field: the package
// metadata check every build runs, the deb target's maintainer and homepage check, the product
// name, and the fuse settings passed to @electron/fuses.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Configuration } from 'app-builder-lib'
import { AppInfo } from 'app-builder-lib/out/appInfo'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util/out/DebugLogger'
import { load } from 'js-yaml'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../..')
const PACKAGE_JSON = join(ROOT, 'package.json')
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>

// electron-builder's internals that have no published types.
const require = createRequire(__filename)
type Metadata = Record<string, unknown> & { author?: { name: string; email?: string } }
const { readPackageJson, checkMetadata } = require('app-builder-lib/out/util/packageMetadata') as {
  readPackageJson(file: string): Promise<Metadata>
  checkMetadata(metadata: Metadata, devMetadata: Metadata, appPackageFile: string, devAppPackageFile: string): void
}
const FpmTarget = (require('app-builder-lib/out/targets/FpmTarget') as { default: { prototype: Record<string, (this: unknown) => Promise<unknown>> } }).default
const { PlatformPackager } = require('app-builder-lib/out/platformPackager') as {
  PlatformPackager: { prototype: Record<string, (this: unknown, fuses: unknown) => Promise<Record<string, unknown>>> }
}

let resolved: Configuration
let metadata: Metadata
let appInfo: AppInfo
beforeAll(async () => {
  resolved = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null)
  // As electron-builder reads the app's package.json: normalised, "Name <email>" authors split.
  metadata = await readPackageJson(PACKAGE_JSON)
  appInfo = new AppInfo({ metadata, devMetadata: metadata, config: resolved, repositoryInfo: Promise.resolve(null) } as never, null)
})

describe('electron-builder.yml', () => {
  it('matches the configuration schema of the installed electron-builder', async () => {
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it.each([
    ['runAsNode', false], ['enableNodeOptionsEnvironmentVariable', false], ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true], ['onlyLoadAppFromAsar', true], ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false]
  ])('sets the %s fuse to %s', (fuse, value) => {
    expect((config.electronFuses as Record<string, boolean>)[fuse]).toBe(value)
  })

  it('packages for Linux, macOS and Windows with the app icon', () => {
    expect(config).toHaveProperty('linux.target')
    expect(config).toHaveProperty('mac.target')
    expect(config).toHaveProperty('win.target')
    expect(config.icon).toBe('resources/icon.png')
    expect(readFileSync(join(__dirname, '../../resources/icon.png')).subarray(1, 4).toString()).toBe('PNG')
  })

  it('ships the built app only, with the SQLite binary outside the asar archive', () => {
    expect(config.files).toEqual(['out/**', 'package.json', '!**/*.map', '!**/*.{ts,tsx}'])
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3/**/*.node'])
  })
})

describe('what the targets require', () => {
  it('passes the package metadata check every electron-builder run makes', () => {
    expect(() => checkMetadata(metadata, metadata, PACKAGE_JSON, PACKAGE_JSON)).not.toThrow()
    expect(metadata.description).toMatch(/\w/)
  })

  it('gives the deb package a maintainer with an email address, and a homepage (its required fields)', async () => {
    const packager = { appInfo, info: { metadata }, config: resolved }
    const deb = await FpmTarget.prototype.computeFpmMetaInfoOptions.call({ packager, options: { ...resolved.linux, ...resolved.deb } })
    expect(deb).toMatchObject({
      name: 'rampart',
      maintainer: expect.stringMatching(/^[^<>]+ <[^@<>\s]+@[^@<>\s]+\.[a-z]+>$/),
      url: expect.stringMatching(/^https:\/\//)
    })
  })

  it('would fail the deb target without them (the check above can fail)', async () => {
    const bare: Metadata = { ...metadata, author: { name: 'Rampart contributors' }, homepage: undefined }
    const info = new AppInfo({ metadata: bare, devMetadata: bare, config: resolved, repositoryInfo: Promise.resolve(null) } as never, null)
    const packager = { appInfo: info, info: { metadata: bare }, config: resolved }
    await expect(FpmTarget.prototype.computeFpmMetaInfoOptions.call({ packager, options: {} }))
      .rejects.toThrow(/Please specify project homepage[\s\S]*Please specify author 'email'/)
  })

  it('names the product "Rampart" in package.json, which ships in the app, and nowhere else', () => {
    expect(JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')).productName).toBe('Rampart')
    expect(config.productName).toBeUndefined()
    expect(appInfo.productName).toBe('Rampart')
    expect(config.files).toContain('package.json')
  })

  it('builds the deb as the only Linux target (no AppImage: it cannot set up the sandbox)', () => {
    expect(resolved.linux?.target).toEqual(['deb'])
  })

  it('re-signs the macOS binary ad hoc after flipping the fuses, for builds without a Developer ID', async () => {
    const fuses = await PlatformPackager.prototype.generateFuseConfig.call({}, resolved.electronFuses)
    expect(fuses.resetAdHocDarwinSignature).toBe(true)
  })
})
