import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test/db/helpers'
import { InputError } from '../core/inputError'
import { assertNotDatabaseFile, filePathProblem } from '.'

const dir = tempDir()
const dbFile = join(dir, 'rampart.db')
writeFileSync(dbFile, 'stands in for the database')
const backupDir = join(dir, 'backups')

function refusal(out: string): string | null {
  try {
    assertNotDatabaseFile(out, dbFile, backupDir, '--out')
    return null
  } catch (error) {
    if (error instanceof InputError) return error.errors.map((e) => `${e.path}: ${e.message}`).join('\n')
    throw error
  }
}

describe('assertNotDatabaseFile', () => {
  it('refuses the database and the files SQLite keeps beside it, however the path is spelled', () => {
    expect(refusal(dbFile)).toMatch(/^--out: .* is the database itself/)
    expect(refusal(relative(process.cwd(), dbFile))).toMatch(/is the database itself/)
    expect(refusal(join(dir, 'backups', '..', 'rampart.db'))).toMatch(/is the database itself/)
    expect(refusal(`${dbFile}-wal`)).toMatch(/is the database's wal file/)
    expect(refusal(`${dbFile}-shm`)).toMatch(/is the database's shm file/)
    expect(refusal(`${dbFile}-journal`)).toMatch(/is the database's journal file/)
  })

  it('refuses the database reached through a symlinked folder, a symlink or a hard link', () => {
    const linkedFolder = join(dir, 'linked-folder')
    symlinkSync(dir, linkedFolder)
    expect(refusal(join(linkedFolder, 'rampart.db'))).toMatch(/is the database itself/)
    expect(refusal(join(linkedFolder, 'rampart.db-wal'))).toMatch(/wal file/)
    const symlink = join(dir, 'shortcut.db')
    symlinkSync(dbFile, symlink)
    expect(refusal(symlink)).toMatch(/is the database itself/)
    const hardLink = join(dir, 'same-file.db')
    linkSync(dbFile, hardLink)
    expect(refusal(hardLink)).toMatch(/is the database itself/)
  })

  it('refuses anything in the backups folder, which Rampart names and prunes', () => {
    mkdirSync(backupDir, { recursive: true })
    expect(refusal(join(backupDir, 'mine.json'))).toMatch(/is in the backups folder/)
    expect(refusal(join(backupDir, 'nested', 'mine.json'))).toMatch(/is in the backups folder/)
    expect(refusal(backupDir)).toMatch(/is in the backups folder/)
  })

  it('allows other files, including ones named like the database elsewhere', () => {
    expect(refusal(join(dir, 'rampart.json'))).toBeNull()
    expect(refusal(join(dir, 'backups-old', 'rampart.db'))).toBeNull()
    expect(refusal(join(dir, 'elsewhere', 'rampart.db'))).toBeNull()
  })
})

describe('filePathProblem', () => {
  it('names a missing folder and a folder given as a file, and passes a file that can be created', () => {
    expect(filePathProblem(join(dir, 'missing', 'x.db'))).toBe(`the folder ${join(dir, 'missing')} does not exist`)
    expect(filePathProblem(dir)).toBe(`${dir} is a folder, not a file`)
    expect(filePathProblem(join(dir, 'new.db'))).toBeNull()
  })
})
