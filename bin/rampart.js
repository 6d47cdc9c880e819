#!/usr/bin/env node
// Entry of `npx rampart`: the CLI is built with the app (`npm run build`) into out/cli/index.js.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const cli = join(__dirname, '..', 'out', 'cli', 'index.js')
if (!existsSync(cli)) {
  process.stderr.write('rampart: the CLI is not built yet; run `npm run build` first\n')
  process.exit(1)
}

// better-sqlite3 is built for one runtime at a time, and `npm start` builds it for Electron, which
// this Node cannot load. Say so plainly before `rampart db` fails deep inside with a
// NODE_MODULE_VERSION error; the other commands do not use SQLite.
if (process.argv[2] === 'db') {
  try {
    new (require('better-sqlite3'))(':memory:').close()
  } catch (error) {
    process.stderr.write(
      `rampart: the SQLite module cannot be loaded by this Node (${error.message.replace(/\s+/g, ' ')}).\n` +
      'It is probably built for Electron by `npm start`; run `node scripts/sqlite-runtime.mjs node` ' +
      'to rebuild it for Node, then try again.\n')
    process.exit(1)
  }
}
require(cli)
