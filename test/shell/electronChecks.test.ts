// What `npm start`, `npm run dev` and `npm run dist` check before Electron runs
// (scripts/electron-checks.mjs): the Node version the Electron tooling declares, and on Linux
// whether Chromium's sandbox can start, each refused with a sentence and the exact commands.
// The sandbox check reads real files: a stand-in helper, kernel settings and AppArmor profiles in
// a temporary folder (the tests run as root, so the helper's owner can be set for real).
import { spawnSync } from 'node:child_process'
import { chmodSync, chownSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { linuxSandboxProblem, nodeVersionProblem, requiredNode } from '../../scripts/electron-checks.mjs'
import { tempDir } from './harness'

const ROOT = join(__dirname, '../..')

describe('the Node version', () => {
  it('is the highest minimum that electron, @electron/get and @electron/rebuild declare', () => {
    expect(requiredNode()).toEqual({ version: [22, 12, 0], declaredBy: ['electron', '@electron/get', '@electron/rebuild'] })
  })

  it.each(['22.12.0', '22.13.1', '24.0.0'])('lets Node %s run the app', (version) => {
    expect(nodeVersionProblem('npm start', version)).toBeNull()
  })

  it.each(['20.19.0', '22.11.9'])('explains what Node %s cannot do, and what it can', (version) => {
    expect(nodeVersionProblem('npm start', version)).toBe(
      `\`npm start\` needs Node 22.12.0 or later (electron, @electron/get, @electron/rebuild require it); this is Node ${version}.\n` +
      'Install Node 22 (nodejs.org, or `nvm install 22`) and run it again. The command line (`npx rampart`) and `npm test` also run on Node 20.19.')
  })

  it('is checked first by `npm start`, `npm run dev` and `npm run dist`; the CLI and tests ask only for Node 20.19', () => {
    const { scripts, engines } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(scripts.start).toMatch(/^node scripts\/electron-checks\.mjs start && /)
    expect(scripts.dev).toMatch(/^node scripts\/electron-checks\.mjs start && /)
    expect(scripts.dist).toMatch(/^node scripts\/electron-checks\.mjs dist && /)
    expect(engines.node).toBe('>=20.19.0')
  })

  it('stops `npm run dist` on this Node with the sentence, not a stack, or lets it through', () => {
    const run = spawnSync(process.execPath, ['scripts/electron-checks.mjs', 'dist'], { cwd: ROOT, encoding: 'utf8' })
    const problem = nodeVersionProblem('npm run dist')
    expect({ status: run.status, stderr: run.stderr }).toEqual(problem === null ? { status: 0, stderr: '' } : { status: 1, stderr: `\n${problem}\n\n` })
  })
})

describe('the Linux sandbox check', () => {
  /** An Electron folder with its setuid helper, kernel settings and an AppArmor profile folder. */
  function machine(settings: Record<string, string>, helper: { mode: number; uid: number }) {
    const root = tempDir('rampart-sandbox-')
    const electron = join(root, 'node_modules/electron/dist/electron')
    mkdirSync(join(root, 'node_modules/electron/dist'), { recursive: true })
    writeFileSync(electron, '')
    const sandbox = join(root, 'node_modules/electron/dist/chrome-sandbox')
    writeFileSync(sandbox, '')
    chownSync(sandbox, helper.uid, helper.uid)
    chmodSync(sandbox, helper.mode)
    for (const [name, value] of Object.entries(settings)) {
      mkdirSync(join(root, 'proc/sys', name, '..'), { recursive: true })
      writeFileSync(join(root, 'proc/sys', name), `${value}\n`)
    }
    mkdirSync(join(root, 'apparmor.d'))
    const check = (uid = 1000) => linuxSandboxProblem(electron, { procSys: join(root, 'proc/sys'), appArmorProfiles: join(root, 'apparmor.d'), uid })
    return { electron, sandbox, check, profiles: join(root, 'apparmor.d') }
  }
  const UBUNTU_24 = { 'kernel/apparmor_restrict_unprivileged_userns': '1', 'user/max_user_namespaces': '63423' }
  const NOT_SET_UP = { mode: 0o755, uid: 1000 }

  it('prints the exact commands when AppArmor blocks user namespaces and the helper is not set up (Ubuntu 24.04 after npm install)', () => {
    const { sandbox, check } = machine(UBUNTU_24, NOT_SET_UP)
    expect(check()).toBe(
      "Chromium's sandbox cannot start here: AppArmor restricts unprivileged user namespaces " +
      '(kernel.apparmor_restrict_unprivileged_userns = 1, the default since Ubuntu 23.10), and its setuid helper ' +
      `${sandbox} is not set up (it must belong to root and have mode 4755). Electron would abort before its window opens. ` +
      'Set up the helper (again after each `npm install` or `npm ci`, which replace it):\n\n' +
      `  sudo chown root:root ${sandbox}\n  sudo chmod 4755 ${sandbox}\n\n` +
      'docs/packaging.md ("Linux: the Chromium sandbox") explains this and the alternatives.')
  })

  it('names the kernel setting when user namespaces are off elsewhere', () => {
    expect(machine({ 'kernel/unprivileged_userns_clone': '0' }, NOT_SET_UP).check())
      .toMatch(/^Chromium's sandbox cannot start here: unprivileged user namespaces are off \(kernel\.unprivileged_userns_clone = 0\), /)
    expect(machine({ 'user/max_user_namespaces': '0' }, NOT_SET_UP).check())
      .toMatch(/^Chromium's sandbox cannot start here: user namespaces are off \(user\.max_user_namespaces = 0\), /)
  })

  it('passes once the helper belongs to root with the setuid bit (the commands above)', () => {
    expect(machine(UBUNTU_24, { mode: 0o4755, uid: 0 }).check()).toBeNull()
    // Either half alone is not enough.
    expect(machine(UBUNTU_24, { mode: 0o4755, uid: 1000 }).check()).not.toBeNull()
    expect(machine(UBUNTU_24, { mode: 0o755, uid: 0 }).check()).not.toBeNull()
  })

  it('passes where user namespaces are allowed (Ubuntu 22.04, Debian, Fedora), whatever the helper', () => {
    expect(machine({ 'kernel/apparmor_restrict_unprivileged_userns': '0' }, NOT_SET_UP).check()).toBeNull()
    expect(machine({}, NOT_SET_UP).check()).toBeNull()
  })

  it('passes when an AppArmor profile names this Electron (the alternative fix)', () => {
    const { electron, profiles, check } = machine(UBUNTU_24, NOT_SET_UP)
    writeFileSync(join(profiles, 'rampart-dev-electron'), `abi <abi/4.0>,\ninclude <tunables/global>\nprofile rampart-dev-electron ${electron} flags=(unconfined) {\n  userns,\n}\n`)
    expect(check()).toBeNull()
  })

  it('refuses to start Electron as root, which Chromium does not allow', () => {
    expect(machine({}, NOT_SET_UP).check(0)).toBe(
      'Electron does not start as root (Chromium refuses to run its sandbox as root): run `npm start` as your own user.')
  })
})
