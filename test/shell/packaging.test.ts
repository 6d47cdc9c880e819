// The packaging configuration (not built here: it downloads Electron for each target) passes
// electron-builder's own schema and sets the production fuses.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util/out/DebugLogger'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

const config = load(readFileSync(join(__dirname, '../../electron-builder.yml'), 'utf8')) as Record<string, unknown>

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
