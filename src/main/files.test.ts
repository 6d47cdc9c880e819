import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeExportFile } from './files'

const folder = mkdtempSync(join(tmpdir(), 'rampart-files-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('writeExportFile', () => {
  it('names the file and the reason when it cannot write', () => {
    const target = join(folder, 'no such folder', 'pack.xlsx')
    expect(() => writeExportFile(target, 'x')).toThrow(/^pack\.xlsx: could not be written: the folder .*no such folder does not exist$/)
  })
})
