import { execFileSync } from 'node:child_process'
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { InputError } from '../core/inputError'
import { writeFileAtomically } from './writeFileAtomically'

const folder = mkdtempSync(join(tmpdir(), 'rampart-atomic-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('writeFileAtomically', () => {
  it('writes text and bytes and returns how many bytes it wrote', () => {
    const text = join(folder, 'plan.json')
    expect(writeFileAtomically(text, '{"name":"Zürich"}')).toBe(Buffer.byteLength('{"name":"Zürich"}'))
    expect(readFileSync(text, 'utf8')).toBe('{"name":"Zürich"}')
    const binary = join(folder, 'chart.png')
    expect(writeFileAtomically(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(4)
    expect([...readFileSync(binary)]).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  it('replaces an existing file whole and leaves no temporary file behind', () => {
    const target = join(folder, 'replaced.json')
    writeFileSync(target, 'old contents that are longer than the new ones')
    writeFileAtomically(target, 'new', { replace: true })
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('leaves the target as it was and removes its temporary file when the rename fails', () => {
    const target = join(folder, 'occupied')
    mkdirSync(join(target, 'inside'), { recursive: true })
    expect(() => writeFileAtomically(target, 'data')).toThrow()
    expect(readdirSync(target)).toEqual(['inside'])
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('never replaces an existing file unless asked, and says it exists', () => {
    const target = join(folder, 'kept.json')
    writeFileSync(target, 'the user\'s plan')
    expect(() => writeFileAtomically(target, 'new')).toThrow(InputError.at(target, 'already exists'))
    expect(readFileSync(target, 'utf8')).toBe('the user\'s plan')
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('never replaces a FIFO, a device, a folder or a symbolic link, even when asked to replace', () => {
    const special = mkdtempSync(join(folder, 'special-'))
    execFileSync('mkfifo', [join(special, 'pipe')])
    execFileSync('mknod', [join(special, 'null'), 'c', '1', '3'])
    writeFileSync(join(special, 'real.json'), 'real')
    symlinkSync(join(special, 'real.json'), join(special, 'link.json'))
    symlinkSync(join(special, 'gone.json'), join(special, 'dangling.json'))
    mkdirSync(join(special, 'folder'))
    const cases: [string, RegExp][] = [
      ['pipe', /is a named pipe \(FIFO\), not a regular file; Rampart never writes over it$/],
      ['null', /is a character device, not a regular file; Rampart never writes over it$/],
      ['folder', /is a folder, not a file; Rampart never writes over it$/],
      ['link.json', /is a symbolic link; give the path of the file it points to; Rampart never writes over it$/],
      ['dangling.json', /is a symbolic link; give the path of the file it points to; Rampart never writes over it$/]
    ]
    for (const [name, message] of cases) {
      const before = lstatSync(join(special, name))
      expect(() => writeFileAtomically(join(special, name), 'x', { replace: true }), name).toThrow(message)
      const after = lstatSync(join(special, name))
      expect([after.ino, after.mode], name).toEqual([before.ino, before.mode])
    }
    expect(readFileSync(join(special, 'real.json'), 'utf8')).toBe('real')
    expect(readdirSync(special).sort()).toEqual(['dangling.json', 'folder', 'link.json', 'null', 'pipe', 'real.json'])
  })

  it('keeps its temporary name short, so a 250-character file name can be written', () => {
    const target = join(folder, `${'n'.repeat(245)}.json`)
    expect(writeFileAtomically(target, '{}')).toBe(2)
    expect(readFileSync(target, 'utf8')).toBe('{}')
  })

  it('names the folder when it does not exist', () => {
    const target = join(folder, 'missing', 'plan.json')
    expect(() => writeFileAtomically(target, 'x')).toThrow(InputError.at(target, `the folder ${join(folder, 'missing')} does not exist`))
  })
})
