// A running set of IPC handlers for tests: a fake ipcMain (the only Electron stand-in), a real
// database in a temp folder, real recent-files list, scripted dialogs, and the events main sent.
import { join } from 'node:path'
import { afterAll, onTestFinished } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { APP_PAGE_URL } from '../../src/main/appProtocol'
import { openDatabase } from '../../src/store'
import { DatabaseSession } from '../../src/main/database'
import { buildBoardPack, buildDeck } from '../../src/boardpack'
import { readActualsTable } from '../../src/files/actualsTable'
import {
  createHandlers, registerHandlers, type ActualsTableReader, type BoardPackBuilder, type DialogsLike, type IpcInvokeEventLike, type IpcMainLike, type ShellLike
} from '../../src/main/ipc'
import { RecentFiles } from '../../src/main/recentFiles'
import { senderCheck } from '../../src/main/security'
import type { Channel, EventName, Events, IpcResult } from '../../src/shared/ipc'
import { tempDir } from '../fixtures/tempDir'

export { tempDir }

/** The page as Electron reports it in an IPC sender frame. */
export const PAGE_URL = APP_PAGE_URL

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>

/** Records handlers the way Electron's ipcMain does, refusing a second handler for a channel. */
export class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>()
  /** Every call's channel and whether it succeeded, for the coverage check. */
  readonly outcomes: { channel: Channel; ok: boolean }[] = []

  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.listeners.set(channel, listener)
  }

  async invoke(channel: Channel, args: unknown[], senderUrl: string | null = PAGE_URL, parent: unknown = null): Promise<IpcResult<unknown>> {
    const listener = this.listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    const senderFrame = senderUrl === null ? null : { url: senderUrl, parent }
    const result = await (listener({ senderFrame }, ...args) as Promise<IpcResult<unknown>>)
    this.outcomes.push({ channel, ok: result.ok })
    return result
  }

  /** Calls a channel as the app's own page would and returns the value, failing on an error result. */
  async call<T = unknown>(channel: Channel, ...args: unknown[]): Promise<T> {
    const result = await this.invoke(channel, args)
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.errors)}`)
    return result.value as T
  }
}

/** Dialogs that answer from queues the test fills; an empty queue means the user cancelled. */
export class ScriptedDialogs implements DialogsLike {
  readonly openAnswers: string[][] = []
  readonly saveAnswers: (string | null)[] = []
  readonly saveRequests: { title: string; defaultName: string }[] = []

  /** While set, an open dialog stays open until it settles: the user still choosing, a slow read. */
  openHeld: Promise<void> | null = null

  async openFiles(): Promise<string[]> {
    await this.openHeld
    return this.openAnswers.shift() ?? []
  }

  async saveFile(options: { title: string; defaultName: string }): Promise<string | null> {
    this.saveRequests.push({ title: options.title, defaultName: options.defaultName })
    return this.saveAnswers.shift() ?? null
  }
}

/** Electron's shell as the handlers see it: records what was opened or shown; `openFailure` scripts openPath's error. */
export class RecordingShell implements ShellLike {
  readonly opened: string[] = []
  readonly shown: string[] = []
  openFailure = ''

  async openPath(path: string): Promise<string> {
    if (this.openFailure === '') this.opened.push(path)
    return this.openFailure
  }

  showItemInFolder(path: string): void {
    this.shown.push(path)
  }
}

/** The board pack built in this thread (the worker is tested on its own against the build). */
export const inThreadBoardPack: BoardPackBuilder = (docs, options, onProgress) =>
  (options.kind === 'deck' ? buildDeck : buildBoardPack)(docs, {
    ...options,
    generatedAt: new Date('2026-05-01T12:00:00Z'),
    onProgress: (fraction, stage) => onProgress({ stage: stage === 'writing' ? 'writing' : 'simulating', fraction, message: stage })
  })

/**
 * Exports of actuals read in this thread, with the code the worker runs (the worker itself is
 * tested against the build in actualsTableWorker.test.ts).
 */
export const inThreadActualsTable: ActualsTableReader = readActualsTable

export interface ShellHarness {
  ipc: FakeIpcMain
  dialogs: ScriptedDialogs
  shell: RecordingShell
  database: DatabaseSession
  recentFiles: RecentFiles
  events: { event: EventName; payload: Events[EventName] }[]
  /** What the page reported through 'app/ready' and 'app/flushed', in order. */
  lifecycle: ('ready' | 'flushed')[]
  folder: string
  /** Calls a channel as the app's own page would and returns the value, failing on an error result. */
  call: <T = unknown>(channel: Channel, ...args: unknown[]) => Promise<T>
}

interface HarnessOptions {
  /** Replaces the in-thread reader, e.g. with the built worker's. */
  readActualsTable?: ActualsTableReader
}

/** A file's shared harness, started at the top of the file: its database closes after the file's tests. */
export async function startHarness(options: HarnessOptions = {}): Promise<ShellHarness> {
  const harness = await openHarness(options)
  afterAll(() => harness.database.close())
  return harness
}

/**
 * A harness of one test's own, started inside it: its database closes when the test finishes (an
 * `afterAll` registered while a test runs is never called).
 */
export async function startHarnessInTest(options: HarnessOptions = {}): Promise<ShellHarness> {
  const harness = await openHarness(options)
  onTestFinished(() => harness.database.close())
  return harness
}

async function openHarness(options: HarnessOptions): Promise<ShellHarness> {
  const folder = tempDir()
  const opened = await openDatabase(join(folder, 'rampart.db'), { backupDir: join(folder, 'backups') })
  if (!opened.ok) throw new Error(opened.message)
  opened.store.createScenario(DEFAULT_SCENARIO)
  const database = new DatabaseSession(opened.store)
  const ipc = new FakeIpcMain()
  const dialogs = new ScriptedDialogs()
  const shell = new RecordingShell()
  const recentFiles = new RecentFiles(join(folder, 'recent-files.json'))
  const events: ShellHarness['events'] = []
  const lifecycle: ShellHarness['lifecycle'] = []
  const handlers = createHandlers({
    database, dialogs, shell, recentFiles,
    buildBoardPack: inThreadBoardPack,
    readActualsTable: options.readActualsTable ?? inThreadActualsTable,
    defaultPaper: 'a4',
    send: (event, payload) => events.push({ event, payload }),
    app: { version: '0.1.0-test', platform: 'linux' },
    lifecycle: { ready: () => lifecycle.push('ready'), flushed: () => lifecycle.push('flushed') }
  })
  registerHandlers(ipc, handlers, { isTrustedSender: senderCheck(PAGE_URL) })
  return { ipc, dialogs, shell, database, recentFiles, events, lifecycle, folder, call: (channel, ...args) => ipc.call(channel, ...args) }
}
