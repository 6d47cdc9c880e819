#!/usr/bin/env node
// Entry of `npx rampart`: the CLI is built with the app (`npm run build`) into out/cli/index.js.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const cli = join(__dirname, '..', 'out', 'cli', 'index.js')
if (!existsSync(cli)) {
  process.stderr.write('rampart: the CLI is not built yet; run `npm run build` first\n')
  process.exit(1)
}

// better-sqlite3's binary works in one runtime: under Node the store loads better-sqlite3's own
// build, choosing it as this probe does (src/store/sqliteBinding.cjs). When it does not load, say
// so plainly before `rampart db` fails deep inside with a NODE_MODULE_VERSION error; the other
// commands do not use SQLite.
if (process.argv[2] === 'db') {
  try {
    const { nativeBindingForThisRuntime } = require('../src/store/sqliteBinding.cjs')
    new (require('better-sqlite3'))(':memory:', { nativeBinding: nativeBindingForThisRuntime() }).close()
  } catch (error) {
    process.stderr.write(
      `rampart: the SQLite module cannot be loaded by this Node (${error.message.replace(/\s+/g, ' ')}).\n` +
      'It has not been built for this Node yet; run `node scripts/sqlite-runtime.mjs node` ' +
      'to build it, then try again.\n')
    process.exit(1)
  }
}
require(cli)
