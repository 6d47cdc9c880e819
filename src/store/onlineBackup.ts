// A synchronous SQLite online backup (sqlite3_backup_*). better-sqlite3's public db.backup() runs
// the same native backup but spreads it over event-loop turns and returns a Promise; the store's
// API is synchronous (one connection, owned by the main process), so we drive better-sqlite3's
// native backup handle to completion in one step instead. The copy is taken page by page under
// SQLite's locks, so it is consistent even while the source is open — never a raw file copy.
import { existsSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import { cppdb } from 'better-sqlite3/lib/util'

interface NativeBackup {
  transfer(pages: number): { totalPages: number; remainingPages: number }
  close(): void
}

interface NativeDatabase {
  backup(owner: Database, attachedName: string, destination: string, unlinkOnFailure: boolean): NativeBackup
}

const ALL_PAGES = -1
const MAX_BUSY_RETRIES = 100
const BUSY_WAIT_MS = 50

/** Copies `source` into `destinationFile`, replacing that database's content if it exists. */
export function onlineBackup(source: Database, destinationFile: string): void {
  const native = (source as unknown as Record<symbol, NativeDatabase | undefined>)[cppdb]
  if (typeof native?.backup !== 'function') {
    throw new Error('this build of better-sqlite3 does not expose its native backup; pin better-sqlite3 12')
  }
  const sourceIsEmpty = source.pragma('page_count', { simple: true }) === 0
  // A new file is removed again if the copy fails, so a half-written backup never lingers.
  const backup = native.backup(source, 'main', destinationFile, !existsSync(destinationFile))
  try {
    for (let attempt = 0; ; attempt++) {
      // Copying every page in one step holds the source's read lock for the whole copy.
      const progress = backup.transfer(ALL_PAGES)
      if (progress.remainingPages === 0 && (progress.totalPages > 0 || sourceIsEmpty)) return
      // Otherwise the destination was busy (another connection writing it): wait and retry.
      if (attempt === MAX_BUSY_RETRIES) throw new Error(`${destinationFile} stayed busy; close other programs using it and try again`)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, BUSY_WAIT_MS)
    }
  } finally {
    backup.close()
  }
}
