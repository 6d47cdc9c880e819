// A database driver that cannot be loaded is told apart from a damaged file: the binary is loaded
// by the first `new Database`, so its failure reaches the same error handling as the file's.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test/db/helpers'
import { describeOpenError } from './open'

const DB = '/home/ciso/.config/Rampart/rampart.db'

/** What Node throws for a binary it cannot load: here a real dlopen of a file that is no binary. */
function realLoadFailure(): unknown {
  const notABinary = join(tempDir(), 'better_sqlite3.node')
  writeFileSync(notABinary, 'not a shared library')
  try {
    process.dlopen({ exports: {} }, notABinary)
  } catch (error) {
    return error
  }
  throw new Error('dlopen loaded a text file')
}

describe('describeOpenError for a driver that does not load', () => {
  it('classes a failed load of the binary as driver-mismatch, never as a damaged file', () => {
    const error = realLoadFailure()
    expect((error as { code: string }).code).toBe('ERR_DLOPEN_FAILED')
    const described = describeOpenError(error, DB)
    expect(described.problem).toBe('driver-mismatch')
    expect(described.message).toMatch(new RegExp(`^SQLite's driver could not be loaded, so ${DB} was not opened \\(.+\\)\\.$`))
  })

  it.each([
    ['built for another Node or Electron', 'The module \'/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node\'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 150. This version of Node.js requires\nNODE_MODULE_VERSION 115. Please try re-compiling or re-installing\nthe module.'],
    ['built for another processor (Linux)', '/app/better_sqlite3.node: wrong ELF class: ELFCLASS32'],
    ['built for another processor (macOS)', "dlopen(/app/better_sqlite3.node, 0x0001): tried: '/app/better_sqlite3.node' (mach-o file, but is an incompatible architecture (have 'x86_64', need 'arm64'))"],
    ['built for another processor (Windows)', '\\\\?\\C:\\app\\better_sqlite3.node is not a valid Win32 application.'],
    ['never built', 'Could not locate the bindings file. Tried:\n → /app/node_modules/better-sqlite3/build/better_sqlite3.node']
  ])('recognises a binary %s by its message alone', (_case, message) => {
    expect(describeOpenError(new Error(message), DB)).toEqual({
      problem: 'driver-mismatch',
      message: `SQLite's driver could not be loaded, so ${DB} was not opened (${message.replace(/\s+/g, ' ')}).`
    })
  })

  it('still classes a damaged file as corrupt', () => {
    const damaged = Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' })
    expect(describeOpenError(damaged, DB).problem).toBe('corrupt')
  })
})
