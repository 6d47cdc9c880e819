// `npx rampart db ...` right after `npm start`, when better-sqlite3 is built for Electron: a clear
// message and exit 1 instead of a NODE_MODULE_VERSION stack. The Electron build is faked by a
// preloaded module (test/shell/fixtures/sqlite-built-for-electron.cjs); the real binary is untouched.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../..')
const ELECTRON_BUILT = join(__dirname, 'fixtures/sqlite-built-for-electron.cjs')

const rampart = (args: string[], preload: string[] = []) =>
  spawnSync(process.execPath, [...preload, 'bin/rampart.js', ...args], { cwd: ROOT, encoding: 'utf8' })

describe('rampart db with better-sqlite3 built for Electron', () => {
  it('exits 1 and says to run the sqlite-runtime script for Node', () => {
    const result = rampart(['db', 'list', '--db', join(ROOT, 'test-output/never-created.db')], ['-r', ELECTRON_BUILT])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/NODE_MODULE_VERSION 139/)
    expect(result.stderr).toMatch(/run `node scripts\/sqlite-runtime\.mjs node`/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stdout).toBe('')
  })

  it('leaves the commands that do not use SQLite working', () => {
    const result = rampart(['catalog', '--json'], ['-r', ELECTRON_BUILT])
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toBeTypeOf('object')
  })

  it('runs db commands normally when the binary loads in Node', () => {
    const result = rampart(['db', '--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^usage: rampart db/)
  })
})
