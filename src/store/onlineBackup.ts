// A consistent copy of an open database into another file, with better-sqlite3's public
// `db.backup()`: SQLite's online backup, which copies page by page under SQLite's locks, so it is
// consistent even while the source is in use (never a raw file copy). It copies a hundred pages a
// step and hands the event loop back between steps, so the Electron main thread never stalls on a
// large database; a destination another program keeps busy is given up on after a while.
import type { Database } from 'better-sqlite3'

const BUSY_GIVE_UP_MS = 5000
/** Pages copied between two turns of the event loop (400 KB at SQLite's default page size). */
const PAGES_PER_STEP = 100

export class BackupBusyError extends Error {
  constructor(readonly destination: string) {
    super(`${destination} stayed in use by another program; close it and try again`)
    this.name = 'BackupBusyError'
  }
}

/** Copies `source` into `destinationFile`, replacing that database's content if it exists. */
export async function onlineBackup(source: Database, destinationFile: string): Promise<void> {
  let stalledSince: number | null = null
  let lastRemaining = Number.NaN
  await source.backup(destinationFile, {
    progress: ({ remainingPages }) => {
      // A step that copied nothing means the destination was busy (another connection writing it).
      if (remainingPages !== lastRemaining) {
        lastRemaining = remainingPages
        stalledSince = null
      } else if (stalledSince === null) {
        stalledSince = Date.now()
      } else if (Date.now() - stalledSince > BUSY_GIVE_UP_MS) {
        throw new BackupBusyError(destinationFile)
      }
      return PAGES_PER_STEP
    }
  })
}
