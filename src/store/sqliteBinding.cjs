// Which native binary of the database driver to load. better-sqlite3's binary works in one runtime
// (Node for tests and the CLI, Electron for the app: each has its own ABI) on one processor, so
// scripts/sqlite-runtime.mjs keeps one built binary per runtime side by side in
// node_modules/.rampart-sqlite/<runtime key>/, and keeps better-sqlite3's own build the Node one.
// Under Node the store therefore loads better-sqlite3's own build, as everything else in the
// process does: two copies of SQLite in one process do not see each other's file locks, which
// corrupts databases. Under Electron it loads the binary kept for that Electron (better-sqlite3's
// `nativeBinding` option), so switching between `npm test` and `npm start` costs nothing. An
// installed app has no such folder and loads the binary electron-builder built into it.
// Plain CommonJS, because the script (plain Node, before anything is built), Electron run as Node
// and the bundled store all load this one file.
'use strict'
const { existsSync } = require('node:fs')
const { dirname, join } = require('node:path')

/**
 * e.g. `node-abi115-linux-x64`, `electron-abi140-darwin-arm64`; for another runtime pass its values.
 * @param {{ electron?: string, modules: string }} [versions]
 * @param {string} [platform]
 * @param {string} [arch]
 * @returns {string}
 */
function runtimeKey(versions = process.versions, platform = process.platform, arch = process.arch) {
  return `${versions.electron ? 'electron' : 'node'}-abi${versions.modules}-${platform}-${arch}`
}

/** node_modules/.rampart-sqlite, beside better-sqlite3 itself (and so never inside it, where a rebuild would delete it). */
function bindingsFolder() {
  return join(dirname(dirname(require.resolve('better-sqlite3/package.json'))), '.rampart-sqlite')
}

/**
 * Where the binary for the runtime `key` is kept.
 * @param {string} [key]
 * @param {string} [folder]
 */
function keptBinding(key = runtimeKey(), folder = bindingsFolder()) {
  return join(folder, key, 'better_sqlite3.node')
}

/**
 * The binary the store should load, or undefined for better-sqlite3's own build: under Electron the
 * one kept for it, when there is one; under Node always the own build.
 * @param {{ electron?: string, modules: string }} [versions]
 * @param {string} [folder]
 * @returns {string | undefined}
 */
function nativeBindingForThisRuntime(versions = process.versions, folder = bindingsFolder()) {
  if (!versions.electron) return undefined
  const file = keptBinding(runtimeKey(versions), folder)
  return existsSync(file) ? file : undefined
}

module.exports = { runtimeKey, keptBinding, nativeBindingForThisRuntime }
