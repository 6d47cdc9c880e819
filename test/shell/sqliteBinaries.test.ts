// One better-sqlite3 binary per runtime, side by side (src/store/sqliteBinding.cjs,
// scripts/sqlite-runtime.mjs): under Electron the store loads the one kept for that Electron,
// under Node better-sqlite3's own build (one SQLite per process), and switching runtimes puts a
// kept binary back instead of rebuilding. Electron cannot run here; Node's half is exercised for
// real, the script in a copy of the project whose better-sqlite3 build the test may break.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { keptBinding, nativeBindingForThisRuntime, runtimeKey } from '../../src/store/sqliteBinding.cjs'
import { tempDir } from './harness'

const ROOT = join(__dirname, '../..')
const require = createRequire(join(ROOT, 'package.json'))
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`))

describe('runtimeKey', () => {
  it('names the runtime, its ABI, the platform and the processor', () => {
    expect(runtimeKey({ modules: '115' }, 'linux', 'x64')).toBe('node-abi115-linux-x64')
    expect(runtimeKey({ electron: '45.5.0', modules: '140' }, 'darwin', 'arm64')).toBe('electron-abi140-darwin-arm64')
    expect(runtimeKey()).toBe(`node-abi${process.versions.modules}-${process.platform}-${process.arch}`)
  })
})

describe('the binary the store loads', () => {
  /** A kept binary for `key` in a folder of the test's own. */
  function keptFor(key: string): string {
    const folder = tempDir('rampart-kept-')
    mkdirSync(join(folder, key))
    writeFileSync(join(folder, key, 'better_sqlite3.node'), '')
    return folder
  }

  it('is the one kept for this Electron, under Electron', () => {
    const electron = { electron: '45.5.0', modules: '140' }
    const folder = keptFor(runtimeKey(electron))
    expect(nativeBindingForThisRuntime(electron, folder)).toBe(join(folder, runtimeKey(electron), 'better_sqlite3.node'))
    // Another Electron's (or processor's) is never taken: better-sqlite3's own build then answers.
    expect(nativeBindingForThisRuntime({ electron: '46.0.0', modules: '145' }, folder)).toBeUndefined()
  })

  it('is better-sqlite3\'s own build under Node, even with a Node binary kept: one SQLite per process', () => {
    const node = { modules: process.versions.modules }
    expect(nativeBindingForThisRuntime(node, keptFor(runtimeKey(node)))).toBeUndefined()
  })

  it('is, for the CLI, the very binary everything else in the process loads: the Node one, also kept', () => {
    // As `npm test` does before the tests: keeps this Node's binary if it is not kept yet.
    expect(spawnSync(process.execPath, ['scripts/sqlite-runtime.mjs', 'node'], { cwd: ROOT, encoding: 'utf8' }).status).toBe(0)
    const ownBuild = realpathSync(join(packageDir('better-sqlite3'), 'build/Release/better_sqlite3.node'))
    const folder = tempDir('rampart-binding-')
    // Lists the native modules the process loaded, as it exits.
    const probe = join(folder, 'loaded-binaries.cjs')
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache).filter((f) => f.endsWith('.node')))))")
    const plan = join(folder, 'plan.json')
    writeFileSync(plan, JSON.stringify(DEFAULT_SCENARIO))
    const run = spawnSync(process.execPath, ['-r', probe, 'bin/rampart.js', 'db', 'import', plan, '--db', join(folder, 'plans.db')], { cwd: ROOT, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/DataFlow AI - Base/)
    expect(JSON.parse(/LOADED (.*)$/.exec(run.stderr)![1])).toEqual([ownBuild])
    expect(readFileSync(keptBinding(runtimeKey())).equals(readFileSync(ownBuild))).toBe(true)
  })
})

describe('scripts/sqlite-runtime.mjs node', () => {
  /** A project with the script, the binding module and a copy of better-sqlite3 (and what it requires). */
  function projectCopy(): { root: string; ownBuild: string; kept: string; run: () => ReturnType<typeof spawnSync> } {
    const root = tempDir('rampart-sqlite-runtime-')
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'rampart-copy', private: true }))
    for (const file of ['scripts/sqlite-runtime.mjs', 'scripts/electron-checks.mjs', 'src/store/sqliteBinding.cjs']) {
      mkdirSync(dirname(join(root, file)), { recursive: true })
      cpSync(join(ROOT, file), join(root, file))
    }
    const sqlite = join(root, 'node_modules/better-sqlite3')
    for (const part of ['package.json', 'lib', 'build/Release/better_sqlite3.node']) cpSync(join(packageDir('better-sqlite3'), part), join(sqlite, part), { recursive: true })
    for (const name of ['bindings', 'file-uri-to-path']) cpSync(packageDir(name), join(root, 'node_modules', name), { recursive: true })
    return {
      root,
      ownBuild: join(sqlite, 'build/Release/better_sqlite3.node'),
      kept: join(root, 'node_modules/.rampart-sqlite', runtimeKey(), 'better_sqlite3.node'),
      run: () => spawnSync(process.execPath, [join(root, 'scripts/sqlite-runtime.mjs'), 'node'], { cwd: root, encoding: 'utf8' })
    }
  }

  it('keeps a copy of a freshly installed build for this Node', () => {
    const project = projectCopy()
    const run = project.run()
    expect(run.status, String(run.stderr)).toBe(0)
    expect(readFileSync(project.kept).equals(readFileSync(project.ownBuild))).toBe(true)
  })

  it('puts the kept Node binary back, without building, when the own build is another runtime\'s', () => {
    const project = projectCopy()
    expect(project.run().status).toBe(0)
    const nodeBinary = readFileSync(project.kept)
    // What an Electron build (or any binary this Node cannot load) looks like to Node.
    writeFileSync(project.ownBuild, 'a binary for another runtime')
    const run = project.run()
    expect(run.status, String(run.stderr)).toBe(0)
    expect(run.stdout).toBe('sqlite-runtime: put the Node build of better-sqlite3 back from its kept copy\n')
    expect(readFileSync(project.ownBuild).equals(nodeBinary)).toBe(true)
    // And the next switch finds everything in place.
    expect(project.run().stdout).toBe('')
  })
})
