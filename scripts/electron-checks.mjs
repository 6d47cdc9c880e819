// What running or packaging the desktop app needs before Electron starts, checked up front so the
// user reads a sentence and the exact commands instead of a failure deep inside a dependency or
// Chromium's own abort:
//   node scripts/electron-checks.mjs start   before `npm start` / `npm run dev`: the Node version,
//                                            Electron's binary (downloaded on first use), and on
//                                            Linux whether Chromium's sandbox can start
//   node scripts/electron-checks.mjs dist    before `npm run dist`: the Node version
// scripts/smoke.mjs uses the same checks without downloading anything.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The folder of an installed package (whose exports may hide its package.json from require). */
export function packageFolder(name, from = ROOT) {
  let folder = dirname(createRequire(join(from, 'package.json')).resolve(name))
  const manifest = (dir) => join(dir, 'package.json')
  while (!(existsSync(manifest(folder)) && JSON.parse(readFileSync(manifest(folder), 'utf8')).name === name)) {
    if (dirname(folder) === folder) throw new Error(`cannot find the package folder of ${name}`)
    folder = dirname(folder)
  }
  return folder
}

/** The packages that run and package Electron declare the Node they need; the highest minimum applies. */
const ELECTRON_TOOLING = ['electron', '@electron/get', '@electron/rebuild']

/** e.g. `{ version: [22, 12, 0], declaredBy: ['electron', '@electron/get', '@electron/rebuild'] }` */
export function requiredNode(packages = ELECTRON_TOOLING) {
  const minimums = packages.map((name) => {
    const { engines } = JSON.parse(readFileSync(join(packageFolder(name, name === 'electron' ? ROOT : packageFolder('electron')), 'package.json'), 'utf8'))
    const match = /^\s*>=\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(engines?.node ?? '')
    if (!match) throw new Error(`${name} declares no Node minimum this check can read ("${engines?.node}")`)
    return { name, version: match.slice(1).map(Number) }
  })
  const highest = minimums.reduce((a, b) => (compareVersions(a.version, b.version) >= 0 ? a : b)).version
  return { version: highest, declaredBy: minimums.filter((m) => compareVersions(m.version, highest) === 0).map((m) => m.name) }
}

function compareVersions(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

/** Null when `version` (this Node's by default) can run `command`, else what to do. */
export function nodeVersionProblem(command, version = process.versions.node, required = requiredNode()) {
  const have = version.split('.').map(Number)
  if (compareVersions(have, required.version) >= 0) return null
  const needed = required.version.join('.')
  return `\`${command}\` needs Node ${needed} or later (${required.declaredBy.join(', ')} require it); this is Node ${version}.\n` +
    `Install Node ${required.version[0]} (nodejs.org, or \`nvm install ${required.version[0]}\`) and run it again. ` +
    'The command line (`npx rampart`) and `npm test` also run on Node 20.19.'
}

/**
 * The downloaded Electron executable, without downloading it: `{ path }`, or `{ problem }` when
 * the electron package has not fetched its binary yet. (The package's own entry would start a
 * download when asked for the path.)
 */
export function electronBinary() {
  const folder = packageFolder('electron')
  const pathFile = join(folder, 'path.txt')
  const path = existsSync(pathFile) ? join(folder, 'dist', readFileSync(pathFile, 'utf8').trim()) : null
  if (path !== null && existsSync(path)) return { path }
  return {
    problem: `Electron's binary is not installed (${shownPath(join(folder, 'dist'))} has no Electron executable).\n` +
      'Run `node node_modules/electron/install.js` on a machine with internet access (or `npm ci`, which runs it), then try again.'
  }
}

/** A path inside the project relative to it, any other in full. */
export function shownPath(path) {
  const inside = relative(ROOT, path)
  return inside.startsWith('..') ? path : inside
}

/** Downloads Electron's binary on first use (visibly; a no-op once it is there). Null, or what went wrong. */
export function ensureElectronBinary() {
  const install = spawnSync(process.execPath, [join(packageFolder('electron'), 'install.js')], { cwd: ROOT, stdio: 'inherit' })
  if (install.status !== 0) return 'Electron could not be downloaded: check the internet connection and run the command again.'
  return electronBinary().problem ?? null
}

/**
 * Linux: null when Chromium's sandbox can start for `electronPath`, else why not and the commands
 * that fix it. Chromium sandboxes with unprivileged user namespaces, or failing that with the
 * setuid helper `chrome-sandbox` beside the executable. Ubuntu 23.10 and later let AppArmor refuse
 * the namespaces to programs without a profile (electron/electron#41066, #42510), and npm installs
 * the helper without root and the setuid bit, so Chromium aborts before a window appears.
 */
export function linuxSandboxProblem(electronPath, { procSys = '/proc/sys', appArmorProfiles = '/etc/apparmor.d', uid = process.getuid() } = {}) {
  if (uid === 0) {
    return 'Electron does not start as root (Chromium refuses to run its sandbox as root): run `npm start` as your own user.'
  }
  const helper = join(dirname(electronPath), 'chrome-sandbox')
  const stat = statSync(helper, { throwIfNoEntry: false })
  if (stat && stat.uid === 0 && (stat.mode & 0o4000) !== 0) return null
  const blocked = userNamespacesBlocked(procSys)
  if (blocked === null || hasAppArmorProfileFor(electronPath, appArmorProfiles)) return null
  return `Chromium's sandbox cannot start here: ${blocked}, and its setuid helper ${helper} is not set up ` +
    '(it must belong to root and have mode 4755). Electron would abort before its window opens. ' +
    'Set up the helper (again after each `npm install` or `npm ci`, which replace it):\n\n' +
    `  sudo chown root:root ${helper}\n  sudo chmod 4755 ${helper}\n\n` +
    'docs/packaging.md ("Linux: the Chromium sandbox") explains this and the alternatives.'
}

/** Why unprivileged user namespaces are unavailable, read from the kernel's settings; null when they are not. */
function userNamespacesBlocked(procSys) {
  const setting = (name) => {
    try {
      return readFileSync(join(procSys, name), 'utf8').trim()
    } catch {
      return null
    }
  }
  if (setting('kernel/apparmor_restrict_unprivileged_userns') === '1') {
    return 'AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1, the default since Ubuntu 23.10)'
  }
  if (setting('kernel/unprivileged_userns_clone') === '0') return 'unprivileged user namespaces are off (kernel.unprivileged_userns_clone = 0)'
  if (setting('user/max_user_namespaces') === '0') return 'user namespaces are off (user.max_user_namespaces = 0)'
  return null
}

/** An AppArmor profile naming this executable (the alternative docs/packaging.md describes) lets it create namespaces. */
function hasAppArmorProfileFor(electronPath, folder) {
  const mentionsElectron = (path) => {
    try {
      return readFileSync(path, 'utf8').includes(electronPath)
    } catch {
      return false // unreadable to this user: not one of ours
    }
  }
  if (!existsSync(folder)) return false
  return readdirSync(folder, { withFileTypes: true }).some((entry) => entry.isFile() && mentionsElectron(join(folder, entry.name)))
}

function main(command) {
  const script = { start: 'npm start', dist: 'npm run dist' }[command]
  if (!script) return ['usage: node scripts/electron-checks.mjs start|dist']
  const nodeProblem = nodeVersionProblem(script)
  if (nodeProblem !== null || command === 'dist') return nodeProblem === null ? [] : [nodeProblem]
  const binaryProblem = ensureElectronBinary()
  if (binaryProblem !== null) return [binaryProblem]
  const sandboxProblem = process.platform === 'linux' ? linuxSandboxProblem(electronBinary().path) : null
  return sandboxProblem === null ? [] : [sandboxProblem]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = main(process.argv[2])
  for (const problem of problems) process.stderr.write(`\n${problem}\n\n`)
  process.exitCode = problems.length === 0 ? 0 : 1
}
