// What the handlers need from the outside world, as small interfaces: Electron's dialogs and
// webContents.send are adapted to these in src/main/index.ts, and tests pass plain objects.
import type { EventName, Events, ExportProgress, RecentFile } from '../../shared'
import type { ScenarioDoc } from '../../core/scenario'
import type { DatabaseSession } from '../database'
import type { RecentFiles } from '../recentFiles'

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface DialogsLike {
  /** Resolves with the chosen paths, or an empty list when the user cancels. */
  openFiles(options: { title: string; filters: FileFilter[] }): Promise<string[]>
  /** Resolves with the chosen path, or null when the user cancels. */
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
}

export interface BoardPackOptions {
  seed?: number
  samples?: number
}

/** Builds the board-pack workbook off the main thread, reporting progress (fraction of the build, 0 to 1). */
export type BoardPackBuilder = (
  docs: ScenarioDoc[], options: BoardPackOptions, onProgress: (progress: ExportProgress) => void
) => Promise<Buffer>

/** The window's life cycle as the page reports it (src/main/windowLifecycle.ts). */
export interface LifecycleLike {
  /** The first scenario has rendered: the launch succeeded. */
  ready(): void
  /** Pending edits are saved after 'app/flushBeforeClose': the window may close. */
  flushed(): void
}

export interface HandlerDeps {
  database: DatabaseSession
  dialogs: DialogsLike
  recentFiles: RecentFiles
  /** Other files the app keeps for itself (the launch marker), which no export may replace. */
  ownFiles?: readonly string[]
  buildBoardPack: BoardPackBuilder
  send: <E extends EventName>(event: E, payload: Events[E]) => void
  app: { version: string; platform: string }
  /** Absent where there is no real window to close (the renderer's browser tests). */
  lifecycle?: LifecycleLike
  /** Called after the recent list changes, to rebuild the menu and tell the OS. */
  onRecentFilesChanged?: (files: RecentFile[]) => void
}
