// Writes a file so that a reader (or a crash) never sees half of it: the bytes go to a uniquely
// named temporary file in the same folder, are flushed to disk, and the file is then renamed over
// the target in one step. The one implementation for exports, the CLI and the app's own small files.
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Returns the number of bytes written. */
export function writeFileAtomically(path: string, data: string | Uint8Array): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  // Unique per process and call, so two writers of one file never share a temporary file.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    const fd = openSync(temp, 'wx')
    try {
      writeFileSync(fd, bytes)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  return bytes.byteLength
}
