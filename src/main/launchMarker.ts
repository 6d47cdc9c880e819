// The crash-loop guard. A marker file is written when a launch starts and removed once the page
// reports that it rendered a scenario (`app/ready`, src/main/windowLifecycle.ts); if it is still
// there at the next start, that launch never finished (it crashed or was killed), and the app asks
// before opening the same database again.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

export interface UnfinishedLaunch {
  startedAt: string
  databaseFile: string
}

export class LaunchMarker {
  constructor(private readonly markerFile: string, private readonly now: () => Date = () => new Date()) {}

  /** The launch that did not finish, or null when the previous one ended cleanly. */
  unfinished(): UnfinishedLaunch | null {
    if (!existsSync(this.markerFile)) return null
    try {
      const parsed = JSON.parse(readFileSync(this.markerFile, 'utf8')) as Partial<UnfinishedLaunch>
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
    writeFileSync(this.markerFile, JSON.stringify(launch))
  }

  finish(): void {
    rmSync(this.markerFile, { force: true })
  }
}
