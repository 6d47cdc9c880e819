// The one IPC contract between the main process and the window. Main registers exactly these
// handlers (src/main/ipc), the preload exposes exactly these as `window.rampart.<camelName>`
// (src/shared/api.ts builds the object from CHANNELS), and the renderer calls them with these
// types. Channel names are `domain/action`; every handler takes at most one argument.
//
// Wire format: every call resolves with an IpcResult, never rejects. A payload that fails
// validation in main, or an operation the database refuses, comes back as
// `{ ok: false, errors: [{ path, message }] }` with nothing changed; `path` names the field
// (`document.hires[2].quarter`, `id`, or `(root)`; for imports the file comes first, as in
// `plan.json: hires[2].quarter`), `message` is a sentence the UI can show as is. A cancelled
// native dialog is not an error: it resolves `{ ok: true, value: { canceled: true } }`.
//
// This file is shared with the renderer (tsconfig.web.json), so it imports types from src/core
// only: the data shapes below are the contract's own, and main maps the database's to them.
import type { QuarterActual } from '../core/actuals'
import type { ColumnMapping, ImportCell } from '../core/actualsImport'
import type { Paper } from '../core/paper'
import type { ScenarioDoc, ValidationError } from '../core/scenario'

export type { ColumnMapping, ImportCell, Paper, QuarterActual }

export type FieldError = ValidationError

export type IpcResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

/** What a native dialog call returns: the user may cancel, which is not an error. */
export type Chosen<T> = { canceled: true } | ({ canceled: false } & T)

export interface ScenarioSummary {
  id: number
  name: string
  /** Revision number of the latest save, starting at 1. */
  revision: number
  /** ISO 8601 timestamp of the latest save. */
  updatedAt: string
}

export interface StoredScenario extends ScenarioSummary {
  document: ScenarioDoc
}

export interface RevisionSummary {
  revision: number
  name: string
  savedAt: string
}

export interface StoredRevision extends RevisionSummary {
  scenarioId: number
  document: ScenarioDoc
}

export interface BinEntry extends ScenarioSummary {
  deletedAt: string
}

export interface BackupInfo {
  /** File name inside the backups folder; the only way to name a backup over IPC. */
  name: string
  kind: 'daily' | 'manual' | 'pre-migration' | 'pre-restore'
  createdAt: string
  bytes: number
}

export interface ImportOutcome {
  imported: ScenarioSummary[]
}

export interface RecentFile {
  path: string
  name: string
  /** What the file was last used for. */
  kind: 'import' | 'export-scenario' | 'export-all' | 'board-pack'
  usedAt: string
}

/** Scenario JSON files can be imported again from the recent list; board packs (xlsx) cannot. */
export function isImportableRecentFile(file: Pick<RecentFile, 'kind'>): boolean {
  return file.kind !== 'board-pack'
}

/** Rows of a chosen export of actuals shown before it is imported. */
export const ACTUALS_PREVIEW_ROWS = 8

/** A finance system's export of actuals, chosen in the open dialog and read by main, before import. */
export interface ActualsFilePreview {
  /** The file's name; main keeps its path, so `actualsImport/run` reads the very file chosen. */
  name: string
  headers: string[]
  /** The first ACTUALS_PREVIEW_ROWS rows below the header, as read (text stays text). */
  rows: ImportCell[][]
  /** Rows below the header. */
  rowCount: number
  /** The mapping remembered for these headers (`remembered`), or else a guess from their names. */
  mapping: Partial<ColumnMapping>
  remembered: boolean
}

export interface ActualsImportOutcome {
  /** Labels of the quarters written, in order. */
  quarters: string[]
  rows: number
  /** All of the scenario's actuals after the import. */
  actuals: QuarterActual[]
}

/** No file system paths: the window shows none, so main does not hand them to the page. */
export interface AppInfo {
  version: string
  platform: string
}

/**
 * Query parameter main adds to the page URL (`index.html?safe=1`) when it reloads the window after
 * a renderer crash or hang: the renderer then opens the scenario list instead of reopening the
 * last scenario, which may be the one that crashed it.
 */
export const SAFE_START_PARAM = 'safe'

/** How long main waits for `app/flushed` after sending `app/flushBeforeClose` before closing anyway. */
export const FLUSH_BEFORE_CLOSE_TIMEOUT_MS = 3000

export interface BoardPackRequest {
  /** Scenarios to include; the first is the base the others are compared with. 1 to MAX_COMPARED_SCENARIOS.
   * Their recorded actuals come with them (an Actuals sheet, a plan-against-actual slide). */
  ids: number[]
  /** MIN_SEED to MAX_SEED; DEFAULT_SEED when left out. */
  seed?: number
  /** MIN_SAMPLES to MAX_SAMPLES; DEFAULT_SAMPLES when left out. */
  samples?: number
  /** The workbook's paper; main chooses from the computer's region when none is given. */
  paper?: Paper
}

/** The board deck takes the same scenarios and simulation; paper does not apply to slides. */
export type BoardDeckRequest = Omit<BoardPackRequest, 'paper'>

export interface Handlers {
  'app/info': () => AppInfo
  /**
   * The renderer calls this once, after the first scenario (or, in safe start, the scenario list)
   * has rendered: only then does main count the launch as successful and clear the crash marker.
   */
  'app/ready': () => void
  /**
   * The renderer's answer to the 'app/flushBeforeClose' event: call it once pending edits are
   * saved (or failed to save). Main closes the window on this call or after
   * FLUSH_BEFORE_CLOSE_TIMEOUT_MS, whichever comes first, and closes the database only after that.
   */
  'app/flushed': () => void
  'scenario/list': () => ScenarioSummary[]
  'scenario/get': (id: number) => StoredScenario
  'scenario/create': (document: ScenarioDoc) => StoredScenario
  'scenario/save': (input: { id: number; document: ScenarioDoc }) => StoredScenario
  /** "Duplicate as what-if": a new scenario with the given name and the source's document. */
  'scenario/duplicate': (input: { id: number; name: string }) => StoredScenario
  /** Moves the scenario to the bin (recoverable until the bin is emptied). */
  'scenario/delete': (id: number) => BinEntry[]
  'revision/list': (id: number) => RevisionSummary[]
  'revision/get': (input: { id: number; revision: number }) => StoredRevision
  /** Restoring is itself a new revision. */
  'revision/restore': (input: { id: number; revision: number }) => StoredScenario
  'bin/list': () => BinEntry[]
  'bin/restore': (id: number) => StoredScenario
  /** Deletes everything in the bin for good. */
  'bin/empty': () => { removed: number }
  'actual/list': (id: number) => QuarterActual[]
  /** Saves (or replaces) one quarter's actuals and returns all of the scenario's actuals. */
  'actual/save': (input: { id: number; actual: QuarterActual }) => QuarterActual[]
  /** Native open dialog for a CSV or XLSX export of actuals; main reads it and returns its first rows. */
  'actualsImport/pick': () => Chosen<ActualsFilePreview>
  /**
   * Reads the file last chosen with `actualsImport/pick` again and imports it into scenario `id`
   * with `mapping`: every row, or nothing (each bad row named, as `export.csv: row 7`).
   */
  'actualsImport/run': (input: { id: number; mapping: ColumnMapping }) => ActualsImportOutcome
  'backup/now': () => BackupInfo
  'backup/list': () => BackupInfo[]
  /** Replaces the database with a listed backup (a backup of the current state is made first). */
  'backup/restore': (name: string) => ScenarioSummary[]
  /** Native open dialog, then imports every chosen file (all-or-nothing per file). */
  'file/import': () => Chosen<ImportOutcome>
  /**
   * Drag-and-drop: the renderer reads the dropped file (`await file.text()`) and sends its name and
   * text. The renderer should refuse files over MAX_IMPORT_BYTES before reading them; main refuses
   * any text over that size whatever the renderer did.
   */
  'file/importDropped': (input: { name: string; text: string }) => ImportOutcome
  /** Re-imports a file from the recent list: only paths on it that isImportableRecentFile accepts. */
  'file/importRecent': (path: string) => ImportOutcome
  'file/recent': () => RecentFile[]
  'file/exportScenario': (id: number) => Chosen<{ path: string }>
  'file/exportAll': () => Chosen<{ path: string }>
  /** Native save dialog for a chart the window rendered (canvas.toDataURL('image/png') minus its prefix). */
  'file/saveChartImage': (input: { suggestedName: string; pngBase64: string }) => Chosen<{ path: string }>
  /** Native save dialog, then builds the workbook off the main thread ('boardPack/progress'). */
  'boardPack/export': (request: BoardPackRequest) => Chosen<{ path: string; bytes: number }>
  /** Native save dialog, then builds the PowerPoint deck off the main thread ('boardPack/progress'). */
  'boardPack/exportDeck': (request: BoardDeckRequest) => Chosen<{ path: string; bytes: number }>
  /**
   * Opens a file in the system's app for it: only a path an export of this run returned, still the
   * regular file main wrote, and a workbook, deck, scenario file or PNG image.
   */
  'export/open': (path: string) => void
  /** Shows such a file selected in the system's file manager. */
  'export/showInFolder': (path: string) => void
}

export type Channel = keyof Handlers

export const CHANNELS = [
  'app/info', 'app/ready', 'app/flushed',
  'scenario/list', 'scenario/get', 'scenario/create', 'scenario/save', 'scenario/duplicate',
  'scenario/delete',
  'revision/list', 'revision/get', 'revision/restore',
  'bin/list', 'bin/restore', 'bin/empty',
  'actual/list', 'actual/save', 'actualsImport/pick', 'actualsImport/run',
  'backup/now', 'backup/list', 'backup/restore',
  'file/import', 'file/importDropped', 'file/importRecent', 'file/recent',
  'file/exportScenario', 'file/exportAll', 'file/saveChartImage',
  'boardPack/export', 'boardPack/exportDeck',
  'export/open', 'export/showInFolder'
] as const satisfies readonly Channel[]

// Compile-time proof that CHANNELS lists every channel (the other direction is `satisfies`).
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>
const everyChannelListed: [Missing] extends [never] ? true : Missing = true
void everyChannelListed

/** Commands the application menu sends to the window; the renderer owns undo and selection. */
export type MenuCommand =
  | { command: 'new-scenario' }
  | { command: 'duplicate-scenario' }
  | { command: 'import' }
  | { command: 'import-recent'; path: string }
  | { command: 'export-scenario' }
  | { command: 'export-all' }
  | { command: 'export-board-pack' }
  | { command: 'back-up-now' }
  | { command: 'restore' }
  | { command: 'undo' }
  | { command: 'redo' }

export interface ExportProgress {
  stage: 'simulating' | 'writing' | 'saving' | 'done' | 'failed'
  /** 0 to 1. */
  fraction: number
  message: string
}

/** Sent when the user closes the window: save what is pending, then call `app/flushed`. */
export interface FlushRequest {
  /** Main closes the window after this long even without `app/flushed`. */
  timeoutMs: number
}

/** Messages main pushes to the window. */
export interface Events {
  'menu/command': MenuCommand
  'boardPack/progress': ExportProgress
  'app/flushBeforeClose': FlushRequest
}

export type EventName = keyof Events

/** The `window.rampart` function that subscribes to each event: one for every event, no more. */
export const SUBSCRIPTIONS = {
  'menu/command': 'onMenu',
  'boardPack/progress': 'onBoardPackProgress',
  'app/flushBeforeClose': 'onFlushBeforeClose'
} as const satisfies { [E in EventName]: `on${string}` }

/** `scenario/list` -> `scenarioList`, `boardPack/export` -> `boardPackExport`. */
export type CamelName<C extends string> = C extends `${infer Domain}/${infer Action}`
  ? `${Domain}${Capitalize<Action>}`
  : never

export function camelName<C extends string>(channel: C): CamelName<C> {
  const [domain, action] = channel.split('/')
  return `${domain}${action.charAt(0).toUpperCase()}${action.slice(1)}` as CamelName<C>
}

export type HandlerResult<C extends Channel> = ReturnType<Handlers[C]>

export type InvokeApi = {
  [C in Channel as CamelName<C>]: (...args: Parameters<Handlers[C]>) => Promise<IpcResult<HandlerResult<C>>>
}

/** Each subscription takes a listener for its event's payload and returns its unsubscribe. */
export type SubscribeApi = {
  [E in EventName as (typeof SUBSCRIPTIONS)[E]]: (listener: (payload: Events[E]) => void) => () => void
}

/**
 * `window.rampart`: one function per channel, plus subscriptions to main's events.
 * Closing: `onFlushBeforeClose(async () => { await saveNow(); await window.rampart.appFlushed() })`
 * replaces saving in `beforeunload`, which main could no longer answer.
 */
export type RampartApi = InvokeApi & SubscribeApi
