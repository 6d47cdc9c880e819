// What the handlers need from the outside world, as small interfaces: Electron's dialogs and
// webContents.send are adapted to these in src/main/index.ts, and tests pass plain objects.
import type { EventName, Events, ExportProgress, Paper, QuarterActual, RecentFile } from '../../shared'
import type { ActualsTable } from '../../core/actualsImport'
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

/** Electron's shell, for a file an export has just written (src/main/ipc/exportedFileHandlers.ts). */
export interface ShellLike {
  /** Opens the file in its default app; resolves with an error message, or '' when it opened. */
  openPath(path: string): Promise<string>
  /** Shows the file selected in the system's file manager. */
  showItemInFolder(path: string): void
}

export interface BoardPackOptions {
  /** The workbook, or the deck built from the same model. */
  kind: 'workbook' | 'deck'
  seed?: number
  samples?: number
  paper: Paper
  /** The recorded actuals of each scenario, in the order of the scenarios. */
  actuals: QuarterActual[][]
}

/** Builds the board-pack workbook or deck off the main thread, reporting progress (fraction of the build, 0 to 1). */
export type BoardPackBuilder = (
  docs: ScenarioDoc[], options: BoardPackOptions, onProgress: (progress: ExportProgress) => void
) => Promise<Buffer>

/**
 * Reads the export of actuals at `path` into its table off the main thread (src/main/actualsTable);
 * throws InputError naming the path for a file it refuses.
 */
export type ActualsTableReader = (path: string) => Promise<ActualsTable>

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
  /** Opens an exported file or shows it in its folder. */
  shell: ShellLike
  recentFiles: RecentFiles
  /** Other files the app keeps for itself (the launch marker), which no export may replace. */
  ownFiles?: readonly string[]
  buildBoardPack: BoardPackBuilder
  readActualsTable: ActualsTableReader
  /** The paper of the computer's region, for a workbook exported without one chosen. */
  defaultPaper: Paper
  send: <E extends EventName>(event: E, payload: Events[E]) => void
  app: { version: string; platform: string }
  /** Absent where there is no real window to close (the renderer's browser tests). */
  lifecycle?: LifecycleLike
  /** Called after the recent list changes, to rebuild the menu and tell the OS. */
  onRecentFilesChanged?: (files: RecentFile[]) => void
}
