// The recent files list (File > Import Recent): scenario files the user imported or exported,
// newest first, kept in a small JSON file in the user-data folder. A damaged list is treated as
// empty rather than stopping the app.
import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import type { RecentFile } from '../shared'
import { readTextFileCapped } from '../files/readCapped'
import { writeFileAtomically } from '../files/writeFileAtomically'

const MAX_RECENT_FILES = 10
/** Ten entries of long paths fit many times over; anything larger is not a list Rampart wrote. */
const MAX_LIST_BYTES = 1024 * 1024

export class RecentFiles {
  constructor(private readonly listFile: string, private readonly now: () => Date = () => new Date()) {}

  /** The list's own file, which no export may replace. */
  get file(): string {
    return this.listFile
  }

  list(): RecentFile[] {
    if (!existsSync(this.listFile)) return []
    try {
      // Read like any user file: a FIFO or device put in its place must not stall start-up.
      const parsed: unknown = JSON.parse(readTextFileCapped(this.listFile, MAX_LIST_BYTES))
      return Array.isArray(parsed) ? parsed.filter(isRecentFile).slice(0, MAX_RECENT_FILES) : []
    } catch {
      return []
    }
  }

  add(path: string, kind: RecentFile['kind']): RecentFile[] {
    const entry: RecentFile = { path, name: basename(path), kind, usedAt: this.now().toISOString() }
    const files = [entry, ...this.list().filter((file) => file.path !== path)].slice(0, MAX_RECENT_FILES)
    this.write(files)
    return files
  }

  /** Only a path on the list may be re-opened through IPC. */
  find(path: string): RecentFile | undefined {
    return this.list().find((file) => file.path === path)
  }

  clear(): void {
    this.write([])
  }

  private write(files: RecentFile[]): void {
    writeFileAtomically(this.listFile, JSON.stringify(files, null, 2), { replace: true })
  }
}

function isRecentFile(value: unknown): value is RecentFile {
  if (typeof value !== 'object' || value === null) return false
  const file = value as Record<string, unknown>
  return typeof file.path === 'string' && typeof file.name === 'string' && typeof file.usedAt === 'string' &&
    ['import', 'export-scenario', 'export-all', 'board-pack'].includes(file.kind as string)
}
