// better-sqlite3 is a native module built for one runtime at a time: Node (tests, CLI) or
// Electron (the app). This script loads the installed binary in the runtime about to run and
// rebuilds it only when that fails, so `npm test` and `npm start` can share one install.
//   node scripts/sqlite-runtime.mjs node       before tests, benchmarks and the CLI
//   node scripts/sqlite-runtime.mjs electron   before launching the app
// Programs are started without a shell wherever possible: a shell joins the arguments unquoted,
// which breaks paths with spaces such as C:\Program Files\nodejs\node.exe.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const target = process.argv[2]
const PROBE = "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"

/** Runs a program directly, its output shown; true when it exits 0. */
function run(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0
}

/** True when `executable` (Node, or Electron acting as Node) can open a database with the installed binary. */
function sqliteLoadsIn(executable, env = process.env) {
  return spawnSync(executable, ['-e', PROBE], { cwd: root, stdio: 'ignore', env }).status === 0
}

function npm(args) {
  // Under `npm test` / `npm start`, npm_execpath is npm's own JavaScript entry: run it with this Node.
  const npmCli = process.env.npm_execpath
  if (npmCli && /npm-cli\.c?js$/.test(npmCli)) return run(process.execPath, [npmCli, ...args])
  // Started by hand. Windows starts npm.cmd only through a shell; the arguments here are fixed
  // words without spaces, so the shell's joining cannot split or inject anything.
  if (process.platform === 'win32') {
    return spawnSync('npm.cmd', args, { cwd: root, stdio: 'inherit', shell: true }).status === 0
  }
  return run('npm', args)
}

/** The JavaScript CLI of a package (its package.json `bin`), to run with this Node rather than a .cmd shim. */
function binScript(packageName, binName) {
  // Its exports hide package.json from require, so walk up from its entry to the package folder.
  const manifestIn = (folder) => join(folder, 'package.json')
  const isPackageFolder = (folder) =>
    existsSync(manifestIn(folder)) && JSON.parse(readFileSync(manifestIn(folder), 'utf8')).name === packageName
  let folder = dirname(require.resolve(packageName))
  while (!isPackageFolder(folder)) {
    if (dirname(folder) === folder) fail(`cannot find the package folder of ${packageName}`)
    folder = dirname(folder)
  }
  const { bin } = JSON.parse(readFileSync(manifestIn(folder), 'utf8'))
  return join(folder, typeof bin === 'string' ? bin : bin[binName])
}

function fail(message) {
  process.stderr.write(`sqlite-runtime: ${message}\n`)
  process.exit(1)
}

if (target === 'node') {
  if (!sqliteLoadsIn(process.execPath)) {
    process.stdout.write('sqlite-runtime: rebuilding better-sqlite3 for Node (a minute or two)...\n')
    if (!npm(['rebuild', 'better-sqlite3']) || !sqliteLoadsIn(process.execPath)) {
      fail('better-sqlite3 could not be built for this Node; see the output above')
    }
  }
} else if (target === 'electron') {
  const electronVersion = require('electron/package.json').version
  // The electron package downloads its binary on first use; do it now, visibly.
  if (!run(process.execPath, [require.resolve('electron/install.js')])) {
    fail('could not download Electron; check the internet connection and run `npm start` again')
  }
  // The electron package's main export is the path of the downloaded executable.
  const electron = require('electron')
  const asNode = { ...process.env, ELECTRON_RUN_AS_NODE: '1' }
  if (!sqliteLoadsIn(electron, asNode)) {
    process.stdout.write(`sqlite-runtime: rebuilding better-sqlite3 for Electron ${electronVersion}...\n`)
    const rebuild = binScript('@electron/rebuild', 'electron-rebuild')
    if (!run(process.execPath, [rebuild, '-f', '-w', 'better-sqlite3', '-v', electronVersion]) || !sqliteLoadsIn(electron, asNode)) {
      fail('better-sqlite3 could not be rebuilt for Electron; `npm test` will rebuild it for Node again')
    }
  }
} else {
  fail('usage: node scripts/sqlite-runtime.mjs node|electron')
}
