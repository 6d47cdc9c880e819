// Backup files: one self-contained SQLite file per backup, named after the database, the kind of
// backup and the moment it was taken, e.g. `rampart.daily.20260501T101500123Z.db`. A backup is
// written under a temporary name and takes its own name only when complete (never replacing
// another), so a crash never leaves a partial backup in the list.
//
// The daily backup is taken by whoever writes first on a day, under a lock file, so processes
// opening the database at the same moment make one between them; old ones are pruned by day.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { InputError } from '../core/inputError'
import { moveIntoPlace, temporaryPathBeside } from '../files/writeFileAtomically'
import { openConnection } from './connection'
import { onlineBackup } from './onlineBackup'
import { sqliteFileReason } from './sqliteErrors'

export type BackupKind = 'daily' | 'manual' | 'pre-migration' | 'pre-restore'

export interface BackupInfo {
  /** Absolute path of the backup file. */
  file: string
  /** File name inside the backups folder. */
  name: string
  kind: BackupKind
  createdAt: string
  bytes: number
}

/** Days (by the local calendar) that keep their daily backup. */
export const DAILY_BACKUPS_KEPT = 7
/** A lock older than this belongs to a run that died: a backup takes seconds, not minutes. */
const STALE_LOCK_MS = 10 * 60 * 1000
const LOCK_FILE = '.daily-backup.lock'

/** The backups folder beside the database: the app's, the CLI's and the default of every store call. */
export function defaultBackupDir(dbFile: string): string {
  return join(dirname(dbFile), 'backups')
}

/** Backups of `dbFile` in `backupDir`, newest first. */
export function listBackups(dbFile: string, backupDir: string): BackupInfo[] {
  let names: string[]
  try {
    names = readdirSync(backupDir)
  } catch {
    return []
  }
  const pattern = new RegExp(`^${escapeRegExp(databaseStem(dbFile))}\\.(daily|manual|pre-migration-v\\d+|pre-restore)\\.(\\d{8}T\\d{9}Z)\\.db$`)
  const backups: BackupInfo[] = []
  for (const name of names) {
    const match = pattern.exec(name)
    if (!match) continue
    const file = join(backupDir, name)
    const stats = statOrNull(file)
    // Listed only when it is a file (a pruning process may just have removed it).
    if (!stats?.isFile()) continue
    const kind = (match[1].startsWith('pre-migration') ? 'pre-migration' : match[1]) as BackupKind
    backups.push({ file, name, kind, createdAt: parseStamp(match[2]).toISOString(), bytes: stats.size })
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}

/**
 * Writes a backup of the open database `db` (whose file is `dbFile`) into `backupDir`.
 * `label` refines the kind in the file name, e.g. the schema version before a migration.
 */
export async function writeBackup(
  db: Database.Database, dbFile: string, backupDir: string, kind: BackupKind, at: Date, label: string = kind
): Promise<BackupInfo> {
  let created: boolean
  try {
    created = mkdirSync(backupDir, { recursive: true }) !== undefined
  } catch (error) {
    throw InputError.at(backupDir, `the backups folder cannot be created: ${sqliteFileReason(error) ?? String(error)}`)
  }
  const nameAt = (when: Date) => `${databaseStem(dbFile)}.${label}.${formatStamp(when)}.db`
  let temp: string
  try {
    temp = await copyToTemporary(db, join(backupDir, nameAt(at)))
  } catch (error) {
    if (created) removeIfEmpty(backupDir)
    throw error
  }
  // Two backups in the same millisecond (two processes, say) get distinct names, never one over the other.
  for (let moment = new Date(at); ; moment = new Date(moment.getTime() + 1)) {
    const file = join(backupDir, nameAt(moment))
    try {
      moveIntoPlace(temp, file)
      return { file, name: basename(file), kind, createdAt: moment.toISOString(), bytes: statSync(file).size }
    } catch (error) {
      if (!(error instanceof InputError && error.errors[0]?.message === 'already exists')) {
        removeDatabaseFiles(temp)
        throw error
      }
    }
  }
}

/**
 * Copies the open database into `file` (which must not exist yet) as a standalone, rollback-journal
 * SQLite file, via a temporary name so an interrupted copy never looks complete.
 */
export async function copyDatabase(db: Database.Database, file: string): Promise<void> {
  const temp = await copyToTemporary(db, file)
  try {
    moveIntoPlace(temp, file)
  } catch (error) {
    removeDatabaseFiles(temp)
    throw error
  }
}

/** The copy, complete and in rollback-journal mode, under a temporary name beside `file`. */
async function copyToTemporary(db: Database.Database, file: string): Promise<string> {
  const temp = temporaryPathBeside(file, '.db')
  try {
    await onlineBackup(db, temp)
    // The copy inherits WAL mode from the source; a backup should be one file that opens anywhere.
    const copy = openConnection(temp)
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    return temp
  } catch (error) {
    removeDatabaseFiles(temp)
    const reason = sqliteFileReason(error, file)
    throw reason === null ? error : InputError.at(file, reason)
  }
}

/**
 * The rolling automatic backup: at most one a day (by the local calendar), keeping the newest one
 * of each of the last DAILY_BACKUPS_KEPT days that have one. Returns the new backup, or null when
 * today's already exists or another process is taking it right now.
 */
export async function takeDailyBackup(db: Database.Database, dbFile: string, backupDir: string, now: Date): Promise<BackupInfo | null> {
  if (listBackups(dbFile, backupDir).some((b) => b.kind === 'daily' && sameLocalDay(new Date(b.createdAt), now))) return null
  const created = mkdirSync(backupDir, { recursive: true }) !== undefined
  try {
    const release = acquireLock(join(backupDir, LOCK_FILE), now)
    if (release === null) return null
    try {
      // Checked again under the lock: another process may have taken today's since.
      if (listBackups(dbFile, backupDir).some((b) => b.kind === 'daily' && sameLocalDay(new Date(b.createdAt), now))) return null
      const backup = await writeBackup(db, dbFile, backupDir, 'daily', now)
      pruneDailies(dbFile, backupDir)
      return backup
    } finally {
      release()
    }
  } catch (error) {
    // A backup that failed (a full disk) leaves no empty backups folder behind.
    if (created) removeIfEmpty(backupDir)
    throw error
  }
}

/** Keeps the newest daily backup of each of the newest DAILY_BACKUPS_KEPT days; removes the rest. */
export function pruneDailies(dbFile: string, backupDir: string): void {
  const keptDays = new Set<string>()
  for (const backup of listBackups(dbFile, backupDir).filter((b) => b.kind === 'daily')) {
    const day = localDay(new Date(backup.createdAt))
    if (!keptDays.has(day) && keptDays.size < DAILY_BACKUPS_KEPT) keptDays.add(day)
    else rmSync(backup.file, { force: true })
  }
}

/**
 * Takes the lock file by creating it (which fails if it exists); returns its release, or null
 * when another live process holds it. A lock left by a process that died is taken over.
 */
function acquireLock(lockFile: string, now: Date): (() => void) | null {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx')
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, at: now.toISOString() }))
      } finally {
        closeSync(fd)
      }
      return () => rmSync(lockFile, { force: true })
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error
      if (!isStale(lockFile)) return null
      rmSync(lockFile, { force: true })
    }
  }
  return null
}

function isStale(lockFile: string): boolean {
  try {
    const { pid } = JSON.parse(readFileSync(lockFile, 'utf8')) as { pid?: unknown }
    if (typeof pid === 'number' && !isRunning(pid)) return true
    return Date.now() - statSync(lockFile).mtimeMs > STALE_LOCK_MS
  } catch {
    // Unreadable or half written: stale only once it is old, in case its writer is still at it.
    const stats = statOrNull(lockFile)
    return stats !== null && Date.now() - stats.mtimeMs > STALE_LOCK_MS
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM'
  }
}

/** Removes a folder this run made for a backup that then failed; one that holds anything stays. */
function removeIfEmpty(folder: string): void {
  try {
    rmdirSync(folder)
  } catch {
    // Not empty (another backup, another process's lock): it stays.
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
}

function databaseStem(dbFile: string): string {
  const name = basename(dbFile)
  return extname(name) === '' ? name : name.slice(0, -extname(name).length)
}

function formatStamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '')
}

function parseStamp(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`)
}

function localDay(at: Date): string {
  return `${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`
}

function sameLocalDay(a: Date, b: Date): boolean {
  return localDay(a) === localDay(b)
}

function statOrNull(path: string) {
  try {
    return statSync(path)
  } catch {
    return null
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
