// The crash-loop guard. A marker file is written when a launch starts and removed once the page
// reports that it rendered a scenario (`app/ready`, src/main/windowLifecycle.ts); if it is still
// there at the next start, that launch never finished (it crashed or was killed), and the app asks
// before opening the same database again.
import { existsSync, rmSync } from 'node:fs'
import { readTextFileCapped } from '../files/readCapped'
import { writeFileAtomically } from '../files/writeFileAtomically'

/** A marker is a few hundred bytes; a larger file is not one Rampart wrote. */
const MAX_MARKER_BYTES = 64 * 1024

export interface UnfinishedLaunch {
  startedAt: string
  databaseFile: string
}

export class LaunchMarker {
  constructor(private readonly markerFile: string, private readonly now: () => Date = () => new Date()) {}

  /** The marker's own file, which no export may replace. */
  get file(): string {
    return this.markerFile
  }

  /** The launch that did not finish, or null when the previous one ended cleanly. */
  unfinished(): UnfinishedLaunch | null {
    if (!existsSync(this.markerFile)) return null
    try {
      // Read like any file: a FIFO or device in its place must not stall start-up.
      const parsed = JSON.parse(readTextFileCapped(this.markerFile, MAX_MARKER_BYTES)) as Partial<UnfinishedLaunch>
      return {
        startedAt: typeof parsed.startedAt === 'string' ? parsed.startedAt : 'an unknown time',
        databaseFile: typeof parsed.databaseFile === 'string' ? parsed.databaseFile : ''
      }
    } catch {
      // A marker cut short by the crash itself still means the launch did not finish.
      return { startedAt: 'an unknown time', databaseFile: '' }
    }
  }

  begin(databaseFile: string): void {
    const launch: UnfinishedLaunch = { startedAt: this.now().toISOString(), databaseFile }
    writeFileAtomically(this.markerFile, JSON.stringify(launch), { replace: true })
  }

  finish(): void {
    rmSync(this.markerFile, { force: true })
  }
}
