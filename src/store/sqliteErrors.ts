// SQLite's failures that the user can do something about, in words: a full disk, a read-only or
// unwritable place, another program holding the file. Messages never show SQLITE_* codes.
import { statfsSync } from 'node:fs'
import { dirname } from 'node:path'
import { reasonForFileError } from '../files/fileErrors'
import { BackupBusyError } from './onlineBackup'

/** better-sqlite3 reports SQLite's extended result codes, e.g. SQLITE_IOERR_WRITE, SQLITE_READONLY_DIRECTORY. */
export function sqliteCode(error: unknown): string {
  return String((error as { code?: unknown } | null)?.code ?? '')
}

/**
 * The sentence for a failure to write or open a database file, or null when it is not one the user
 * can fix. `file` is where it happened: SQLite reports a disk too full for its shared-memory file
 * as an I/O error, so the disk's free space decides which it was.
 */
export function sqliteFileReason(error: unknown, file?: string): string | null {
  if (error instanceof BackupBusyError) return 'it stayed in use by another program; close it and try again'
  const code = sqliteCode(error)
  if (code === 'SQLITE_FULL' || (code.startsWith('SQLITE_IOERR') && file !== undefined && diskIsFull(file))) return 'the disk is full'
  if (code.startsWith('SQLITE_READONLY')) return 'the file or its folder is read-only'
  // The folder exists (every caller checks first): it refuses new files, as /proc does.
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_CANTOPEN_')) return 'the folder does not accept new files'
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'permission denied'
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'it is in use by another program; close it and try again'
  if (code.startsWith('SQLITE_IOERR')) return 'the disk reported an input/output error (is it full or removed?)'
  return reasonForFileError(error)
}

/** Less room than SQLite needs to add a page to its log: for a user, the disk is full. */
const FULL_BELOW_BYTES = 64 * 1024

function diskIsFull(file: string): boolean {
  try {
    const disk = statfsSync(dirname(file))
    return disk.bavail * disk.bsize < FULL_BELOW_BYTES
  } catch {
    return false
  }
}
