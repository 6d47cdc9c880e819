// better-sqlite3 is a native module built for one runtime at a time: Node (tests, CLI) or
// Electron (the app). This script makes the installed binary match the runtime about to run,
// rebuilding only when switching, so `npm test` and `npm start` can share one install.
//   node scripts/sqlite-runtime.mjs node       before tests, benchmarks and the CLI
//   node scripts/sqlite-runtime.mjs electron   before launching the app
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const stampFile = join(root, 'node_modules', '.rampart-sqlite-runtime')
const require = createRequire(join(root, 'package.json'))
const target = process.argv[2]

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  return result.status === 0
}

function loadsInNode() {
  const probe = "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"
  return spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'ignore' }).status === 0
}

function stamp() {
  return existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : ''
}

function fail(message) {
  process.stderr.write(`sqlite-runtime: ${message}\n`)
  process.exit(1)
}

if (target === 'node') {
  if (!loadsInNode()) {
    process.stdout.write('sqlite-runtime: rebuilding better-sqlite3 for Node (a minute or two)...\n')
    if (!run('npm', ['rebuild', 'better-sqlite3']) || !loadsInNode()) {
      fail('better-sqlite3 could not be built for this Node; see the output above')
    }
  }
  writeFileSync(stampFile, 'node\n')
} else if (target === 'electron') {
  const electronVersion = require('electron/package.json').version
  // The electron package downloads its binary on first use; do it now, visibly.
  if (!run(process.execPath, [require.resolve('electron/install.js')])) {
    fail('could not download Electron; check the internet connection and run `npm start` again')
  }
  const wanted = `electron-${electronVersion}`
  if (stamp() !== wanted) {
    process.stdout.write(`sqlite-runtime: rebuilding better-sqlite3 for Electron ${electronVersion}...\n`)
    const rebuild = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-rebuild.cmd' : 'electron-rebuild')
    if (!run(rebuild, ['-f', '-w', 'better-sqlite3', '-v', electronVersion])) {
      fail('better-sqlite3 could not be rebuilt for Electron; `npm test` will rebuild it for Node again')
    }
    writeFileSync(stampFile, `${wanted}\n`)
  }
} else {
  fail('usage: node scripts/sqlite-runtime.mjs node|electron')
}
