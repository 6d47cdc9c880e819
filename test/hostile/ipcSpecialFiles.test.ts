// Every file IPC handler, given a device, a FIFO, a folder, a symbolic link (to a FIFO when read,
// to a file when written) or a dangling link by the dialog or the recent list: refused with the
// file's name and what it is, within the deadline (a watchdog kills a hung main process), and
// nothing written, replaced or imported.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Channel } from '../../src/shared/ipc'
import { startHarness } from '../shell/harness'
import { makeSpecialFiles, READ_REFUSAL, snapshot, SPECIAL_KINDS, withinDeadline, WRITE_REFUSAL } from './hostile'
import { tempDir } from '../fixtures/tempDir'

const shell = await startHarness()
const dir = tempDir()
const reads = makeSpecialFiles(join(dir, 'read'), '.json', 'fifo')
const exportsOfActuals = makeSpecialFiles(join(dir, 'actuals'), '.csv', 'fifo')
const writes = makeSpecialFiles(join(dir, 'write'), '.json', 'file')
const packs = makeSpecialFiles(join(dir, 'packs'), '.xlsx', 'file')
const images = makeSpecialFiles(join(dir, 'images'), '.png', 'file')
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64')

/** Calls `channel` as the page would; returns its error for the file named `name`. */
async function refusal(channel: Channel, args: unknown[], name: string): Promise<string> {
  const result = await withinDeadline(() => shell.ipc.invoke(channel, args))
  expect(result.ok, `${channel} ${name} should be refused`).toBe(false)
  if (result.ok) return ''
  const error = result.errors.find((e) => e.path === name)
  expect(error, `${channel}: ${JSON.stringify(result.errors)}`).toBeDefined()
  return error!.message
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1)

describe('special files through the file IPC handlers', () => {
  it('file/import and file/importRecent refuse each, naming the file and what it is, and import nothing', async () => {
    const before = { files: snapshot(dir), scenarios: shell.database.store.listScenarios().length }
    for (const kind of SPECIAL_KINDS) {
      const path = reads[kind]
      shell.dialogs.openAnswers.push([path])
      expect(await refusal('file/import', [], basename(path)), `file/import ${kind}`).toMatch(READ_REFUSAL[kind])
      shell.recentFiles.add(path, 'import')
      expect(await refusal('file/importRecent', [path], basename(path)), `file/importRecent ${kind}`).toMatch(READ_REFUSAL[kind])
    }
    expect(snapshot(dir)).toEqual(before.files)
    expect(shell.database.store.listScenarios()).toHaveLength(before.scenarios)
  })

  it('actualsImport/pick refuses each as the export of actuals, naming the file and what it is, and records nothing', async () => {
    const before = { files: snapshot(dir), actuals: shell.database.store.listActuals(1) }
    for (const kind of SPECIAL_KINDS) {
      const path = exportsOfActuals[kind]
      shell.dialogs.openAnswers.push([path])
      expect(await refusal('actualsImport/pick', [], basename(path)), `actualsImport/pick ${kind}`).toMatch(READ_REFUSAL[kind])
    }
    // Nothing was chosen, so there is nothing to import.
    const run = await shell.ipc.invoke('actualsImport/run', [{ id: 1, mapping: { quarter: 0, line: 1, amount: 2, category: null } }])
    expect(run).toEqual({ ok: false, errors: [{ path: '(root)', message: 'choose a file of actuals first' }] })
    expect(snapshot(dir)).toEqual(before.files)
    expect(shell.database.store.listActuals(1)).toEqual(before.actuals)
  })

  it('every export refuses each as its target, naming the file and what it is, and writes nothing', async () => {
    const before = snapshot(dir)
    const exports: [Channel, unknown[], Record<string, string>][] = [
      ['file/exportScenario', [1], writes],
      ['file/exportAll', [], writes],
      ['file/saveChartImage', [{ suggestedName: 'chart', pngBase64: PNG }], images],
      ['boardPack/export', [{ ids: [1], samples: 100 }], packs]
    ]
    for (const [channel, args, targets] of exports) {
      for (const kind of SPECIAL_KINDS) {
        shell.dialogs.saveAnswers.push(targets[kind])
        const message = await refusal(channel, args, basename(targets[kind]))
        expect(message, `${channel} ${kind}`).toMatch(/^could not be written: /)
        expect(message, `${channel} ${kind}`).toMatch(WRITE_REFUSAL[kind])
      }
    }
    expect(snapshot(dir)).toEqual(before)
    // The board pack was refused before it was built: no progress was ever reported.
    expect(shell.events.filter((e) => e.event === 'boardPack/progress')).toEqual([])
  })

  it('never writes over the app\'s own recent-files list, and says a UTF-16 file must be UTF-8', async () => {
    const own = shell.recentFiles.file
    const before = snapshot(shell.folder)
    shell.dialogs.saveAnswers.push(own)
    const result = await withinDeadline(() => shell.ipc.invoke('file/exportAll', []))
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'path', message: `${own} is one of Rampart's own files; choose another file` }] })
    expect(snapshot(shell.folder)).toEqual(before)
    const utf16 = join(dir, 'utf16.json')
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"format": "rampart-scenario"}', 'utf16le')]))
    shell.dialogs.openAnswers.push([utf16])
    expect(await refusal('file/import', [], 'utf16.json')).toBe('is UTF-16 text; save it as UTF-8 and try again')
  })

  it('says "an object", not "a object", when a payload is the wrong type', async () => {
    const result = await shell.ipc.invoke('scenario/save', ['not an object'])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.map((e) => e.message)).toContain('expected an object, received "not an object"')
  })
})
