import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { InputError } from '../core/inputError'
import { formatBytes, readFileCapped, readTextFileCapped } from './readCapped'

const folder = mkdtempSync(join(tmpdir(), 'rampart-read-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
const at = (name: string) => join(folder, name)

execFileSync('mkfifo', [at('pipe')])
// Device nodes made here, never the system's: 1,5 is what /dev/zero is, 1,3 /dev/null.
execFileSync('mknod', [at('zero'), 'c', '1', '5'])
execFileSync('mknod', [at('null'), 'c', '1', '3'])
mkdirSync(at('folder'))
writeFileSync(at('plan.json'), '{"name":"Zürich"}')
symlinkSync(at('plan.json'), at('link.json'))
symlinkSync(at('pipe'), at('link-to-pipe'))
symlinkSync(at('gone.json'), at('dangling.json'))

describe('readFileCapped', () => {
  it('reads a regular file, also through a symbolic link', () => {
    expect(readTextFileCapped(at('plan.json'), 100)).toBe('{"name":"Zürich"}')
    expect(readTextFileCapped(at('link.json'), 100)).toBe('{"name":"Zürich"}')
  })

  it.each([
    ['pipe', 'is a named pipe (FIFO), not a regular file'],
    ['link-to-pipe', 'is a named pipe (FIFO), not a regular file'],
    ['zero', 'is a character device, not a regular file'],
    ['null', 'is a character device, not a regular file'],
    ['folder', 'is a folder, not a file'],
    ['dangling.json', 'is a symbolic link to a file that does not exist'],
    ['missing.json', 'file not found']
  ])('refuses %s at once, saying what it is', (name, reason) => {
    expect(() => readFileCapped(at(name), 1024)).toThrow(InputError.at(at(name), reason))
  })

  it('stops at the byte cap whatever the file claims, and names the limit', () => {
    writeFileSync(at('big.json'), 'x'.repeat(2048))
    expect(readFileCapped(at('big.json'), 2048)).toHaveLength(2048)
    expect(() => readFileCapped(at('big.json'), 2047)).toThrow(InputError.at(at('big.json'), 'is larger than the 2 KB import limit'))
  })

  it('says a UTF-16 file must be saved as UTF-8, with or without a byte-order mark', () => {
    const text = '{"format": "rampart-scenario"}'
    writeFileSync(at('le.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    writeFileSync(at('be.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))
    writeFileSync(at('no-bom.json'), Buffer.from(text, 'utf16le'))
    for (const name of ['le.json', 'be.json', 'no-bom.json']) {
      expect(() => readTextFileCapped(at(name), 1024), name).toThrow(InputError.at(at(name), 'is UTF-16 text; save it as UTF-8 and try again'))
    }
  })

  it('refuses bytes that are not UTF-8, and NUL bytes, and keeps a UTF-8 byte-order mark for the JSON reader', () => {
    writeFileSync(at('latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]))
    expect(() => readTextFileCapped(at('latin1.json'), 1024)).toThrow(/is not UTF-8 text/)
    writeFileSync(at('nul.json'), '{"a":\0"b"}')
    expect(() => readTextFileCapped(at('nul.json'), 1024)).toThrow(/contains NUL bytes/)
    writeFileSync(at('bom.json'), '\uFEFF{}')
    expect(readTextFileCapped(at('bom.json'), 1024)).toBe('\uFEFF{}')
  })

  it('formats byte counts as people read them', () => {
    expect([formatBytes(300), formatBytes(2048), formatBytes(20 * 1024 * 1024), formatBytes(21_000_030)]).toEqual(['300 bytes', '2 KB', '20 MB', '20.03 MB'])
  })
})
