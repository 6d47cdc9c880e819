// Opening the planner's database at start-up, with the user deciding whenever something is
// wrong: a launch that never finished, a damaged file, one from a newer Rampart, or one in use.
// A database driver that does not load is Rampart's own fault, not the file's: the user is told
// how to fix it and offered nothing that would touch the file.
// An empty database stays empty: the window opens on its start screen, where the user chooses the
// sample, a blank plan or a template. Nothing here imports Electron; the dialogs are passed in.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { defaultBackupDir, openDatabase, restoreBackup, type BackupInfo, type OpenProblem } from '../store'
import { DatabaseSession } from './database'
import type { LaunchMarker } from './launchMarker'

const DATABASE_FILE_NAME = 'rampart.db'

export interface Question {
  type: 'warning' | 'error'
  message: string
  detail: string
  buttons: string[]
}

export interface StartupDialogs {
  /** Resolves with the index of the button the user chose (the last one on Escape). */
  ask(question: Question): Promise<number>
  /** Native open dialog in the backups folder; resolves with the chosen file or null. */
  chooseBackupFile(backupsFolder: string): Promise<string | null>
}

/**
 * `safeStart`: the previous launch never finished, so the window should open on the scenario list
 * rather than reopen the last scenario, which may be what crashed it.
 */
export type StartupOutcome =
  | {
    ok: true; session: DatabaseSession; warnings: string[]; safeStart: boolean
    /** Today's automatic backup, copying in the background; settles with a warning if it failed. */
    dailyBackup: Promise<string | null>
  }
  | { ok: false }

export interface StartupContext {
  userDataFolder: string
  dialogs: StartupDialogs
  marker: LaunchMarker
  /** An installed app (true) or a run from the source tree: the fix for a driver mismatch differs. */
  packaged: boolean
}

export function databasePaths(userDataFolder: string): { file: string; backupDir: string } {
  const file = join(userDataFolder, DATABASE_FILE_NAME)
  return { file, backupDir: defaultBackupDir(file) }
}

export async function openPlannerDatabase({ userDataFolder, dialogs, marker, packaged }: StartupContext): Promise<StartupOutcome> {
  const { file, backupDir } = databasePaths(userDataFolder)
  const quit = (): StartupOutcome => {
    // Choosing to quit is a clean end, not a crash to warn about next time.
    marker.finish()
    return { ok: false }
  }
  const unfinished = marker.unfinished()
  if (unfinished !== null && existsSync(file)) {
    const choice = await dialogs.ask({
      type: 'warning',
      message: 'Rampart did not finish starting last time',
      detail: `The launch at ${unfinished.startedAt} stopped before the planner opened. Open the planner ` +
        'database again (on the list of scenarios, not the last one opened), or restore a backup if it keeps failing.',
      buttons: ['Open the Planner', 'Restore a Backup…', 'Quit']
    })
    if (choice === 2) return quit()
    if (choice === 1 && !(await restoreChosenBackup(file, backupDir, dialogs))) return quit()
  }
  marker.begin(file)
  for (;;) {
    const opened = await openDatabase(file, { backupDir })
    if (opened.ok) {
      // Started now, awaited by no one: the copy hands the main thread back between its steps.
      const dailyBackup = opened.store.takeDailyBackup().then(() => null, (error: unknown) =>
        `Today's automatic backup into ${backupDir} failed: ${(error as Error).message}. Your plans are safe; Rampart tries again at the next launch.`)
      return {
        ok: true, session: new DatabaseSession(opened.store), warnings: opened.warnings, safeStart: unfinished !== null, dailyBackup
      }
    }
    if (opened.problem === 'driver-mismatch') {
      await dialogs.ask(driverMismatchQuestion(opened.message, packaged))
      return quit()
    }
    const next = await recover(opened.problem, opened.message, opened.backups, file, backupDir, dialogs)
    if (next === 'quit') return quit()
  }
}

/** The driver cannot open any file, so a restore would only fail too (and look like the file's fault). */
function driverMismatchQuestion(reason: string, packaged: boolean): Question {
  const fix = packaged
    ? 'This copy of Rampart carries a driver built for another system or processor: reinstall Rampart with ' +
      'the installer made for this computer.'
    : 'Run `node scripts/sqlite-runtime.mjs electron` (`npm start` runs it) to prepare the driver for Electron, ' +
      'then start Rampart again.'
  return {
    type: 'error',
    message: "Rampart's database driver does not match this Electron",
    detail: `${fix} Your planner database was not opened and has not been changed. (${reason})`,
    buttons: ['Quit']
  }
}

/** One round of recovery; 'retry' means open the database again. */
async function recover(
  problem: OpenProblem, message: string, backups: BackupInfo[], file: string, backupDir: string, dialogs: StartupDialogs
): Promise<'retry' | 'quit'> {
  if (problem === 'locked' || problem === 'unwritable') {
    // Nothing is wrong with the data (another program has it, the disk is full, the folder is
    // read-only): offering backups would only mislead.
    const title = problem === 'locked' ? 'The planner database is in use' : 'Rampart cannot write the planner database'
    const choice = await dialogs.ask({ type: 'error', message: title, detail: message, buttons: ['Try Again', 'Quit'] })
    return choice === 0 ? 'retry' : 'quit'
  }
  const latest = backups[0]
  const detail = problem === 'newer-version'
    ? `${message} Update Rampart to open it, or restore a backup made by this version (the newer file is kept as a backup).`
    : message
  const buttons = latest
    ? [`Restore the Latest Backup (${latest.createdAt.slice(0, 16).replace('T', ' ')} UTC)`, 'Choose a Backup…', 'Quit']
    : ['Choose a Backup…', 'Quit']
  const choice = await dialogs.ask({ type: 'error', message: 'Rampart cannot open the planner database', detail, buttons })
  if (choice === buttons.length - 1) return 'quit'
  // Whatever happens (restored, refused, cancelled), the next round opens the file again and
  // asks again if it still cannot be opened.
  if (latest && choice === 0) await restoreOrExplain(file, latest.file, backupDir, dialogs)
  else await restoreChosenBackup(file, backupDir, dialogs)
  return 'retry'
}

async function restoreChosenBackup(file: string, backupDir: string, dialogs: StartupDialogs): Promise<boolean> {
  const chosen = await dialogs.chooseBackupFile(backupDir)
  return chosen !== null && restoreOrExplain(file, chosen, backupDir, dialogs)
}

/** Restores, or tells the user why the backup was refused; the database is untouched then. */
async function restoreOrExplain(file: string, backupFile: string, backupDir: string, dialogs: StartupDialogs): Promise<boolean> {
  try {
    await restoreBackup(file, backupFile, { backupDir })
    return true
  } catch (error) {
    await dialogs.ask({ type: 'error', message: 'That backup cannot be restored', detail: (error as Error).message, buttons: ['OK'] })
    return false
  }
}
