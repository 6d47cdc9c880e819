import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
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
    writeFileAtomically(target, 'new')
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
})
