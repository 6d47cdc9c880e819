// Where the database driver's native binary for this runtime is kept. better-sqlite3's binary
// works in one runtime (Node for tests and the CLI, Electron for the app: each has its own ABI) on
// one processor, so scripts/sqlite-runtime.mjs keeps one built binary per runtime side by side in
// node_modules/.rampart-sqlite/<runtime key>/, and the store opens every database with the one for
// the runtime it runs in (better-sqlite3's `nativeBinding` option). Switching between `npm test`
// and `npm start` then costs nothing. An installed app has no such folder and loads the binary
// electron-builder built into it.
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

/** Where the binary for the runtime `key` is kept. */
function keptBinding(key = runtimeKey()) {
  return join(bindingsFolder(), key, 'better_sqlite3.node')
}

/**
 * The kept binary for Electron, or undefined: better-sqlite3 then loads its own build.
 * @returns {string | undefined}
 */
function nativeBindingForThisRuntime() {
  // Under Node, better-sqlite3's own build is the Node one (scripts/sqlite-runtime.mjs puts it back
  // after building for Electron), so load that very file: a second copy of SQLite in one process
  // would not see the first one's POSIX locks, and a test holding a lock with plain better-sqlite3
  // would not be seen by the store.
  if (!process.versions.electron) return undefined
  const file = keptBinding()
  return existsSync(file) ? file : undefined
}

module.exports = { runtimeKey, keptBinding, nativeBindingForThisRuntime }
