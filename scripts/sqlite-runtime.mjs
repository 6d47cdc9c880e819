// better-sqlite3 is a native module: its binary works in one runtime (Node for tests, benchmarks
// and the CLI; Electron for the app) on one processor. This script keeps a working binary for each
// runtime side by side in node_modules/.rampart-sqlite/<runtime key>/ (src/store/sqliteBinding.cjs
// names them), and the store loads the one for the runtime it runs in. Each binary is built once;
// switching between `npm test` and `npm start` afterwards only checks that it still loads.
//   node scripts/sqlite-runtime.mjs node       before tests, benchmarks and the CLI
//   node scripts/sqlite-runtime.mjs electron   before launching the app (`npm start` runs it)
// better-sqlite3's own build folder always ends up holding the Node binary, for code that loads
// the module without the store (tests that inspect a database file directly).
// Programs are started without a shell wherever possible: a shell joins the arguments unquoted,
// which breaks paths with spaces such as C:\Program Files\nodejs\node.exe.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ensureElectronBinary, packageFolder, ROOT } from './electron-checks.mjs'

const require = createRequire(join(ROOT, 'package.json'))
const BINDING_MODULE = join(ROOT, 'src/store/sqliteBinding.cjs')
const { keptBinding, runtimeKey } = require(BINDING_MODULE)

/** better-sqlite3's own build, which `npm ci`, `npm rebuild` and @electron/rebuild write. */
export function ownBuild(root = ROOT) {
  return join(packageFolder('better-sqlite3', root), 'build', 'Release', 'better_sqlite3.node')
}

/** Runs a program directly, its output shown; true when it exits 0. */
function run(command, args) {
  return spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' }).status === 0
}

/** True when `executable` (Node, or Electron run as Node) opens a database with the binary `file`. */
function loadsIn(executable, file, env = process.env) {
  const probe = `new (require('better-sqlite3'))(':memory:', { nativeBinding: ${JSON.stringify(file)} }).prepare('select 1').get()`
  return existsSync(file) && spawnSync(executable, ['-e', probe], { cwd: ROOT, stdio: 'ignore', env }).status === 0
}

/** Copies a binary into place through a temporary file and a rename: a process that has the old one loaded keeps it intact. */
function placeBinary(from, to) {
  mkdirSync(dirname(to), { recursive: true })
  const temp = `${to}.${process.pid}.tmp`
  copyFileSync(from, temp)
  renameSync(temp, to)
}

/** Runs npm with `args`, its output shown; true when it exits 0. */
export function runNpm(args) {
  // Under `npm test` / `npm start`, npm_execpath is npm's own JavaScript entry: run it with this Node.
  const npmCli = process.env.npm_execpath
  if (npmCli && /npm-cli\.c?js$/.test(npmCli)) return run(process.execPath, [npmCli, ...args])
  // Started by hand. Windows starts npm.cmd only through a shell; the arguments here are fixed
  // words without spaces, so the shell's joining cannot split or inject anything.
  if (process.platform === 'win32') {
    return spawnSync('npm.cmd', args, { cwd: ROOT, stdio: 'inherit', shell: true }).status === 0
  }
  return run('npm', args)
}

/** The JavaScript CLI of a package (its package.json `bin`), to run with this Node rather than a .cmd shim. */
function binScript(packageName, binName) {
  const folder = packageFolder(packageName)
  const { bin } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
  return join(folder, typeof bin === 'string' ? bin : bin[binName])
}

function fail(message) {
  process.stderr.write(`sqlite-runtime: ${message}\n`)
  process.exit(1)
}

/**
 * Makes sure this Node has its binary kept, and that better-sqlite3's own build is it. Returns
 * what was done: 'kept' (already there), 'restored' (own build put back from the kept copy),
 * 'copied' (own build kept), or 'rebuilt'.
 */
export function ensureNodeBinary() {
  const kept = keptBinding(runtimeKey())
  const own = ownBuild()
  if (loadsIn(process.execPath, kept)) {
    if (loadsIn(process.execPath, own)) return 'kept'
    placeBinary(kept, own)
    return 'restored'
  }
  if (loadsIn(process.execPath, own)) {
    placeBinary(own, kept)
    return 'copied'
  }
  process.stdout.write('sqlite-runtime: building better-sqlite3 for Node (a minute or two)...\n')
  if (!runNpm(['rebuild', 'better-sqlite3']) || !loadsIn(process.execPath, own)) {
    fail('better-sqlite3 could not be built for this Node; see the output above')
  }
  placeBinary(own, kept)
  return 'rebuilt'
}

/** Makes sure the installed Electron has its binary kept, building it once for that Electron's ABI and processor. */
function ensureElectronBinding() {
  const problem = ensureElectronBinary()
  if (problem !== null) fail(problem)
  // The package's main export is the executable's path (downloaded by now).
  const electron = require('electron')
  const asNode = { ...process.env, ELECTRON_RUN_AS_NODE: '1' }
  // Asked of the Electron binary itself: an x64 Node on Apple Silicon installs an arm64 Electron.
  const described = spawnSync(electron, ['-e', `const b = require(${JSON.stringify(BINDING_MODULE)}); ` +
    'console.log(JSON.stringify({ key: b.runtimeKey(), arch: process.arch, version: process.versions.electron }))'], { cwd: ROOT, env: asNode, encoding: 'utf8' })
  if (described.status !== 0) fail(`Electron did not run as Node: ${described.stderr.trim()}`)
  const { key, arch, version } = JSON.parse(described.stdout.trim().split('\n').at(-1))
  const kept = keptBinding(key)
  if (loadsIn(electron, kept, asNode)) return
  // The rebuild overwrites better-sqlite3's own build: keep Node's first, and put it back after.
  ensureNodeBinary()
  process.stdout.write(`sqlite-runtime: building better-sqlite3 for Electron ${version} (${arch}), once...\n`)
  const rebuild = binScript('@electron/rebuild', 'electron-rebuild')
  const built = run(process.execPath, [rebuild, '-f', '-w', 'better-sqlite3', '-v', version, '-a', arch]) && loadsIn(electron, ownBuild(), asNode)
  if (built) placeBinary(ownBuild(), kept)
  placeBinary(keptBinding(runtimeKey()), ownBuild())
  if (!built) fail('better-sqlite3 could not be built for Electron; see the output above (docs/packaging.md lists what the build needs)')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.argv[2]
  if (target === 'node') {
    const done = ensureNodeBinary()
    if (done === 'restored') process.stdout.write('sqlite-runtime: put the Node build of better-sqlite3 back from its kept copy\n')
  } else if (target === 'electron') ensureElectronBinding()
  else fail('usage: node scripts/sqlite-runtime.mjs node|electron')
}
